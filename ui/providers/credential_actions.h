#pragma once
// What a reviewer does to one provider's evidence, shared by the review page
// and the directory's detail pane: approve or reject (with a reason) a
// pending credential, correct it, add one, record a background check. Each
// asks through its dialog, calls ProviderReviewService, shows a refusal via
// MessageBox, and returns true when the store changed (the caller reloads).
#include "ui/providers/provider_types.h"

#include <QDate>

class QWidget;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

bool approveCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName);
bool rejectCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName);
bool correctCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, QDate today);
// approveNow: the dialog's "I have seen the original" starts ticked (a
// renewal brought to the office) or not (an upload to review next).
bool addCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId, QDate today, bool approveNow);
bool recordBackgroundCheck(QWidget *parent, services::Workspace &workspace, qint64 providerId, const QString &providerName, QDate today);

} // namespace doorstep::ui
