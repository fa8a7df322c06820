#pragma once
// The onboarding queue ("review" page): open applications, longest waiting
// first, with filters and search. Enter opens the selected application in the
// review page, which takes the queue's place; "Open next" (Ctrl+N) walks the
// queue, Esc comes back.
#include "ui/phone_lookup_audit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ApplicationsModel;
}

namespace doorstep::ui {

class FilterBar;
class ReviewPage;

class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::ApplicationsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ReviewPage *reviewPage() const { return m_review; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *skillFilter() const { return m_skill; }
    QComboBox *districtFilter() const { return m_district; }
    QSpinBox *waitingFilter() const { return m_waiting; }
    QLineEdit *searchEdit() const { return m_search; }
    bool isReviewing() const;

    void openSelected();
    void openNext();
    void backToQueue();
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openRow(int row);
    void openNextLoaded();
    void selectFirstWhenLoaded();

    services::Workspace &m_workspace;
    itemmodels::ApplicationsModel *m_model;
    QStackedWidget *m_stack;
    FilterBar *m_filters;
    QSpinBox *m_waiting;
    QPushButton *m_openNext;
    QLabel *m_count;
    QTableView *m_view;
    ReviewPage *m_review;
    QLineEdit *m_search = nullptr;
    PhoneLookupAudit m_lookups; // whole-number searches are audited
    QComboBox *m_state = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_district = nullptr;
    int m_currentRow = -1;
};

} // namespace doorstep::ui
