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

QString ProviderText::daysLeft(qint64 days)
{
    if (days == 0)
        return tr("expires today");
    if (days > 0)
        return tr("in %n day(s)", nullptr, int(days));
    return tr("expired %n day(s) ago", nullptr, int(-days));
}

} // namespace doorstep::itemmodels
