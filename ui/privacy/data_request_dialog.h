#pragma once
// A person's request about their personal data (个人信息权利请求), for a
// customer (customers page) or a provider who leaves (provider directory):
// export everything held about them, withdraw a consent, or anonymise them.
// Each button is one PrivacyService action (audited); the dialog only asks,
// confirms and shows what was done.
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class DataRequestDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Subject { Customer, Provider };
    // `who`: how the person is named in the title (the list's name column).
    DataRequestDialog(services::Workspace &workspace, Subject subject, qint64 id, const QString &who, QWidget *parent = nullptr);

    QPushButton *exportButton() const { return m_export; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *anonymiseButton() const { return m_anonymise; }
    QTableWidget *consents() const { return m_consents; }
    // True once the person was anonymised (the caller reloads its list).
    bool anonymised() const { return m_anonymised; }

    void exportData();
    void withdrawMarketing();
    void anonymise();

private:
    void loadConsents();

    services::Workspace &m_workspace;
    Subject m_subject;
    qint64 m_id;
    QString m_who;
    QTableWidget *m_consents = nullptr;
    QPushButton *m_export;
    QPushButton *m_withdraw;
    QPushButton *m_anonymise;
    bool m_anonymised = false;
};

} // namespace doorstep::ui
