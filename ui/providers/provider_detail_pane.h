#pragma once
// The directory's right-hand pane for one provider: profile (skills with
// suspensions and their reasons, districts, working hours), credentials and
// scans, training and assessments, the rating summary, the ledger, and the
// deactivation flags awaiting a decision. Recording and deciding go through
// ProviderDisciplineService; what a role may not do is not offered.
#include "ui/providers/provider_record.h"

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

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *skillsTree() const { return m_skills; }
    QTreeWidget *ledgerTree() const { return m_ledger; }
    QTreeWidget *flagsTree() const { return m_flags; }
    QTreeWidget *trainingTree() const { return m_training; }
    QLabel *ratingSummary() const { return m_ratingSummary; }

Q_SIGNALS:
    void providerChanged(qint64 providerId); // something was recorded: the directory row may have changed

private:
    void fillHeader();
    void fillProfile();
    void fillCredentials();
    void fillTraining();
    void fillRatings();
    void fillLedger();
    void fillFlags();
    void showScan(qint64 scanId, const QString &fileName);
    bool canDiscipline() const;

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
