#include "itemmodels/continuous_dispatch_model.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"

#include <QDateTime>

namespace doorstep::itemmodels {

using State = ContinuousDispatchEntry::State;

namespace {

QString hhmm(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).toString(QStringLiteral("HH:mm"));
}

} // namespace

ContinuousDispatchModel::ContinuousDispatchModel(ContinuousDispatch *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    // The source only appends, so a new entry is always the next row.
    connect(source, &ContinuousDispatch::entryAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(source, &ContinuousDispatch::entryAdded, this, [this] { endInsertRows(); });
    connect(source, &ContinuousDispatch::entryChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

QString ContinuousDispatchModel::stateName(State state)
{
    switch (state) {
    case State::Proposed: return tr("Proposed");
    case State::Assigned: return tr("Assigned");
    case State::Accepted: return tr("Accepted");
    case State::NotAssigned: return tr("Not assigned");
    case State::Refused: return tr("Refused");
    case State::Gone: return tr("Dispatched meanwhile");
    }
    return {};
}

bool ContinuousDispatchModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_source && index.row() < m_source->entries().size()
        && index.column() < ColumnCount;
}

int ContinuousDispatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(m_source->entries().size());
}

int ContinuousDispatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContinuousDispatchModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const ContinuousDispatchEntry &e = m_source->entries().at(index.row());
    const auto &p = e.proposal;
    const bool placed = p.assigned && e.state != State::Refused && e.state != State::Gone;
    if (role == OrderIdRole)
        return p.orderId;
    if (role == ProposedRole)
        return e.state == State::Proposed;
    // The explanation in full, with the soft rules and what happened since.
    const QString why = [&] {
        QString text = e.note.isEmpty() ? p.why : e.note;
        if (!p.warnings.isEmpty() && e.note.isEmpty())
            text += u' ' + tr("Note: %1").arg(p.warnings.join(u' '));
        return text;
    }();
    if (role == Qt::ToolTipRole && index.column() == Why)
        return e.note.isEmpty() ? why : QString(why + u'\n' + tr("Planned: %1").arg(p.why));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Order: return p.label.orderNo;
    case Service: return p.label.service;
    case Window: return QString(formatDate(p.windowStart) + u' ' + hhmm(p.windowStart) + QStringLiteral("–") + hhmm(p.windowEnd));
    case Result: return stateName(e.state);
    case Provider: return placed ? p.providerName : QString();
    case Start: return placed ? hhmm(p.start) : QString();
    case Why: return why;
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ContinuousDispatchModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ContinuousDispatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Order: return tr("Order");
    case Service: return tr("Service");
    case Window: return tr("Window");
    case Result: return tr("Result");
    case Provider: return tr("Provider");
    case Start: return tr("Start");
    case Why: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace doorstep::itemmodels
