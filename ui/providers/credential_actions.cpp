#include "ui/providers/credential_actions.h"

#include "domain/office_time.h"
#include "itemmodels/queries.h"
#include "services/provider_review_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/providers/background_check_dialog.h"
#include "ui/providers/credential_card.h"
#include "ui/providers/discipline_dialogs.h"
#include "ui/providers/reason_dialog.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
// The translation context of these messages.
class CredentialActions
{
    Q_DECLARE_TR_FUNCTIONS(CredentialActions)
};

enum class FormEnd { Saved, Cancelled, Refused };

// Runs a form until `save` succeeds, the user cancels, or the service refuses
// for a reason other than bad input. Every refusal is shown; after bad input
// the form opens again with what was typed.
template <class Save>
FormEnd submitUntilDone(QWidget *parent, QDialog &dialog, Save save)
{
    while (dialog.exec() == QDialog::Accepted) {
        try {
            save();
            return FormEnd::Saved;
        } catch (const services::ServiceError &e) {
            MessageBox::error(parent, e);
            if (e.kind() != services::ServiceError::Kind::Invalid)
                return FormEnd::Refused;
        } catch (const std::exception &e) {
            MessageBox::error(parent, e);
            return FormEnd::Refused;
        }
    }
    return FormEnd::Cancelled;
}

std::optional<services::CredentialAdded> addThroughDialog(QWidget *parent, services::Workspace &workspace, qint64 providerId,
                                                          CredentialDialog &dialog)
{
    std::optional<services::CredentialAdded> added;
    submitUntilDone(parent, dialog, [&] { added = services::ProviderReviewService(workspace.services()).addCredential(providerId, dialog.input()); });
    return added;
}
} // namespace

bool approveCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName)
{
    if (!MessageBox::question(parent, CredentialActions::tr("Approve credential"),
                              CredentialActions::tr("Approve %1 of %2? You have checked it against the original or its scan.")
                                  .arg(credentialTitle(credential), providerName)))
        return false;
    try {
        const int lifted = services::ProviderReviewService(workspace.services()).reviewCredential(credential.id, true);
        if (lifted > 0)
            MessageBox::information(parent, CredentialActions::tr("Approve credential"),
                                    CredentialActions::tr("%1 approved: %n suspension(s) it resolves lifted.", nullptr, lifted)
                                        .arg(credentialTitle(credential)));
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
    return true; // approved, or refused because someone else reviewed it meanwhile: reload either way
}

bool rejectCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, const QString &providerName)
{
    const QString reason = ReasonDialog::ask(parent, CredentialActions::tr("Reject %1 of %2").arg(credentialTitle(credential), providerName),
                                             CredentialActions::tr("Why is the credential rejected? The reason goes into the application's timeline."));
    if (reason.isEmpty())
        return false;
    try {
        services::ProviderReviewService(workspace.services()).reviewCredential(credential.id, false, reason);
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
    return true;
}

bool correctCredential(QWidget *parent, services::Workspace &workspace, const CredentialInfo &credential, QDate today)
{
    try {
        CredentialDialog dialog(itemmodels::Queries(workspace).qualificationTypes(), today, parent);
        dialog.correct(credential);
        // Refused (reviewed or gone meanwhile): the page reloads to show how it now stands.
        return submitUntilDone(parent, dialog, [&] {
                   services::ProviderReviewService(workspace.services()).updateCredential(credential.id, dialog.input());
               }) != FormEnd::Cancelled;
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
    return false;
}

bool addCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId, QDate today, bool approveNow)
{
    try {
        CredentialDialog dialog(itemmodels::Queries(workspace).qualificationTypes(), today, parent);
        dialog.setApproveNow(approveNow);
        return addThroughDialog(parent, workspace, providerId, dialog).has_value();
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
    return false;
}

QList<CredentialCard *> rebuildCredentialCards(QVBoxLayout *layout, QWidget *box, QWidget *page, services::Workspace &workspace,
                                               const ProviderRecord &record, QDate today, const CredentialCardHandlers &handlers)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const bool canEdit = workspace.session().can(services::Permission::ProviderReview);
    const bool canReveal = workspace.session().can(services::Permission::ProviderRevealPersonal);
    const QString providerName = record.name;
    const auto changed = handlers.changed;
    QList<CredentialCard *> cards;
    for (const CredentialInfo &c : record.credentials) {
        auto *card = new CredentialCard(c, canEdit, today, canReveal, box);
        QObject::connect(card, &CredentialCard::scanChosen, page, handlers.showScan);
        QObject::connect(card, &CredentialCard::filesOffered, page, handlers.filesOffered);
        QObject::connect(card, &CredentialCard::approveRequested, page, [page, &workspace, providerName, changed](const CredentialInfo &info) {
            if (approveCredential(page, workspace, info, providerName))
                changed();
        });
        QObject::connect(card, &CredentialCard::rejectRequested, page, [page, &workspace, providerName, changed](const CredentialInfo &info) {
            if (rejectCredential(page, workspace, info, providerName))
                changed();
        });
        QObject::connect(card, &CredentialCard::correctRequested, page, [page, &workspace, today, changed](const CredentialInfo &info) {
            if (correctCredential(page, workspace, info, today))
                changed();
        });
        layout->addWidget(card);
        cards.append(card);
    }
    return cards;
}

std::optional<services::CredentialAdded> renewCredential(QWidget *parent, services::Workspace &workspace, qint64 providerId,
                                                         const QString &title, const QString &type, const QString &qualificationCode,
                                                         QDate today)
{
    try {
        CredentialDialog dialog(itemmodels::Queries(workspace).qualificationTypes(), today, parent);
        dialog.setWindowTitle(title);
        dialog.preset(type, qualificationCode);
        return addThroughDialog(parent, workspace, providerId, dialog);
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
    return std::nullopt;
}

bool recordBackgroundCheck(QWidget *parent, services::Workspace &workspace, qint64 providerId, const QString &providerName, QDate today)
{
    BackgroundCheckDialog dialog(providerName, today, parent);
    return submitUntilDone(parent, dialog, [&] {
               const qint64 now = workspace.services().now();
               const qint64 at = dialog.checkedOn().isValid() ? domain::officeMoment(dialog.checkedOn(), now) : 0;
               services::ProviderReviewService(workspace.services()).recordBackgroundCheck(providerId, dialog.agency(), dialog.result(),
                                                                                           dialog.note(), at);
           }) == FormEnd::Saved;
}

} // namespace doorstep::ui
