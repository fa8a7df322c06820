#include "itemmodels/paged_table_model.h"

#include <exception>

namespace doorstep::itemmodels {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.value(idColumnInRow());
    return display(row, index.column(), role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    QList<Row> page;
    try {
        page = fetchRows(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
    } catch (const std::exception &e) {
        m_exhausted = true; // stop asking; the view shows what it has
        Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        return;
    }
    if (page.size() < m_pageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_busy = false;
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(idColumnInRow()).toLongLong() : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(idColumnInRow()).toLongLong() == id)
            return i;
    return -1;
}

void PagedTableModel::reload()
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    m_busy = false;
    fetchMore({});
}

} // namespace doorstep::itemmodels
