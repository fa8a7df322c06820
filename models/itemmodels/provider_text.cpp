#include "itemmodels/provider_text.h"

namespace doorstep::itemmodels {

QString ProviderText::providerStatus(const QString &key)
{
    if (key == u"applicant") return tr("Applicant");
    if (key == u"active") return tr("Active");
    if (key == u"suspended") return tr("Suspended");
    if (key == u"deactivated") return tr("Deactivated");
    if (key == u"rejected") return tr("Rejected");
    return key;
}

QString ProviderText::applicationState(const QString &key)
{
    if (key == u"new") return tr("New");
    if (key == u"info_requested") return tr("Information requested");
    if (key == u"approved") return tr("Approved");
    if (key == u"rejected") return tr("Rejected");
    return key;
}

QString ProviderText::credentialType(const QString &key, const QString &qualificationName)
{
    if (key == u"id_card") return tr("ID card");
    if (key == u"health_certificate") return tr("Health certificate");
    if (key == u"qualification") return qualificationName.isEmpty() ? tr("Qualification") : qualificationName;
    return tr("Other");
}

QString ProviderText::backgroundCheckResult(const QString &key)
{
    if (key == u"clear") return tr("Clear");
    if (key == u"flagged") return tr("Record found");
    if (key == u"pending") return tr("Requested, no result yet");
    return key;
}

QString ProviderText::flagState(const QString &key)
{
    if (key == u"open") return tr("open");
    if (key == u"confirmed") return tr("confirmed");
    if (key == u"overridden") return tr("overridden");
    return key;
}

QString ProviderText::applicationEvent(const QString &kind)
{
    if (kind == u"submitted") return tr("Application submitted");
    if (kind == u"approved") return tr("Approved");
    if (kind == u"rejected") return tr("Rejected");
    if (kind == u"info_requested") return tr("Information requested");
    if (kind == u"credential_added") return tr("Credential added");
    if (kind == u"credential_edited") return tr("Credential corrected");
    if (kind == u"credential_approved") return tr("Credential approved");
    if (kind == u"credential_rejected") return tr("Credential rejected");
    if (kind == u"scan_added") return tr("Scan added");
    if (kind == u"background_check") return tr("Background check recorded");
    return kind;
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
        if (type == u"qualification" && !code.isEmpty() && !qualificationNames.contains(code))
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
