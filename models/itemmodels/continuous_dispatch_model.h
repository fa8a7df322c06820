#pragma once
// What continuous auto-dispatch did with each new order (ContinuousDispatch::
// entries()), one row per order in the order they arrived: assigned, proposed
// (the dispatch page accepts it with one click), or not assigned with why.
// Rows are inserted and changed one by one, so the view keeps its place.
#include "itemmodels/continuous_dispatch.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace doorstep::itemmodels {

class ContinuousDispatchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Service, Window, Result, Provider, Start, Why, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, ProposedRole };

    explicit ContinuousDispatchModel(ContinuousDispatch *source, QObject *parent = nullptr);

    static QString stateName(ContinuousDispatchEntry::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isRow(const QModelIndex &index) const;

    QPointer<ContinuousDispatch> m_source;
};

} // namespace doorstep::itemmodels
