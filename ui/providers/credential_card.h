#pragma once
// One credential as a card: what it is, its number, issuer and validity, its
// review state and its scans. Files dropped on the card (or chosen with "Add
// scan…") are offered to the owner, which attaches them through the service.
// A pending credential also offers Approve, Reject… and Correct… to a
// reviewer; the owner carries them out (credential_actions.h).
#include "ui/providers/provider_types.h"

#include <QFrame>

class QLabel;

namespace doorstep::ui {

class CredentialCard : public QFrame
{
    Q_OBJECT
public:
    // canReview: the session may review credentials (attach scans, decide, correct).
    // canOpenScans: the role may see what a scan shows (the full ID number;
    // ProviderRevealPersonal). Others see the scans listed, not opened.
    CredentialCard(const CredentialInfo &credential, bool canReview, QDate today, bool canOpenScans, QWidget *parent = nullptr);

    qint64 credentialId() const { return m_credential.id; }
    const CredentialInfo &credential() const { return m_credential; }
    // Replaces the masked number after an audited reveal.
    void showNumber(const QString &number);

Q_SIGNALS:
    void scanChosen(qint64 scanId, const QString &fileName);
    void filesOffered(qint64 credentialId, const QStringList &paths);
    void approveRequested(const CredentialInfo &credential);
    void rejectRequested(const CredentialInfo &credential);
    void correctRequested(const CredentialInfo &credential);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void setHighlighted(bool on);

    CredentialInfo m_credential;
    bool m_canReview;
    QLabel *m_number;
};

// "Health certificate", or the qualification's name.
QString credentialTitle(const CredentialInfo &credential);

} // namespace doorstep::ui
