// Money in integer fen: what people type is read exactly or refused, and
// every amount the console shows reads the same on every machine.
#include "domain/money.h"

#include <QTest>

#include <limits>

using namespace doorstep::domain;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parsesWhatPeopleWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole yuan") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("one decimal") << QStringLiteral("0.5") << qint64(50);
        QTest::newRow("grouped") << QStringLiteral("1,234.5") << qint64(123450);
        QTest::newRow("yuan sign") << QStringLiteral("¥1,234.50") << qint64(123450);
        QTest::newRow("full-width sign") << QStringLiteral("￥12") << qint64(1200);
        QTest::newRow("yuan character") << QStringLiteral("12元") << qint64(1200);
        QTest::newRow("spaces") << QStringLiteral("  ¥ 8.80 ") << qint64(880);
        QTest::newRow("negative") << QStringLiteral("-3.5") << qint64(-350);
        QTest::newRow("sign before ¥") << QStringLiteral("-¥3.50") << qint64(-350);
        QTest::newRow("sign after ¥") << QStringLiteral("¥-3.50") << qint64(-350);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("millions") << QStringLiteral("1,234,567.89") << qint64(123456789);
    }

    void parsesWhatPeopleWrite()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto money = Money::parse(text);
        QVERIFY(money.has_value());
        QCOMPARE(money->fen(), fen);
    }

    void refusesWhatIsNotAnAmount()
    {
        for (const QString &text : {QString(), QStringLiteral("¥"), QStringLiteral("1.234"), QStringLiteral("1,23"),
                                    QStringLiteral("12,3456"), QStringLiteral(",123"), QStringLiteral(".5"), QStringLiteral("5."),
                                    QStringLiteral("007"), QStringLiteral("1e3"), QStringLiteral("12a"), QStringLiteral("--3"),
                                    QStringLiteral("1234567890123456")})
            QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
        QVERIFY(Money::parse(u"123456789012345").has_value()); // 15 integer digits still fit
    }

    void showsYuanTheSameEverywhere()
    {
        QCOMPARE(Money::fromFen(123450).toDisplayString(), QStringLiteral("¥1,234.50"));
        QCOMPARE(Money::fromFen(5).toDisplayString(), QStringLiteral("¥0.05"));
        QCOMPARE(Money::fromFen(-5).toDisplayString(), QStringLiteral("-¥0.05"));
        QCOMPARE(Money::fromFen(100000000).toDisplayString(), QStringLiteral("¥1,000,000.00"));
        QCOMPARE(Money::fromFen(99900).toDisplayString(), QStringLiteral("¥999.00"));
        QCOMPARE(Money::fromFen(123450).toString(), QStringLiteral("1234.50"));
        QCOMPARE(Money::fromFen(-5).toString(), QStringLiteral("-0.05"));
        // The most negative amount has a magnitude too.
        QCOMPARE(Money::fromFen(std::numeric_limits<qint64>::min()).toDisplayString(), QStringLiteral("-¥92,233,720,368,547,758.08"));
    }

    void readsBackWhatItWrites()
    {
        for (qint64 fen : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(123456789), qint64(-98765)}) {
            QCOMPARE(Money::parse(Money::fromFen(fen).toString())->fen(), fen);
            QCOMPARE(Money::parse(Money::fromFen(fen).toDisplayString())->fen(), fen);
        }
    }

    void arithmeticIsExact()
    {
        const Money a = *Money::parse(u"0.1");
        const Money b = *Money::parse(u"0.2");
        QCOMPARE(a + b, Money::fromFen(30));
        QCOMPARE((a + b) - a, b);
        QCOMPARE(a * 3, Money::fromFen(30));
        QCOMPARE(-a, Money::fromFen(-10));
        QVERIFY(a < b);
        Money sum;
        for (int i = 0; i < 10; ++i)
            sum += a;
        QCOMPARE(sum, Money::fromFen(100));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
