#include "services/sla_clock.h"

#include "domain/office_time.h"
#include "services/office_settings.h"
#include "services/service_error.h"
#include "services/service_layer.h"
#include "store/sqlite.h"

#include <array>

namespace doorstep::services {
namespace {

domain::HolidayCalendar storedCalendar(store::Database &db)
{
    domain::HolidayCalendar calendar;
    auto st = db.prepare("SELECT year, source FROM holiday_calendars ORDER BY year");
    while (st.next()) {
        const domain::CalendarFile file = domain::parseHolidayCalendar(st.text(1));
        if (!file.ok() || file.year != st.int64(0))
            throw ServiceError(ServiceError::Kind::Store,
                               SlaClock::tr("The holiday calendar stored for %1 cannot be read: %2")
                                   .arg(st.int64(0))
                                   .arg(file.errors.isEmpty() ? SlaClock::tr("it covers another year.") : file.errors.join(u' ')));
        calendar.add(file);
    }
    return calendar;
}

using DaySettings = std::pair<const Setting *, const Setting *>;
// Monday … Sunday, then the make-up working day.
constexpr std::array<DaySettings, 8> kHourSettings{{
    {&settings::OfficeHoursMondayOpen, &settings::OfficeHoursMondayClose},
    {&settings::OfficeHoursTuesdayOpen, &settings::OfficeHoursTuesdayClose},
    {&settings::OfficeHoursWednesdayOpen, &settings::OfficeHoursWednesdayClose},
    {&settings::OfficeHoursThursdayOpen, &settings::OfficeHoursThursdayClose},
    {&settings::OfficeHoursFridayOpen, &settings::OfficeHoursFridayClose},
    {&settings::OfficeHoursSaturdayOpen, &settings::OfficeHoursSaturdayClose},
    {&settings::OfficeHoursSundayOpen, &settings::OfficeHoursSundayClose},
    {&settings::OfficeHoursMakeUpDayOpen, &settings::OfficeHoursMakeUpDayClose},
}};

domain::OfficeHours storedHours(store::Database &db)
{
    const domain::OfficeHours hours = storedOfficeHours(OfficeSettings(db));
    if (!hours.anyOpen())
        throw ServiceError::invalid(SlaClock::tr("The office hours leave no day open, so no business-hours deadline can be set. "
                                                 "An administrator can correct them in the settings."));
    return hours;
}

constexpr std::array<const char16_t *, 3> kUnitKeys{u"minutes", u"business_minutes", u"business_days"};

} // namespace

domain::OfficeHours storedOfficeHours(const OfficeSettings &office)
{
    domain::OfficeHours hours;
    for (size_t d = 0; d < hours.weekday.size(); ++d)
        hours.weekday[d] = {office.whole(*kHourSettings[d].first), office.whole(*kHourSettings[d].second)};
    hours.makeUpDay = {office.whole(*kHourSettings[7].first), office.whole(*kHourSettings[7].second)};
    return hours;
}

SettingValues officeHoursValues(const domain::OfficeHours &hours)
{
    if (!hours.anyOpen())
        throw ServiceError::invalid(SlaClock::tr("At least one weekday must have open hours: business-hours deadlines count only those."));
    SettingValues values;
    const auto add = [&](const DaySettings &day, domain::DayHours h) {
        if (h.isOpen() && (h.open < 0 || h.close > 24 * 60))
            throw ServiceError::invalid(SlaClock::tr("Office hours lie within one day, from 00:00 to 24:00."));
        // A closed day is stored as 0–0, whatever was typed.
        values.append({day.first, h.isOpen() ? h.open : 0});
        values.append({day.second, h.isOpen() ? h.close : 0});
    };
    for (size_t d = 0; d < hours.weekday.size(); ++d)
        add(kHourSettings[d], hours.weekday[d]);
    add(kHourSettings[7], hours.makeUpDay);
    return values;
}

int loadHolidayCalendar(ServiceLayer &services, const QString &text)
{
    return services.perform(Permission::SettingsEdit, QStringLiteral("settings.holiday_calendar"), [&](ActionContext &ctx) {
        const domain::CalendarFile file = domain::parseHolidayCalendar(text);
        if (!file.ok())
            throw ServiceError::invalid(SlaClock::tr("The holiday calendar file was not loaded: %1").arg(file.errors.join(u' ')));
        // The row's id is the year (schema v8), the same in every office.
        ctx.db().run("DELETE FROM holiday_calendars WHERE year = ?", file.year);
        ctx.db().run("INSERT INTO holiday_calendars(id, year, source, loaded_at) VALUES (?, ?, ?, ?)", file.year, file.year, text, ctx.now());
        // Queued as an office setting (never sent): PROTOCOL.md keeps
        // holiday_calendars as the platform's catalogue, and the server
        // refuses an office's write to it as not_owner.
        ctx.changed(Change{QStringLiteral("settings"), 0, Change::Op::Upsert,
                           {{QStringLiteral("key"), QString(QStringLiteral("holiday_calendars.") + QString::number(file.year))}, {QStringLiteral("value"), text}}});
        int off = 0;
        for (auto it = file.days.cbegin(); it != file.days.cend(); ++it)
            off += it.value() == domain::CalendarDay::Off ? 1 : 0;
        ctx.describe(QStringLiteral("holiday_calendars"), file.year,
                     {{QStringLiteral("days_off"), off}, {QStringLiteral("make_up_days"), int(file.days.size()) - off}});
        return file.year;
    });
}

QString slaUnitKey(SlaUnit unit)
{
    return QString::fromUtf16(kUnitKeys[size_t(unit)]);
}

std::optional<SlaUnit> slaUnitFromKey(QStringView key)
{
    for (size_t i = 0; i < kUnitKeys.size(); ++i)
        if (key == QStringView(kUnitKeys[i]))
            return SlaUnit(i);
    return std::nullopt;
}

SlaClock::SlaClock(store::Database &db) : m_clock(storedCalendar(db), storedHours(db)) {}

SlaDeadline SlaClock::deadline(qint64 start, SlaTarget target) const
{
    SlaDeadline d;
    d.business = target.business();
    switch (target.unit) {
    case SlaUnit::Minutes:
        d.due = domain::BusinessClock::add24x7Minutes(start, target.amount);
        d.warn = start + (d.due - start) * 3 / 4;
        return d;
    case SlaUnit::BusinessMinutes: {
        const auto due = m_clock.addBusinessMinutes(start, target.amount);
        const auto warn = m_clock.addBusinessSeconds(start, qint64(target.amount) * 60 * 3 / 4);
        return {due.at, warn.at, true, due.calendarRanOut || warn.calendarRanOut};
    }
    case SlaUnit::BusinessDays: {
        const auto due = m_clock.addBusinessDays(start, target.amount);
        const auto open = m_clock.businessSecondsBetween(start, due.at);
        const auto warn = m_clock.addBusinessSeconds(start, open.at * 3 / 4);
        return {due.at, warn.at, true, due.calendarRanOut || open.calendarRanOut || warn.calendarRanOut};
    }
    }
    Q_UNREACHABLE();
}

SlaDeadline SlaClock::resumed(const SlaDeadline &before, qint64 pausedAt, qint64 resumedAt) const
{
    SlaDeadline after = before;
    const auto shift = [&](qint64 instant) -> qint64 {
        if (instant <= pausedAt)
            return instant; // passed before the pause: stays passed
        if (!before.business)
            return resumedAt + (instant - pausedAt);
        const auto left = m_clock.businessSecondsBetween(pausedAt, instant);
        const auto at = m_clock.addBusinessSeconds(resumedAt, left.at);
        after.calendarRanOut = after.calendarRanOut || left.calendarRanOut || at.calendarRanOut;
        return at.at;
    };
    after.due = shift(before.due);
    after.warn = shift(before.warn);
    return after;
}

SlaPolicy SlaClock::policy(store::Database &db, domain::ComplaintCategory category, domain::ComplaintSeverity severity)
{
    auto st = db.prepare("SELECT first_response_amount, first_response_unit, resolution_amount, resolution_unit"
                         " FROM sla_policies WHERE category = ? AND severity = ?");
    st.bindAll(domain::stateKey(category), domain::stateKey(severity));
    if (!st.next())
        throw ServiceError::invalid(tr("There is no SLA policy for %1 complaints of %2 severity; an administrator must add one.")
                                        .arg(domain::stateDisplayName(category), domain::stateDisplayName(severity)));
    const auto fr = slaUnitFromKey(st.text(1));
    const auto res = slaUnitFromKey(st.text(3));
    if (!fr || !res)
        throw ServiceError(ServiceError::Kind::Store, tr("The SLA policy for %1 / %2 names an unknown unit.")
                                                          .arg(domain::stateKey(category), domain::stateKey(severity)));
    return {{st.int32(0), *fr}, {st.int32(2), *res}};
}

QString SlaClock::calendarWarning(qint64 now) const
{
    const QDate today = domain::officeDay(now);
    if (!m_clock.calendar().covers(today.year()))
        return tr("The holiday calendar has no file for %1: business-hours deadlines treat its holidays as working days. "
                  "An administrator should load the year's calendar.").arg(today.year());
    if (today.month() >= 11 && !m_clock.calendar().covers(today.year() + 1))
        return tr("The holiday calendar ends with %1: load the %2 calendar when the State Council publishes it, "
                  "or deadlines running into January will count holidays as working days.").arg(today.year()).arg(today.year() + 1);
    return {};
}

} // namespace doorstep::services
