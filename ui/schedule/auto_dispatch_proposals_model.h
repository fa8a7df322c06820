#pragma once
// The auto-dispatch proposals as a table: one row per planned order (with a
// check box: accept it or not) and one per order left out (with the reason).
// An in-memory list, not a store table, so it lives beside its dialog.
#include "services/auto_dispatch_service.h"

#include <QAbstractTableModel>

namespace doorstep::ui {

class AutoDispatchProposalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Service, Window, Provider, Start, Travel, Lateness, Deciding, Why, ColumnCount };

    explicit AutoDispatchProposalsModel(QObject *parent = nullptr);

    void setProposals(const QList<services::AutoDispatchProposal> &proposals);
    void clear();
    const QList<services::AutoDispatchProposal> &proposals() const { return m_rows; }
    // Assigned proposals whose box is ticked.
    QList<services::AutoDispatchProposal> checkedProposals() const;
    int checkedCount() const;
    void setAllChecked(bool checked);
    int rowOfOrder(qint64 orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    bool isRow(const QModelIndex &index) const;

    QList<services::AutoDispatchProposal> m_rows;
    QList<bool> m_checked;
};

} // namespace doorstep::ui
