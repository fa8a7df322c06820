#include "services/office_settings.h"

#include "services/service_error.h"
#include "services/service_layer.h"
#include "store/sqlite.h"

#include <QLocale>

#include <cmath>

namespace doorstep::services {

const QList<const Setting *> &allSettings()
{
    using namespace settings;
    static const QList<const Setting *> all{
        &AutoLockMinutes, &AcceptTimeoutMinutes, &DispatchLeadMinutes,
        &RoadFactor, &SpeedKmh, &LongTravelMinutes, &LowRatingX100, &MinRatedJobs, &HeavyDayJobs,
        &WeightTravel, &WeightLateness, &WeightRating, &UnratedRatingX100, &WeightPoints, &WeightWorkload,
        &PreferredBonus, &UnassignedPenalty, &PriorityPenalty, &BudgetMs, &ContinuousDispatch,
        &ProviderMinAge, &ProviderMaxAge, &ProviderHealthMinDays, &ProviderLowRatingOrders, &ProviderLowRatingBelowX100,
        &CustomerRetentionYears,
        &OfficeHoursMondayOpen, &OfficeHoursMondayClose, &OfficeHoursTuesdayOpen, &OfficeHoursTuesdayClose,
        &OfficeHoursWednesdayOpen, &OfficeHoursWednesdayClose, &OfficeHoursThursdayOpen, &OfficeHoursThursdayClose,
        &OfficeHoursFridayOpen, &OfficeHoursFridayClose, &OfficeHoursSaturdayOpen, &OfficeHoursSaturdayClose,
        &OfficeHoursSundayOpen, &OfficeHoursSundayClose, &OfficeHoursMakeUpDayOpen, &OfficeHoursMakeUpDayClose,
        &ComplaintReopenDays, &RefundDefaultLimitFen, &UpheldComplaintsFlagCount, &UpheldComplaintsFlagDays};
    return all;
}

const Setting *findSetting(const QString &key)
{
    for (const Setting *s : allSettings())
        if (key == QStringView(s->key))
            return s;
    return nullptr;
}

namespace {
std::optional<double> parse(const Setting &s, const QString &text)
{
    bool ok = false;
    const double v = s.kind == Setting::Kind::Whole ? double(text.trimmed().toLongLong(&ok)) : text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}
} // namespace

QString settingProblem(const Setting &s, const QString &text)
{
    const auto v = parse(s, text);
    if (v && *v >= s.min && *v <= s.max)
        return {};
    const QString range = OfficeSettings::tr("between %1 and %2").arg(QLocale().toString(s.min), QLocale().toString(s.max));
    if (!v)
        return s.kind == Setting::Kind::Whole
                   ? OfficeSettings::tr("The setting \"%1\" (%2) holds \"%3\", which is not a whole number %4.")
                         .arg(s.displayName(), s.keyText(), text, range)
                   : OfficeSettings::tr("The setting \"%1\" (%2) holds \"%3\", which is not a number %4.")
                         .arg(s.displayName(), s.keyText(), text, range);
    return OfficeSettings::tr("The setting \"%1\" (%2) holds %3; it must be %4.").arg(s.displayName(), s.keyText(), text, range);
}

QString settingText(const Setting &s, double value)
{
    return s.kind == Setting::Kind::Whole ? QString::number(qint64(std::llround(value))) : QString::number(value, 'g', 10);
}

OfficeSettings::OfficeSettings(ServiceLayer &services) : m_db(services.db()) {}

std::optional<QString> OfficeSettings::stored(const Setting &s) const
{
    const QVariant v = m_db.scalar("SELECT value FROM settings WHERE key = ?", s.keyText());
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

double OfficeSettings::value(const Setting &s) const
{
    const auto text = stored(s);
    if (!text)
        return s.defaultValue;
    if (const QString problem = settingProblem(s, *text); !problem.isEmpty())
        throw ServiceError::invalid(problem + u' ' + tr("An administrator can correct it in the settings."));
    return *parse(s, *text);
}

SettingRead OfficeSettings::valueOrDefault(const Setting &s) const
{
    const auto text = stored(s);
    if (!text)
        return {s.defaultValue, {}};
    if (QString problem = settingProblem(s, *text); !problem.isEmpty())
        return {s.defaultValue, problem + u' ' + tr("The default, %1, is used until it is corrected.").arg(settingText(s, s.defaultValue))};
    return {*parse(s, *text), {}};
}

QStringList OfficeSettings::problems() const
{
    QStringList out;
    for (const Setting *s : allSettings())
        if (const auto text = stored(*s))
            if (const QString problem = settingProblem(*s, *text); !problem.isEmpty())
                out.append(problem);
    return out;
}

} // namespace doorstep::services
