#pragma once
// What a reviewer does to one provider's evidence, shared by the review page
// and the directory's detail pane: approve or reject (with a reason) a
// pending credential, correct it, add one, record a background check. Each
// asks through its dialog, calls ProviderReviewService, shows a refusal via
// MessageBox, and returns true when the store changed (the caller reloads).
#include "services/provider_review_service.h"
#include "ui/providers/provider_types.h"

#include <QDate>

#include <functional>
#include <optional>

class QVBoxLayout;
class QWidget;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class CredentialCard;

bool approveCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName);
bool rejectCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName);
bool correctCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, QDate today);
// approveNow: the dialog's "I have seen the original" starts ticked (a
// renewal brought to the office) or not (an upload to review next).
bool addCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId, QDate today, bool approveNow);
// What a page does for its credential cards beyond the actions above.
struct CredentialCardHandlers
{
    std::function<void(qint64 scanId, const QString &fileName)> showScan;
    std::function<void(qint64 credentialId, const QStringList &paths)> filesOffered;
    std::function<void()> changed; // after an action changed the store: reload
};

// The credential cards of `record` for the review page and the directory's
// detail pane: replaces the cards in `layout` (the old ones are deleted
// later, as this may run inside a card's own handler) with one per
// credential, parented to `box`, whose approve, reject and correct requests
// run the actions above on behalf of `page`. Returns the new cards.
QList<CredentialCard *> rebuildCredentialCards(QVBoxLayout *layout, QWidget *box, QWidget *page, services::Workspace &workspace,
                                               const ProviderRecord &record, QDate today, const CredentialCardHandlers &handlers);

// The renewal form for an expiring credential, preset to its kind; what the
// service did (which suspension it lifted) for the caller to show, nullopt
// when cancelled or refused (the refusal has been shown).
std::optional<services::CredentialAdded> renewCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId,
                                                         const QString &title, const QString &type, const QString &qualificationCode,
                                                         QDate today);
bool recordBackgroundCheck(QWidget *parent, services::Workspace &workspace, qint64 providerId, const QString &providerName, QDate today);

} // namespace doorstep::ui
