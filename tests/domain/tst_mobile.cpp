#include "domain/mobile.h"

#include <QTest>

using namespace doorstep::domain;

class TestMobile : public QObject
{
    Q_OBJECT
private slots:
    void validNumbersInTheirCommonSpellings()
    {
        for (const QString &n : {QStringLiteral("13812345678"), QStringLiteral("+86 138 1234 5678"), QStringLiteral("0086-138-1234-5678"),
                                 QStringLiteral("8613812345678"), QStringLiteral("19912345678")})
            QVERIFY2(isValidMobile(n), qPrintable(n));
        QCOMPARE(normalizeMobile(u"+86 138-1234-5678"), QStringLiteral("13812345678"));
    }

    void invalidNumbers()
    {
        for (const QString &n : {QString(), QStringLiteral("1381234567"), QStringLiteral("138123456789"), QStringLiteral("12012345678"),
                                 QStringLiteral("11012345678"), QStringLiteral("02112345678"), QStringLiteral("1381234567a"),
                                 QStringLiteral("138 1234 567x")})
            QVERIFY2(!isValidMobile(n), qPrintable(n));
    }

    void generatedNumbersAreValid()
    {
        for (quint64 i = 0; i < 5000; ++i)
            QVERIFY(isValidMobile(mobileFromIndex(i * 0x9E3779B97F4A7C15ULL)));
    }
};

QTEST_APPLESS_MAIN(TestMobile)
#include "tst_mobile.moc"
