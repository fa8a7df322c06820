#pragma once
// Credentials that expire within the next 30 days or already have, with the
// provider's state (suspended by the expiry sweep, or not yet). Renewing adds
// the new credential record, approved, which lifts the suspension its lapse
// caused (ProviderReviewService / ProviderExpiryService).
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ExpiringCredentialsModel;
}

namespace doorstep::ui {

class FilterBar;

class ExpiringCredentialsView : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiringCredentialsView(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::ExpiringCredentialsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *rangeFilter() const { return m_range; }
    QPushButton *renewButton() const { return m_renew; }
    void refresh();
    // Opens the renewal form for the selected row.
    void renewSelected();

Q_SIGNALS:
    void providerChosen(qint64 providerId);
    void renewed(qint64 providerId);

private:
    services::Workspace &m_workspace;
    itemmodels::ExpiringCredentialsModel *m_model;
    FilterBar *m_filters;
    QPushButton *m_renew;
    QLabel *m_count;
    QTableView *m_view;
    QComboBox *m_range = nullptr;
};

} // namespace doorstep::ui
