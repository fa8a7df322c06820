#include "ui/schedule/auto_dispatch_proposals_model.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace doorstep::ui {

namespace {

QString hhmm(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).toString(QStringLiteral("HH:mm"));
}

} // namespace

AutoDispatchProposalsModel::AutoDispatchProposalsModel(QObject *parent) : QAbstractTableModel(parent) {}

// Views ask with invalid indexes as a matter of course (flags of the root);
// checkIndex() would log each of those as a warning.
bool AutoDispatchProposalsModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size() && index.column() < ColumnCount;
}

void AutoDispatchProposalsModel::setProposals(const QList<services::AutoDispatchProposal> &proposals)
{
    beginResetModel();
    m_rows = proposals;
    m_checked.clear();
    for (const auto &p : m_rows)
        m_checked.append(p.assigned); // everything proposed starts ticked
    endResetModel();
    Q_EMIT checkedChanged();
}

void AutoDispatchProposalsModel::clear()
{
    setProposals({});
}

QList<services::AutoDispatchProposal> AutoDispatchProposalsModel::checkedProposals() const
{
    QList<services::AutoDispatchProposal> out;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).assigned && m_checked.at(i))
            out.append(m_rows.at(i));
    return out;
}

int AutoDispatchProposalsModel::checkedCount() const
{
    int n = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        n += m_rows.at(i).assigned && m_checked.at(i);
    return n;
}

void AutoDispatchProposalsModel::setAllChecked(bool checked)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_checked[i] = m_rows.at(i).assigned && checked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Order), index(int(m_rows.size()) - 1, Order), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int AutoDispatchProposalsModel::rowOfOrder(qint64 orderId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).orderId == orderId)
            return int(i);
    return -1;
}

int AutoDispatchProposalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AutoDispatchProposalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutoDispatchProposalsModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const auto &p = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Order && p.assigned)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && (column == Why || column == Deciding)) {
        QString tip = p.why;
        if (!p.warnings.isEmpty())
            tip += u'\n' + tr("Note: %1").arg(p.warnings.join(u' '));
        return tip;
    }
    if (role == Qt::ForegroundRole && !p.assigned)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && (column == Travel || column == Lateness))
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Order: return p.label.orderNo;
    case Service: return p.label.service;
    case Window: return QString(hhmm(p.windowStart) + QStringLiteral("–") + hhmm(p.windowEnd));
    case Provider: return p.assigned ? p.providerName : tr("(not assigned)");
    case Start: return p.assigned ? hhmm(p.start) : QString();
    case Travel: return p.assigned ? tr("%1 min").arg(std::lround(p.travelMinutes)) : QString();
    case Lateness: return p.assigned ? tr("%1 min").arg(std::lround(p.latenessMinutes)) : QString();
    case Deciding:
        return p.decidingTerm.isEmpty() ? QString() : tr("%1 (+%2)").arg(p.decidingTerm, QString::number(p.decidingMargin, 'f', 1));
    case Why: return p.warnings.isEmpty() ? p.why : QString(p.why + u' ' + tr("Note: %1").arg(p.warnings.join(u' ')));
    case ColumnCount: break;
    }
    return {};
}

bool AutoDispatchProposalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isRow(index) || role != Qt::CheckStateRole
        || index.column() != Order || !m_rows.at(index.row()).assigned)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags AutoDispatchProposalsModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Order && m_rows.at(index.row()).assigned)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AutoDispatchProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Order: return tr("Order");
    case Service: return tr("Service");
    case Window: return tr("Window");
    case Provider: return tr("Provider");
    case Start: return tr("Start");
    case Travel: return tr("Travel");
    case Lateness: return tr("Lateness");
    case Deciding: return tr("Deciding term");
    case Why: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace doorstep::ui
