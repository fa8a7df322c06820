// The holiday calendar file and the business clock, against cases worked out
// by hand. Office time is Asia/Shanghai (UTC+8, no daylight saving); the
// office's hours here are the standard ones: Monday–Friday 09:00–18:00,
// weekends closed, make-up working days (调休上班) 09:00–18:00. The calendar is
// the shipped 2026 file (resources/calendars/cn-statutory-2026.txt).
//
// Weekdays used below (2026): 03-10 Tuesday, 03-13 Friday, 02-13 Friday,
// 02-14 Saturday (make-up), 09-18 Friday, 09-20 Sunday (make-up), 09-30
// Wednesday, 10-10 Saturday (make-up), 12-31 Thursday; 2027-01-04 Monday.
#include "domain/business_calendar.h"
#include "domain/office_time.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace doorstep::domain;

namespace {

// UTC seconds of a local (office) time.
qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), officeTimeZone()).toSecsSinceEpoch();
}

QString shown(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd ddd HH:mm"));
}

QString shippedText()
{
    QFile file(QStringLiteral(":/doorstep/calendars/cn-statutory-2026.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

HolidayCalendar shipped()
{
    HolidayCalendar calendar;
    calendar.add(parseHolidayCalendar(shippedText()));
    return calendar;
}

BusinessClock clock2026()
{
    return BusinessClock(shipped(), OfficeHours::standard());
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private slots:
    void theShippedFileIsTheOfficial2026Schedule()
    {
        const CalendarFile file = parseHolidayCalendar(shippedText());
        QVERIFY2(file.ok(), qPrintable(file.errors.join(u'\n')));
        QCOMPARE(file.year, 2026);
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7 = 33 days off;
        // make-up days: 01-04, 02-14, 02-28, 05-09, 09-20, 10-10 = 6.
        int off = 0, work = 0;
        for (auto it = file.days.cbegin(); it != file.days.cend(); ++it)
            (it.value() == CalendarDay::Off ? off : work)++;
        QCOMPARE(off, 33);
        QCOMPARE(work, 6);
        QCOMPARE(file.days.value(QDate(2026, 2, 14)), CalendarDay::Work);
        QCOMPARE(file.days.value(QDate(2026, 10, 7)), CalendarDay::Off);
        // Every make-up day is a Saturday or Sunday (the parser refuses others).
        for (auto it = file.days.cbegin(); it != file.days.cend(); ++it)
            if (it.value() == CalendarDay::Work)
                QVERIFY(it.key().dayOfWeek() >= 6);
    }

    void badFilesSayWhichLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no year line") << QStringLiteral("off 2026-01-01\n") << QStringLiteral("no \"year\" line");
        QTest::newRow("date outside the year") << QStringLiteral("year 2026\noff 2027-01-01\n") << QStringLiteral("line 2: 2027-01-01 is not in 2026");
        QTest::newRow("make-up day on a weekday") << QStringLiteral("year 2026\nwork 2026-01-05\n") << QStringLiteral("line 2: 2026-01-05 is a weekday");
        QTest::newRow("not a date") << QStringLiteral("year 2026\noff 2026-02-30\n") << QStringLiteral("line 2: \"2026-02-30\" is not a date");
        QTest::newRow("unknown word") << QStringLiteral("year 2026\nholiday 2026-01-01\n") << QStringLiteral("line 2: \"holiday\"");
        QTest::newRow("off and work") << QStringLiteral("year 2026\noff 2026-01-04\nwork 2026-01-04\n") << QStringLiteral("line 3: 2026-01-04 is listed both");
        QTest::newRow("two years") << QStringLiteral("year 2026\nyear 2027\n") << QStringLiteral("line 2: a file covers one year");
    }

    void badFilesSayWhichLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const CalendarFile file = parseHolidayCalendar(text);
        QVERIFY(!file.ok());
        QVERIFY2(file.errors.join(u'\n').contains(expected), qPrintable(file.errors.join(u'\n')));
        HolidayCalendar calendar;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, calendar.add(file));
    }

    void hoursOfADay()
    {
        const BusinessClock clock = clock2026();
        QCOMPARE(clock.hoursOn(QDate(2026, 3, 10)), (DayHours{540, 1080}));  // a Tuesday
        QVERIFY(!clock.isWorkingDay(QDate(2026, 3, 14)));                   // a Saturday
        QVERIFY(clock.isWorkingDay(QDate(2026, 2, 14)));                    // a make-up Saturday
        QVERIFY(!clock.isWorkingDay(QDate(2026, 10, 5)));                   // National Day week, a Monday
    }

    void addingBusinessTime_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<qint64>("expected");
        // Inside one day: 10:00 + 4 h = 14:00.
        QTest::newRow("same day") << local(2026, 3, 10, 10) << 240 << local(2026, 3, 10, 14);
        // Up to closing exactly: 09:00 + 9 h ends at 18:00 that day, not 09:00 the next.
        QTest::newRow("to closing") << local(2026, 3, 10, 9) << 540 << local(2026, 3, 10, 18);
        // Across a night: 16:30–18:00 is 1 h 30; 2 h 30 remain from Wednesday 09:00 → 11:30.
        QTest::newRow("across a night") << local(2026, 3, 10, 16, 30) << 240 << local(2026, 3, 11, 11, 30);
        // Received at night: counting starts at the next opening, 09:00 + 30 min.
        QTest::newRow("received at night") << local(2026, 3, 10, 22) << 30 << local(2026, 3, 11, 9, 30);
        // Across a weekend: Friday 17:00–18:00 is 1 h; Saturday and Sunday are closed;
        // 3 h from Monday 09:00 → Monday 12:00.
        QTest::newRow("across a weekend") << local(2026, 3, 13, 17) << 240 << local(2026, 3, 16, 12);
        // Received on a Saturday: nothing counts until Monday 09:00; + 1 h → 10:00.
        QTest::newRow("received on a Saturday") << local(2026, 3, 14, 11) << 60 << local(2026, 3, 16, 10);
        // Make-up Sunday 09-20: Friday 09-18 17:00–18:00 is 1 h, Saturday closed, Sunday
        // works (调休): 3 h from 09:00 → Sunday 12:00.
        QTest::newRow("make-up Sunday") << local(2026, 9, 18, 17) << 240 << local(2026, 9, 20, 12);
        // Spring Festival eve: Friday 02-13 16:00–18:00 is 2 h; Saturday 02-14 is a
        // make-up day: the remaining 6 h from 09:00 → 15:00 that Saturday.
        QTest::newRow("make-up Saturday before Spring Festival") << local(2026, 2, 13, 16) << 480 << local(2026, 2, 14, 15);
        // From the make-up Saturday 17:00: 1 h that day; 02-15 … 02-23 are the nine days
        // off; Tuesday 02-24 09:00 + 3 h → 12:00.
        QTest::newRow("across Spring Festival") << local(2026, 2, 14, 17) << 240 << local(2026, 2, 24, 12);
        // Mid-Autumn: Thursday 09-24 17:00–18:00 is 1 h; 09-25 (Friday) to 09-27 off;
        // Monday 09-28 09:00 + 3 h → 12:00.
        QTest::newRow("across Mid-Autumn") << local(2026, 9, 24, 17) << 240 << local(2026, 9, 28, 12);
        // Received on a holiday (National Day, 10-03): next opening is Thursday 10-08 09:00.
        QTest::newRow("received on a holiday") << local(2026, 10, 3, 10) << 120 << local(2026, 10, 8, 11);
    }

    void addingBusinessTime()
    {
        QFETCH(qint64, from);
        QFETCH(int, minutes);
        QFETCH(qint64, expected);
        const ClockAnswer answer = clock2026().addBusinessMinutes(from, minutes);
        QCOMPARE(shown(answer.at), shown(expected));
        QVERIFY(!answer.calendarRanOut);
    }

    void addingBusinessDays()
    {
        const BusinessClock clock = clock2026();
        // "Resolve in 3 business days" from Tuesday 03-10 10:00: the day it starts does
        // not count; Wednesday, Thursday, Friday → Friday 03-13 18:00.
        QCOMPARE(shown(clock.addBusinessDays(local(2026, 3, 10, 10), 3).at), shown(local(2026, 3, 13, 18)));
        // From Friday 20:00, 1 business day: Monday 03-16 18:00.
        QCOMPARE(shown(clock.addBusinessDays(local(2026, 3, 13, 20), 1).at), shown(local(2026, 3, 16, 18)));
        // From Wednesday 09-30 15:00, 2 days: 10-01 … 10-07 off, Thursday 10-08 (1),
        // Friday 10-09 (2) → 18:00; 3 days: Saturday 10-10 is a make-up day (3).
        QCOMPARE(shown(clock.addBusinessDays(local(2026, 9, 30, 15), 2).at), shown(local(2026, 10, 9, 18)));
        QCOMPARE(shown(clock.addBusinessDays(local(2026, 9, 30, 15), 3).at), shown(local(2026, 10, 10, 18)));
    }

    void aroundTheClock()
    {
        // 24×7: a safety incident at 22:00 waits for nobody: + 30 min = 22:30.
        QCOMPARE(shown(BusinessClock::add24x7Minutes(local(2026, 10, 3, 22), 30)), shown(local(2026, 10, 3, 22, 30)));
        // Across the new year: 12-31 23:50 + 30 min = 2027-01-01 00:20.
        QCOMPARE(shown(BusinessClock::add24x7Minutes(local(2026, 12, 31, 23, 50), 30)), shown(local(2027, 1, 1, 0, 20)));
    }

    void yearBoundaryWarnsWhenTheCalendarRunsOut()
    {
        // Thursday 12-31 17:00 + 4 h: 1 h that day. 2027 is not in the calendar, so
        // Friday 2027-01-01 counts as an ordinary Friday (it is in fact New Year's
        // Day): 3 h from 09:00 → 12:00, and the answer says the calendar ran out.
        const ClockAnswer blind = clock2026().addBusinessMinutes(local(2026, 12, 31, 17), 240);
        QCOMPARE(shown(blind.at), shown(local(2027, 1, 1, 12)));
        QVERIFY(blind.calendarRanOut);
        QVERIFY(clock2026().addBusinessDays(local(2026, 12, 30, 10), 2).calendarRanOut); // 12-31, then 2027-01-01

        // With a 2027 file that gives 01-01 off: Friday off, weekend closed, Monday
        // 2027-01-04 09:00 + 3 h → 12:00, and nothing ran out.
        HolidayCalendar calendar = shipped();
        calendar.add(parseHolidayCalendar(QStringLiteral("year 2027\noff 2027-01-01\n")));
        QCOMPARE(calendar.years(), (QList<int>{2026, 2027}));
        const ClockAnswer known = BusinessClock(calendar, OfficeHours::standard()).addBusinessMinutes(local(2026, 12, 31, 17), 240);
        QCOMPARE(shown(known.at), shown(local(2027, 1, 4, 12)));
        QVERIFY(!known.calendarRanOut);
    }

    void openTimeBetweenTwoInstants()
    {
        const BusinessClock clock = clock2026();
        // Friday 17:00 → Monday 10:00: 1 h Friday + 1 h Monday = 2 h.
        QCOMPARE(clock.businessSecondsBetween(local(2026, 3, 13, 17), local(2026, 3, 16, 10)).at, 2 * 3600);
        // A whole holiday week: Wednesday 09-30 18:00 → Thursday 10-08 09:00 is 0.
        QCOMPARE(clock.businessSecondsBetween(local(2026, 9, 30, 18), local(2026, 10, 8, 9)).at, 0);
        QCOMPARE(clock.businessSecondsBetween(local(2026, 3, 16, 10), local(2026, 3, 13, 17)).at, 0);
    }

    void pausingAndResuming()
    {
        const BusinessClock clock = clock2026();
        // A promise of 4 business hours made Tuesday 03-10 10:00 is due 14:00.
        const qint64 due = clock.addBusinessMinutes(local(2026, 3, 10, 10), 240).at;
        QCOMPARE(shown(due), shown(local(2026, 3, 10, 14)));
        // Paused at 12:00 (waiting for the customer): 2 h of open time were left.
        const qint64 left = clock.businessSecondsBetween(local(2026, 3, 10, 12), due).at;
        QCOMPARE(left, 2 * 3600);
        // The customer answers Wednesday 17:00: 1 h that day, 1 h from Thursday
        // 09:00 → due Thursday 03-12 10:00.
        QCOMPARE(shown(clock.addBusinessSeconds(local(2026, 3, 11, 17), left).at), shown(local(2026, 3, 12, 10)));
        // The 75 % mark of a promise from Friday 17:00 due Monday 12:00 (4 open
        // hours): 3 open hours in → Monday 11:00.
        const qint64 start = local(2026, 3, 13, 17);
        const qint64 due2 = clock.addBusinessMinutes(start, 240).at;
        const qint64 total = clock.businessSecondsBetween(start, due2).at;
        QCOMPARE(total, 4 * 3600);
        QCOMPARE(shown(clock.addBusinessSeconds(start, total * 3 / 4).at), shown(local(2026, 3, 16, 11)));
    }

    void anOfficeWithoutHoursIsRefused()
    {
        const BusinessClock closed(shipped(), OfficeHours{});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, closed.addBusinessMinutes(local(2026, 3, 10, 10), 60));
        QCOMPARE(closed.addBusinessMinutes(local(2026, 3, 10, 10), 0).at, local(2026, 3, 10, 10));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
