#include "itemmodels/provider_text.h"

#include "domain/provider_states.h"

#include <array>

namespace doorstep::itemmodels {

namespace {
// The translated name of a stored state key. The models refuse unknown keys
// when they load a row (services/stored_state.h); a key that still arrives
// here unknown is shown as stored rather than as some other state.
template <typename State>
QString stateName(const QString &key)
{
    const auto state = domain::stateFromKey<State>(key);
    return state ? domain::stateDisplayName(*state) : key;
}

struct KeyName
{
    const char16_t *key;
    const char *name; // in the ProviderText context
};

// application_events.kind
constexpr std::array<KeyName, 10> kEventKinds{{
    {u"submitted", QT_TRANSLATE_NOOP("ProviderText", "Application submitted")},
    {u"approved", QT_TRANSLATE_NOOP("ProviderText", "Approved")},
    {u"rejected", QT_TRANSLATE_NOOP("ProviderText", "Rejected")},
    {u"info_requested", QT_TRANSLATE_NOOP("ProviderText", "Information requested")},
    {u"credential_added", QT_TRANSLATE_NOOP("ProviderText", "Credential added")},
    {u"credential_edited", QT_TRANSLATE_NOOP("ProviderText", "Credential corrected")},
    {u"credential_approved", QT_TRANSLATE_NOOP("ProviderText", "Credential approved")},
    {u"credential_rejected", QT_TRANSLATE_NOOP("ProviderText", "Credential rejected")},
    {u"scan_added", QT_TRANSLATE_NOOP("ProviderText", "Scan added")},
    {u"background_check", QT_TRANSLATE_NOOP("ProviderText", "Background check recorded")},
}};

template <size_t N>
const char *nameOf(const std::array<KeyName, N> &table, QStringView key)
{
    for (const KeyName &k : table)
        if (key == QStringView(k.key))
            return k.name;
    return nullptr;
}
} // namespace

QString ProviderText::providerStatus(const QString &key) { return stateName<domain::ProviderStatus>(key); }
QString ProviderText::applicationState(const QString &key) { return stateName<domain::ApplicationState>(key); }
QString ProviderText::backgroundCheckResult(const QString &key) { return stateName<domain::BackgroundCheckResult>(key); }
QString ProviderText::flagState(const QString &key) { return stateName<domain::FlagState>(key); }
QString ProviderText::skillStatus(const QString &key) { return stateName<domain::SkillStatus>(key); }
QString ProviderText::credentialReview(const QString &key) { return stateName<domain::CredentialReview>(key); }

QString ProviderText::credentialType(const QString &key, const QString &qualificationName)
{
    const auto type = domain::stateFromKey<domain::CredentialType>(key);
    if (type == domain::CredentialType::Qualification && !qualificationName.isEmpty())
        return qualificationName;
    return type ? domain::stateDisplayName(*type) : key;
}

QString ProviderText::applicationEvent(const QString &kind)
{
    const char *name = nameOf(kEventKinds, kind);
    return name ? QCoreApplication::translate("ProviderText", name) : kind;
}

QString ProviderText::eventNote(const QString &kind, const QString &note, const QHash<QString, QString> &qualificationNames)
{
    if (note.isEmpty())
        return {};
    if (kind == u"background_check")
        return backgroundCheckResult(note);
    if (kind.startsWith(u"credential_")) {
        // The credential's key on the first line, a reason (rejections) after it.
        const qsizetype newline = note.indexOf(u'\n');
        const QString key = newline < 0 ? note : note.left(newline);
        const QString reason = newline < 0 ? QString() : note.mid(newline + 1).trimmed();
        const qsizetype colon = key.indexOf(u':');
        const QString type = colon < 0 ? key : key.left(colon);
        const QString code = colon < 0 ? QString() : key.mid(colon + 1);
        QString what = credentialType(type, qualificationNames.value(code));
        if (domain::stateFromKey<domain::CredentialType>(type) == domain::CredentialType::Qualification && !code.isEmpty()
            && !qualificationNames.contains(code))
            what = tr("Qualification %1").arg(code);
        return reason.isEmpty() ? what : tr("%1 — %2").arg(what, reason);
    }
    return note; // decisions: the reason; scans: the file name
}

QString ProviderText::daysLeft(qint64 days)
{
    if (days == 0)
        return tr("expires today");
    if (days > 0)
        return tr("in %n day(s)", nullptr, int(days));
    return tr("expired %n day(s) ago", nullptr, int(-days));
}

} // namespace doorstep::itemmodels
