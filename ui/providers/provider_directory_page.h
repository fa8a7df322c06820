#pragma once
// The provider directory ("providers" page): filters by status, skill,
// district, minimum rating and points, open deactivation flags (across all
// providers, so a supervisor finds them without opening each), and a search, over the paged
// ProvidersModel (20,000 providers scroll without loading the table); the
// chosen provider's detail beside the list. A second tab lists expiring and
// expired credentials.
#include "ui/phone_lookup_audit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ProvidersModel;
}

namespace doorstep::ui {
class ExpiringCredentialsView;
class FilterBar;
class ProviderDetailPane;

class ProviderDirectoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderDirectoryPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::ProvidersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ProviderDetailPane *detail() const { return m_detail; }
    ExpiringCredentialsView *expiring() const { return m_expiring; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *skillFilter() const { return m_skill; }
    QComboBox *districtFilter() const { return m_district; }
    QComboBox *ratingFilter() const { return m_rating; }
    QSpinBox *pointsFilter() const { return m_points; }
    QCheckBox *flagsFilter() const { return m_flags; }
    QLineEdit *searchEdit() const { return m_search; }
    void showProvider(qint64 providerId);
    // Only these providers, every other filter cleared (a statistics
    // drill-down); `label` names them on a button that removes the narrowing.
    void showProvidersOf(const QList<qint64> &ids, const QString &label);
    QPushButton *narrowingChip() const { return m_narrowingChip; }
    void refresh();
    // The selected provider's data request (one who leaves: export, anonymise).
    void dataRequest();
    QPushButton *dataRequestButton() const { return m_dataRequest; }
    // Corrects the selected provider's record (PIPL right to correction).
    void correctProvider();
    QPushButton *correctButton() const { return m_correct; }

private:
    // After a change to provider `id`: reload, keeping them in view.
    void providerChanged(qint64 id);
    // Parts of the constructor.
    void buildFilters();
    void connectViews();

    void updateFlagsCount();
    void currentChanged();

    services::Workspace &m_workspace;
    itemmodels::ProvidersModel *m_model;
    QTabWidget *m_tabs;
    FilterBar *m_filters;
    QSpinBox *m_points;
    QCheckBox *m_flags;
    QPushButton *m_dataRequest;
    QPushButton *m_correct;
    QPushButton *m_narrowingChip = nullptr;
    QLabel *m_count;
    QTableView *m_view;
    ProviderDetailPane *m_detail;
    ExpiringCredentialsView *m_expiring;
    QLineEdit *m_search = nullptr;
    PhoneLookupAudit m_lookups; // whole-number searches are audited
    QComboBox *m_status = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_rating = nullptr;
};

} // namespace doorstep::ui
