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
// Wires a card's approve, reject and correct requests to the actions above,
// on behalf of `page` (the review page, the directory's detail pane);
// `changed` runs after each one that changed the store.
void connectCredentialActions(CredentialCard *card, QWidget *page, services::Workspace &workspace, const QString &providerName,
                              QDate today, const std::function<void()> &changed);

// The renewal form for an expiring credential, preset to its kind; what the
// service did (which suspension it lifted) for the caller to show, nullopt
// when cancelled or refused (the refusal has been shown).
std::optional<services::CredentialAdded> renewCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId,
                                                         const QString &title, const QString &type, const QString &qualificationCode,
                                                         QDate today);
bool recordBackgroundCheck(QWidget *parent, services::Workspace &workspace, qint64 providerId, const QString &providerName, QDate today);

} // namespace doorstep::ui
