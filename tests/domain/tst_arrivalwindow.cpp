// The first arrival window the new-order form offers, worked out by hand in
// office time (Asia/Shanghai, UTC+8).
#include "domain/arrival_window.h"
#include "domain/office_time.h"

#include <QDateTime>
#include <QTest>

using namespace doorstep::domain;

class TestArrivalWindow : public QObject
{
    Q_OBJECT
private:
    static qint64 office(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), officeTimeZone()).toSecsSinceEpoch();
    }

private Q_SLOTS:
    void suggested_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("10:10 -> 11:30") << office(2026, 12, 2, 10, 10) << office(2026, 12, 2, 11, 30);
        QTest::newRow("10:40 -> 12:00") << office(2026, 12, 2, 10, 40) << office(2026, 12, 2, 12, 0);
        QTest::newRow("10:30 -> 12:00") << office(2026, 12, 2, 10, 30) << office(2026, 12, 2, 12, 0);
        QTest::newRow("06:00 -> 09:00 same day") << office(2026, 12, 2, 6, 0) << office(2026, 12, 2, 9, 0);
        QTest::newRow("19:10 -> 20:30 is late: 09:00 tomorrow") << office(2026, 12, 2, 19, 10) << office(2026, 12, 3, 9, 0);
        QTest::newRow("18:50 -> 20:00 still bookable") << office(2026, 12, 2, 18, 50) << office(2026, 12, 2, 20, 0);
        QTest::newRow("23:40 -> 09:00 the next day") << office(2026, 12, 31, 23, 40) << office(2027, 1, 1, 9, 0);
    }

    void suggested()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        QCOMPARE(suggestedArrivalStart(now), expected);
    }
};

QTEST_MAIN(TestArrivalWindow)
#include "tst_arrivalwindow.moc"
