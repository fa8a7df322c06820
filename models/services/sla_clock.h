#pragma once
// SLA deadlines for complaints: the office's business clock (the holiday
// calendar in force, table holiday_calendars, and the office hours settings),
// the SLA policies (table sla_policies, per category and severity), and the
// deadline of a target started at an instant, with its 75 % mark. Deadlines
// are computed when a complaint opens or changes state and stored
// (services/complaint_service), never at every paint.
//
// README.md, "SLA policies" and "The holiday calendar file", documents both
// tables' formats.
#include "domain/business_calendar.h"
#include "domain/complaint_states.h"
#include "services/office_settings.h"

#include <QCoreApplication>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

enum class SlaUnit { Minutes, BusinessMinutes, BusinessDays }; // sla_policies.*_unit: minutes, business_minutes, business_days

struct SlaTarget
{
    int amount = 0;
    SlaUnit unit = SlaUnit::Minutes;
    bool business() const { return unit != SlaUnit::Minutes; }
};

struct SlaPolicy
{
    SlaTarget firstResponse;
    SlaTarget resolution;
};

struct SlaDeadline
{
    qint64 due = 0;
    qint64 warn = 0;             // 75 % of the target used
    bool business = false;       // runs on the business clock (else 24×7)
    bool calendarRanOut = false; // counted a day of a year the calendar does not cover
};

class SlaClock
{
    Q_DECLARE_TR_FUNCTIONS(SlaClock)
public:
    // The calendar and the hours as stored now (inside an action: ctx.db()).
    // Throws ServiceError (Store) for a stored calendar that does not parse,
    // and (Invalid) for office hours that do not parse or leave the office
    // without any open hours.
    explicit SlaClock(store::Database &db);

    const domain::BusinessClock &clock() const { return m_clock; }

    SlaDeadline deadline(qint64 start, SlaTarget target) const;
    // The same deadline after the clock stood still from pausedAt to
    // resumedAt: what was left of the target at the pause (on its own clock)
    // runs from resumedAt. A deadline already passed at the pause stays.
    SlaDeadline resumed(const SlaDeadline &before, qint64 pausedAt, qint64 resumedAt) const;

    // The policy for a category and severity; ServiceError (Invalid) names a missing one.
    static SlaPolicy policy(store::Database &db, domain::ComplaintCategory category, domain::ComplaintSeverity severity);
    // The years the stored calendar covers, ascending.
    QList<int> calendarYears() const { return m_clock.calendar().years(); }
    // A sentence when the calendar does not cover the office's current year,
    // or, from November on, the next one (empty: covered).
    QString calendarWarning(qint64 now) const;

private:
    domain::BusinessClock m_clock;
};

class ServiceLayer;

// The office hours as the settings store them (office_hours.*: minutes after
// local midnight per weekday and for make-up working days; open >= close is
// closed). ServiceError::Invalid for a stored value that does not parse.
domain::OfficeHours storedOfficeHours(const OfficeSettings &office);
// The settings that store `hours`, to save with SettingsService::set (one
// audited action). ServiceError::Invalid when no day would be open: every
// business-hours deadline would then be impossible. A closed day is stored 0–0.
SettingValues officeHoursValues(const domain::OfficeHours &hours);

// Loads a year's holiday calendar file (README.md, "The holiday calendar
// file") into the store, replacing that year's: SettingsEdit, one audited
// action ("settings.holiday_calendar"). A file with any error is refused as a
// whole (ServiceError::Invalid listing the lines). Returns the year.
int loadHolidayCalendar(ServiceLayer &services, const QString &text);

QString slaUnitKey(SlaUnit unit);
std::optional<SlaUnit> slaUnitFromKey(QStringView key);

} // namespace doorstep::services
