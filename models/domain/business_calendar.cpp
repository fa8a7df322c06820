#include "domain/business_calendar.h"

#include "domain/office_time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace doorstep::domain {
namespace {
// The office calendar may be closed for long spells (a 9-day Spring Festival
// on top of closed weekends); more than three years of closed days means the
// office has no open hours at all.
constexpr int kMaxDaysScanned = 3 * 366 + 31;

// The context lupdate files these strings under is the macro's literal,
// the one the program asks for (a free tr() wrapper would be filed under
// the namespace's name and never found: tst_translation_contexts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
};

qint64 localInstant(QDate day, int minuteOfDay)
{
    // Minute 1440 is the next midnight.
    return QDateTime(day, QTime(0, 0), officeTimeZone()).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
}
} // namespace

CalendarFile parseHolidayCalendar(const QString &text)
{
    CalendarFile file;
    struct Pending
    {
        int line;
        QDate day;
        CalendarDay kind;
    };
    QList<Pending> pending;
    const QStringList lines = text.split(u'\n');
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines[i];
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList words = line.trimmed().split(space, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString &keyword = words.first();
        if (keyword == u"year") {
            bool ok = false;
            const int year = words.size() == 2 ? words[1].toInt(&ok) : 0;
            if (!ok || year < 2000 || year > 2200)
                file.errors.append(Text::tr("line %1: \"year\" takes one year, e.g. year 2026.").arg(lineNo));
            else if (file.year != 0)
                file.errors.append(Text::tr("line %1: a file covers one year; it already said %2.").arg(lineNo).arg(file.year));
            else
                file.year = year;
            continue;
        }
        if (keyword != u"off" && keyword != u"work") {
            file.errors.append(Text::tr("line %1: \"%2\" is not year, off or work.").arg(lineNo).arg(keyword));
            continue;
        }
        if (words.size() < 2)
            file.errors.append(Text::tr("line %1: \"%2\" needs at least one date.").arg(lineNo).arg(keyword));
        const CalendarDay kind = keyword == u"off" ? CalendarDay::Off : CalendarDay::Work;
        for (qsizetype w = 1; w < words.size(); ++w) {
            const QDate day = QDate::fromString(words[w], Qt::ISODate);
            if (!day.isValid() || words[w].size() != 10)
                file.errors.append(Text::tr("line %1: \"%2\" is not a date (YYYY-MM-DD).").arg(lineNo).arg(words[w]));
            else if (kind == CalendarDay::Work && day.dayOfWeek() < 6)
                file.errors.append(Text::tr("line %1: %2 is a weekday; a make-up working day is a Saturday or Sunday.").arg(lineNo).arg(words[w]));
            else
                pending.append({lineNo, day, kind});
        }
    }
    if (file.year == 0 && file.errors.isEmpty())
        file.errors.append(Text::tr("The file has no \"year\" line saying which year it covers."));
    for (const Pending &p : pending) {
        if (file.year != 0 && p.day.year() != file.year) {
            file.errors.append(Text::tr("line %1: %2 is not in %3, the year the file covers.")
                                   .arg(p.line)
                                   .arg(p.day.toString(Qt::ISODate))
                                   .arg(file.year));
            continue;
        }
        const auto it = file.days.constFind(p.day);
        if (it != file.days.cend() && *it != p.kind) {
            file.errors.append(Text::tr("line %1: %2 is listed both as a day off and as a working day.").arg(p.line).arg(p.day.toString(Qt::ISODate)));
            continue;
        }
        file.days.insert(p.day, p.kind);
    }
    return file;
}

void HolidayCalendar::add(const CalendarFile &file)
{
    if (!file.ok())
        throw std::invalid_argument("HolidayCalendar::add: a file with errors");
    for (auto it = m_days.begin(); it != m_days.end();)
        it = it.key().year() == file.year ? m_days.erase(it) : std::next(it);
    for (auto it = file.days.cbegin(); it != file.days.cend(); ++it)
        m_days.insert(it.key(), it.value());
    m_years.insert(file.year);
}

QList<int> HolidayCalendar::years() const
{
    QList<int> list(m_years.cbegin(), m_years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<CalendarDay> HolidayCalendar::special(QDate day) const
{
    const auto it = m_days.constFind(day);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

bool OfficeHours::anyOpen() const
{
    return makeUpDay.isOpen() || std::any_of(weekday.cbegin(), weekday.cend(), [](const DayHours &h) { return h.isOpen(); });
}

OfficeHours OfficeHours::standard()
{
    OfficeHours h;
    for (int d = 0; d < 5; ++d)
        h.weekday[size_t(d)] = {9 * 60, 18 * 60};
    h.makeUpDay = {9 * 60, 18 * 60};
    return h;
}

BusinessClock::BusinessClock(HolidayCalendar calendar, OfficeHours hours) : m_calendar(std::move(calendar)), m_hours(hours) {}

DayHours BusinessClock::hoursOn(QDate day) const
{
    if (const auto special = m_calendar.special(day))
        return *special == CalendarDay::Off ? DayHours{} : m_hours.makeUpDay;
    return m_hours.weekday[size_t(day.dayOfWeek() - 1)];
}

ClockAnswer BusinessClock::addBusinessSeconds(qint64 from, qint64 seconds) const
{
    ClockAnswer answer{from, false};
    if (seconds <= 0)
        return answer;
    if (!m_hours.anyOpen())
        throw std::invalid_argument("BusinessClock: the office has no open hours");
    qint64 left = seconds;
    QDate day = officeDay(from);
    for (int scanned = 0; scanned < kMaxDaysScanned; ++scanned, day = day.addDays(1)) {
        if (!m_calendar.covers(day.year()))
            answer.calendarRanOut = true;
        const DayHours h = hoursOn(day);
        if (!h.isOpen())
            continue;
        const qint64 start = std::max(from, localInstant(day, h.open));
        const qint64 end = localInstant(day, h.close);
        if (start >= end)
            continue;
        if (left <= end - start) {
            answer.at = start + left;
            return answer;
        }
        left -= end - start;
    }
    throw std::invalid_argument("BusinessClock: no open hours within three years");
}

ClockAnswer BusinessClock::addBusinessDays(qint64 from, int days) const
{
    if (days < 1)
        throw std::invalid_argument("BusinessClock::addBusinessDays: days must be at least 1");
    if (!m_hours.anyOpen())
        throw std::invalid_argument("BusinessClock: the office has no open hours");
    ClockAnswer answer{from, false};
    QDate day = officeDay(from);
    int counted = 0;
    for (int scanned = 0; scanned < kMaxDaysScanned; ++scanned) {
        day = day.addDays(1);
        if (!m_calendar.covers(day.year()))
            answer.calendarRanOut = true;
        const DayHours h = hoursOn(day);
        if (h.isOpen() && ++counted == days) {
            answer.at = localInstant(day, h.close);
            return answer;
        }
    }
    throw std::invalid_argument("BusinessClock: no open hours within three years");
}

ClockAnswer BusinessClock::businessSecondsBetween(qint64 from, qint64 to) const
{
    ClockAnswer answer{0, false};
    if (to <= from)
        return answer;
    for (QDate day = officeDay(from), last = officeDay(to); day <= last; day = day.addDays(1)) {
        if (!m_calendar.covers(day.year()))
            answer.calendarRanOut = true;
        const DayHours h = hoursOn(day);
        if (!h.isOpen())
            continue;
        const qint64 start = std::max(from, localInstant(day, h.open));
        const qint64 end = std::min(to, localInstant(day, h.close));
        if (end > start)
            answer.at += end - start;
    }
    return answer;
}

} // namespace doorstep::domain
