// GB 11643 identity numbers: what the review checklist relies on.
#include "domain/idnumber.h"

#include <QTest>

using namespace doorstep::domain;

class TestIdNumber : public QObject
{
    Q_OBJECT
private:
    const QDate today{2026, 11, 25};

private slots:
    void checkDigitOfThePublishedExample()
    {
        // The standard's worked example: 11010519491231002X.
        QCOMPARE(idCheckDigit(u"11010519491231002"), QChar(u'X'));
        QVERIFY(checkIdNumber(u"11010519491231002X", today).valid());
        QVERIFY(checkIdNumber(u"11010519491231002x", today).valid());
    }

    void madeNumbersAreValidAndCarryBirthAndGender()
    {
        const QString id = makeIdNumber(u"310104", QDate(1990, 2, 28), 123, false);
        QCOMPARE(id.size(), 18);
        const auto c = checkIdNumber(id, today);
        QVERIFY2(c.valid(), qPrintable(c.messages().join(u' ')));
        QCOMPARE(c.birthDate, QDate(1990, 2, 28));
        QCOMPARE(c.age, 36);
        QVERIFY(!c.male);
        QVERIFY(checkIdNumber(makeIdNumber(u"340104", QDate(1980, 1, 1), 7, true), today).male);
    }

    void ageCountsBirthdays()
    {
        QCOMPARE(checkIdNumber(makeIdNumber(u"310104", QDate(2008, 11, 26), 1, true), today).age, 17);
        QCOMPARE(checkIdNumber(makeIdNumber(u"310104", QDate(2008, 11, 25), 1, true), today).age, 18);
    }

    void wrongCheckDigitIsCaught()
    {
        QString id = makeIdNumber(u"310104", QDate(1990, 5, 1), 55, true);
        id[17] = id[17] == u'1' ? u'2' : u'1';
        const auto c = checkIdNumber(id, today);
        QVERIFY(!c.valid());
        QVERIFY(!c.checkDigitOk);
        QVERIFY(c.problems.contains(IdNumberCheck::Problem::BadCheckDigit));
        QVERIFY(c.messages().first().contains(QStringLiteral("check digit")));
    }

    void impossibleDatesAndRegions()
    {
        QString feb30 = QStringLiteral("31010419900230123");
        QVERIFY(checkIdNumber(QString(feb30 + idCheckDigit(feb30)), today).problems.contains(IdNumberCheck::Problem::BadBirthDate));
        QString future = QStringLiteral("31010420300101123");
        QVERIFY(checkIdNumber(QString(future + idCheckDigit(future)), today).problems.contains(IdNumberCheck::Problem::FutureBirthDate));
        QString region = QStringLiteral("99010419900101123");
        QVERIFY(checkIdNumber(QString(region + idCheckDigit(region)), today).problems.contains(IdNumberCheck::Problem::UnknownRegion));
    }

    void malformedInput()
    {
        for (const QString &bad : {QString(), QStringLiteral("123"), QStringLiteral("31010419900101123Y"), QStringLiteral("3101041990010112345"),
                                   QStringLiteral("31010419900101A234")}) {
            const auto c = checkIdNumber(bad, today);
            QVERIFY(!c.valid());
            QVERIFY(!c.wellFormed);
        }
        QCOMPARE(idCheckDigit(u"123"), QChar());
    }
};

QTEST_APPLESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
