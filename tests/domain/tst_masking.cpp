#include "domain/masking.h"

#include <QTest>

using namespace doorstep::domain;

class TestMasking : public QObject
{
    Q_OBJECT
private slots:
    void phones()
    {
        QCOMPARE(maskPhone(u"13812345678"), QStringLiteral("138****5678"));
        QCOMPARE(maskPhone(u""), QString());
        QCOMPARE(maskPhone(u"12345"), QStringLiteral("*****")); // too short to keep ends hidden
    }

    void idNumbers()
    {
        QCOMPARE(maskIdNumber(u"11010519491231002X"), QStringLiteral("110105********002X"));
        QVERIFY(!maskIdNumber(u"11010519491231002X").contains(QStringLiteral("19491231")));
    }

    void names()
    {
        QCOMPARE(maskName(u"张三丰"), QStringLiteral("张**"));
        QCOMPARE(maskName(u"欧阳娜娜"), QStringLiteral("欧***"));
        QCOMPARE(maskName(u"李"), QStringLiteral("*"));
    }

    void neverRevealsTheMiddle()
    {
        const QString phone = QStringLiteral("13987654321");
        QVERIFY(!maskPhone(phone).contains(QStringLiteral("8765")));
    }
};

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
