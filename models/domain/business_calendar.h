#pragma once
// Office time for promises (SLA deadlines): the office's hours per weekday, the
// statutory holidays and the make-up working days (调休) of China's calendar,
// and the arithmetic that adds a target to a UTC instant on either clock:
//
//   24×7      wall-clock minutes, nights, weekends and holidays included;
//   business  minutes inside the office's open hours only, in office time
//             (Asia/Shanghai, domain/office_time), skipping nights, closed
//             weekdays and statutory days off, and counting make-up working
//             days with the make-up day's hours.
//
// The holiday calendar comes as a text file per year (README.md, "The holiday
// calendar file"; resources/calendars/): parseHolidayCalendar() reads one,
// HolidayCalendar holds any number. A day of a year no file covers follows the
// weekday hours, and every answer computed across such a day says so
// (calendarRanOut), so the console can warn that the calendar needs the next
// year's file.
//
// Pure: no store, no clock; the services pass the instants in.
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace doorstep::domain {

enum class CalendarDay { Off, Work }; // a statutory day off / a make-up working day

struct CalendarFile
{
    int year = 0;                     // the year the file covers (its `year` line)
    QMap<QDate, CalendarDay> days;    // listed days
    QStringList errors;               // one sentence per bad line ("line 4: …"); empty = good
    bool ok() const { return errors.isEmpty() && year > 0; }
};

// Reads the documented format. Every problem is reported with its line; a file
// with any error is not used.
CalendarFile parseHolidayCalendar(const QString &text);

class HolidayCalendar
{
public:
    // Adds a parsed file (ok() must hold); a later file for the same year replaces it.
    void add(const CalendarFile &file);
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const; // ascending
    // The calendar's word about `day`, if any (a day of an uncovered year: none).
    std::optional<CalendarDay> special(QDate day) const;

private:
    QSet<int> m_years;
    QMap<QDate, CalendarDay> m_days;
};

// Open hours of one day, minutes after local midnight: [open, close). Closed
// when close <= open.
struct DayHours
{
    int open = 0;
    int close = 0;
    bool isOpen() const { return close > open; }
    friend bool operator==(const DayHours &, const DayHours &) = default;
};

struct OfficeHours
{
    std::array<DayHours, 7> weekday{}; // [0] = Monday … [6] = Sunday
    DayHours makeUpDay{};              // a make-up working day (调休上班), whatever its weekday
    bool anyOpen() const;
    // Monday–Friday 09:00–18:00, weekends closed, make-up days 09:00–18:00.
    static OfficeHours standard();
};

struct ClockAnswer
{
    qint64 at = 0;               // UTC seconds
    bool calendarRanOut = false; // a day of a year the calendar does not cover was counted
};

class BusinessClock
{
public:
    BusinessClock(HolidayCalendar calendar, OfficeHours hours);

    const HolidayCalendar &calendar() const { return m_calendar; }
    const OfficeHours &hours() const { return m_hours; }

    // The open hours of a local day: closed on a statutory day off, the
    // make-up hours on a make-up working day, else the weekday's.
    DayHours hoursOn(QDate day) const;
    bool isWorkingDay(QDate day) const { return hoursOn(day).isOpen(); }

    // `seconds` of open time after `from` (from itself may be outside the
    // hours: counting starts at the next opening). 0 seconds: `from`. The
    // end of a day's last open minute is its closing time, not the next
    // morning. Throws std::invalid_argument when the office has no open hours.
    ClockAnswer addBusinessSeconds(qint64 from, qint64 seconds) const;
    ClockAnswer addBusinessMinutes(qint64 from, qint64 minutes) const { return addBusinessSeconds(from, minutes * 60); }
    // Closing time of the `days`-th working day after the local day of
    // `from` (that day itself does not count, whatever the hour). days >= 1.
    ClockAnswer addBusinessDays(qint64 from, int days) const;
    // Open seconds in [from, to) (0 when to <= from).
    ClockAnswer businessSecondsBetween(qint64 from, qint64 to) const;

    static qint64 add24x7Minutes(qint64 from, qint64 minutes) { return from + minutes * 60; }

private:
    HolidayCalendar m_calendar;
    OfficeHours m_hours;
};

} // namespace doorstep::domain
