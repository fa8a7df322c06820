#pragma once
// One applicant under review: personal data (masked, with an audited "Show"),
// each credential with its scans (pending ones approved, rejected or corrected
// on their card), the onboarding checklist with "Record background check…",
// "Add credential…", the application's timeline, and the decision. Approval is impossible while a required check
// fails; rejecting and asking for information need a reason. Keyboard:
// Ctrl+Enter approve, Ctrl+R reject, Ctrl+I ask for information, Ctrl+N the
// next application, Esc back to the queue.
#include "domain/provider_checks.h"
#include "ui/providers/provider_types.h"

#include <QWidget>

class QHBoxLayout;
class QSplitter;

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace doorstep::services {
class Workspace;
class ProviderReviewService;
}

namespace doorstep::ui {
class CredentialCard;
class ScanViewer;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(services::Workspace &workspace, QWidget *parent = nullptr);

    void open(qint64 applicationId);
    void reload();
    qint64 applicationId() const { return m_applicationId; }
    qint64 providerId() const { return m_record.id; }
    const QList<domain::ProviderCheck> &checks() const { return m_checks; }

    void approve();
    void reject();
    void requestInformation();
    void revealIdNumber();
    void revealPhone();
    void showScan(qint64 scanId, const QString &fileName);
    int addScanFiles(qint64 credentialId, const QStringList &paths);
    void recordBackgroundCheck();
    void addCredential();

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *infoButton() const { return m_info; }
    QPushButton *backgroundCheckButton() const { return m_backgroundCheck; }
    QPushButton *addCredentialButton() const { return m_addCredential; }
    QLabel *backgroundCheckLabel() const { return m_backgroundSummary; }
    QTreeWidget *checklist() const { return m_checklist; }
    QListWidget *timeline() const { return m_timeline; }
    ScanViewer *scanViewer() const { return m_viewer; }
    QLabel *idNumberLabel() const { return m_idNumber; }
    QLabel *phoneLabel() const { return m_phone; }
    QList<CredentialCard *> credentialCards() const { return m_cards; }

Q_SIGNALS:
    void decided(qint64 applicationId);
    void nextRequested();
    void backRequested();

private:
    // Parts of the constructor.
    void setUpWidgets();
    void setUpChecklist();
    QSplitter *buildEvidenceSplit();
    QHBoxLayout *buildDecisionBar();
    void connectActions();

    // Runs one decision through the review service, then shows the result.
    void decide(const std::function<void(services::ProviderReviewService &)> &call);
    bool isOpenApplication() const;
    void fillPersonal();
    void fillChecklist();
    void fitChecklistRows();
    void fillCredentials();
    void fillTimeline();
    void updateDecisionButtons();

    services::Workspace &m_workspace;
    qint64 m_applicationId = 0;
    ProviderRecord m_record;
    QList<domain::ProviderCheck> m_checks;
    QDate m_today;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_idNumber;
    QLabel *m_phone;
    QPushButton *m_showId;
    QPushButton *m_showPhone;
    QLabel *m_personal;
    QTreeWidget *m_checklist;
    QLabel *m_backgroundSummary;
    QPushButton *m_backgroundCheck;
    QPushButton *m_addCredential;
    QWidget *m_credentialBox;
    QVBoxLayout *m_credentialLayout;
    QList<CredentialCard *> m_cards;
    QListWidget *m_timeline;
    ScanViewer *m_viewer;
    QPushButton *m_back;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_info;
    QPushButton *m_next;
};

} // namespace doorstep::ui
