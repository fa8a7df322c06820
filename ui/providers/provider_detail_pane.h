#pragma once
// The directory's right-hand pane for one provider: profile (skills with
// suspensions and their reasons, districts, working hours), credentials and
// scans, training and assessments, the rating summary, the ledger, and the
// deactivation flags awaiting a decision. Recording and deciding go through
// ProviderDisciplineService (training, ledger, flags) and ProviderReviewService
// (credentials: add, approve or reject pending ones, correct them; background
// checks); what a role may not do is not offered.
#include "ui/providers/provider_types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {
class CredentialCard;

class ProviderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderDetailPane(services::Workspace &workspace, QWidget *parent = nullptr);

    void showProvider(qint64 providerId);
    void reload();
    qint64 providerId() const { return m_record.id; }
    const ProviderRecord &record() const { return m_record; }

    void recordCourse();
    void recordAssessment();
    void addLedgerEntry();
    void confirmFlag(qint64 flagId);
    void overrideFlag(qint64 flagId);
    void addCredential();
    void recordBackgroundCheck();
    void showFlags();                        // brings the Flags tab forward

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *skillsTree() const { return m_skills; }
    QTreeWidget *ledgerTree() const { return m_ledger; }
    QTreeWidget *flagsTree() const { return m_flags; }
    QTreeWidget *trainingTree() const { return m_training; }
    QLabel *ratingSummary() const { return m_ratingSummary; }
    QLabel *profileText() const { return m_profile; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *overrideButton() const { return m_override; }
    QList<CredentialCard *> credentialCards() const { return m_cards; }

Q_SIGNALS:
    void providerChanged(qint64 providerId); // something was recorded: the directory row may have changed

private:
    // Parts of the constructor.
    void setUpWidgets();
    void buildTabs();
    void connectFlags();

    void fillHeader();
    void fillProfile();
    void fillCredentials();
    void fillTraining();
    void fillRatings();
    void fillLedger();
    void fillFlags();
    void showScan(qint64 scanId, const QString &fileName);
    bool canDiscipline() const;
    void changed(); // reload, and tell the directory

    services::Workspace &m_workspace;
    ProviderRecord m_record;
    QDate m_today;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_contact;
    QTabWidget *m_tabs;
    QTreeWidget *m_skills;
    QLabel *m_profile;
    QWidget *m_credentialBox;
    QVBoxLayout *m_credentialLayout;
    QList<CredentialCard *> m_cards;
    QTreeWidget *m_training;
    QLabel *m_ratingSummary;
    QTreeWidget *m_trend;
    QTreeWidget *m_comments;
    QLabel *m_points;
    QTreeWidget *m_ledger;
    QTreeWidget *m_flags;
    QPushButton *m_confirm;
    QPushButton *m_override;
};

} // namespace doorstep::ui
