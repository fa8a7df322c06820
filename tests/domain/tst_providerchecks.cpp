// The onboarding checklist: every rule, its boundaries, hard versus soft;
// the region table; scan formats by their first bytes.
#include "domain/idnumber.h"
#include "domain/provider_checks.h"
#include "domain/regions.h"
#include "domain/scan_format.h"

#include <QTest>

using namespace doorstep::domain;

Q_DECLARE_METATYPE(QList<doorstep::domain::CredentialFacts>)

namespace {
const QDate kToday(2026, 11, 18);

QString idFor(QStringView region, QDate birth)
{
    return makeIdNumber(region, birth, 123, true);
}

// An applicant for cleaning and electrical work with everything in order.
ApplicantFacts complete()
{
    ApplicantFacts f;
    f.idNumber = idFor(u"341221", QDate(1990, 5, 17));
    f.declaredBirthDate = QDate(1990, 5, 17);
    f.credentials = {
        {CredentialFacts::Type::IdCard, {}, QDate(2020, 1, 1), QDate(2040, 1, 1), CredentialFacts::Review::Pending},
        {CredentialFacts::Type::HealthCertificate, {}, kToday.addDays(-100), kToday.addDays(265), CredentialFacts::Review::Pending},
        {CredentialFacts::Type::Qualification, QStringLiteral("electrician"), QDate(2024, 1, 1), QDate(2029, 1, 1), CredentialFacts::Review::Pending},
    };
    f.skills = {{QStringLiteral("日常保洁"), {}},
                {QStringLiteral("电路维修"), {{QStringLiteral("electrician"), QStringLiteral("低压电工作业证")}}}};
    f.backgroundCheck = BackgroundCheckResult::Clear;
    return f;
}

ProviderCheck find(const QList<ProviderCheck> &checks, const QString &key)
{
    for (const ProviderCheck &c : checks)
        if (c.key == key)
            return c;
    return {QStringLiteral("<absent>"), CheckState::Missing, CheckSeverity::Soft, {}};
}

CheckState stateOf(const ApplicantFacts &f, const QString &key, const CheckLimits &limits = {})
{
    return find(runProviderChecks(f, kToday, limits), key).state;
}

void setHealthEnd(ApplicantFacts &f, QDate end)
{
    for (CredentialFacts &c : f.credentials)
        if (c.type == CredentialFacts::Type::HealthCertificate)
            c.validTo = end;
}
} // namespace

class TestProviderChecks : public QObject
{
    Q_OBJECT
private slots:
    void completeApplicantPassesEverything()
    {
        const auto checks = runProviderChecks(complete(), kToday);
        QStringList keys;
        for (const ProviderCheck &c : checks) {
            keys.append(c.key);
            QVERIFY2(c.passed(), qPrintable(c.key + u": " + c.message));
            QVERIFY(!c.message.isEmpty());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("id.check_digit"), QStringLiteral("id.birth_date"), QStringLiteral("id.region"),
                                    QStringLiteral("id.birth_date_matches"), QStringLiteral("age"), QStringLiteral("health_certificate"),
                                    QStringLiteral("qualification.electrician"), QStringLiteral("background_check")}));
        QVERIFY(!approvalBlocked(checks));
        QVERIFY(find(checks, QStringLiteral("id.region")).message.contains(QStringLiteral("安徽省阜阳市临泉县")));
    }

    void wrongCheckDigitIsAHardFailure()
    {
        ApplicantFacts f = complete();
        f.idNumber[17] = f.idNumber[17] == u'3' ? u'7' : u'3';
        const auto checks = runProviderChecks(f, kToday);
        const ProviderCheck c = find(checks, QStringLiteral("id.check_digit"));
        QCOMPARE(c.state, CheckState::Failed);
        QCOMPARE(c.severity, CheckSeverity::Hard);
        QVERIFY(c.message.contains(idCheckDigit(QStringView(f.idNumber).first(17)))); // names the right digit
        QVERIFY(approvalBlocked(checks));
        // The rest of the number is still read.
        QCOMPARE(find(checks, QStringLiteral("age")).state, CheckState::Passed);
    }

    void malformedOrMissingNumber()
    {
        ApplicantFacts f = complete();
        f.idNumber = QStringLiteral("31010419900517");
        QCOMPARE(stateOf(f, QStringLiteral("id.check_digit")), CheckState::Failed);
        QCOMPARE(stateOf(f, QStringLiteral("age")), CheckState::Missing);
        f.idNumber.clear();
        QCOMPARE(stateOf(f, QStringLiteral("id.check_digit")), CheckState::Missing);
        QVERIFY(approvalBlocked(runProviderChecks(f, kToday)));
    }

    void impossibleOrFutureBirthDate()
    {
        ApplicantFacts f = complete();
        f.declaredBirthDate = {};
        const QString first17 = QStringLiteral("34122119900230123"); // 30 February
        f.idNumber = first17 + idCheckDigit(first17);
        QCOMPARE(stateOf(f, QStringLiteral("id.check_digit")), CheckState::Passed);
        QCOMPARE(stateOf(f, QStringLiteral("id.birth_date")), CheckState::Failed);
        QCOMPARE(stateOf(f, QStringLiteral("age")), CheckState::Missing);
        f.idNumber = idFor(u"341221", kToday.addDays(1));
        QCOMPARE(stateOf(f, QStringLiteral("id.birth_date")), CheckState::Failed);
        QVERIFY(find(runProviderChecks(f, kToday), QStringLiteral("id.birth_date")).message.contains(QStringLiteral("future")));
    }

    void regionCodes()
    {
        ApplicantFacts f = complete();
        f.declaredBirthDate = {};
        f.idNumber = idFor(u"990101", QDate(1990, 5, 17)); // no province 99
        QCOMPARE(stateOf(f, QStringLiteral("id.region")), CheckState::Failed);
        QVERIFY(approvalBlocked(runProviderChecks(f, kToday)));
        // A county we cannot name in a real province is no reason to refuse.
        f.idNumber = idFor(u"341299", QDate(1990, 5, 17));
        const ProviderCheck unlisted = find(runProviderChecks(f, kToday), QStringLiteral("id.region"));
        QCOMPARE(unlisted.state, CheckState::Passed);
        QVERIFY(unlisted.message.contains(QStringLiteral("安徽省")));
        // Taiwan residents' residence permits (830000) and an abolished Shanghai code.
        f.idNumber = idFor(u"830000", QDate(1990, 5, 17));
        QCOMPARE(stateOf(f, QStringLiteral("id.region")), CheckState::Passed);
        f.idNumber = idFor(u"310103", QDate(1970, 5, 17));
        QVERIFY(find(runProviderChecks(f, kToday), QStringLiteral("id.region")).message.contains(QStringLiteral("卢湾区")));
    }

    void declaredBirthDateMismatchIsSoft()
    {
        ApplicantFacts f = complete();
        f.declaredBirthDate = QDate(1991, 5, 17);
        const auto checks = runProviderChecks(f, kToday);
        const ProviderCheck c = find(checks, QStringLiteral("id.birth_date_matches"));
        QCOMPARE(c.state, CheckState::Failed);
        QCOMPARE(c.severity, CheckSeverity::Soft);
        QVERIFY(!c.blocksApproval());
        QVERIFY(!approvalBlocked(checks));
    }

    // The ID mask hides exactly the birth-date digits: a checklist line that
    // named the date would give the masked number back (issue #10). The age
    // is what the checklist says instead.
    void noMessageNamesTheBirthDate()
    {
        const QDate born(1990, 5, 17);
        ApplicantFacts matching = complete();
        ApplicantFacts mismatch = complete();
        mismatch.declaredBirthDate = QDate(1991, 6, 18);
        ApplicantFacts future = complete();
        future.idNumber = idFor(u"341221", kToday.addDays(3));
        future.declaredBirthDate = {};
        const QStringList secrets{born.toString(Qt::ISODate), born.toString(QStringLiteral("yyyyMMdd")),
                                  mismatch.declaredBirthDate.toString(Qt::ISODate), kToday.addDays(3).toString(Qt::ISODate),
                                  QStringLiteral("1990"), QStringLiteral("1991")};
        for (const ApplicantFacts &f : {matching, mismatch, future}) {
            for (const ProviderCheck &c : runProviderChecks(f, kToday))
                for (const QString &secret : secrets)
                    QVERIFY2(!c.message.contains(secret), qPrintable(c.key + QStringLiteral(": ") + c.message));
        }
        QVERIFY(find(runProviderChecks(matching, kToday), QStringLiteral("age")).message.contains(QStringLiteral("36")));
    }

    void ageLimits_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("maxAge");
        QTest::addColumn<bool>("passes");
        QTest::newRow("17, a day short of 18") << kToday.addYears(-18).addDays(1) << 60 << false;
        QTest::newRow("18 today") << kToday.addYears(-18) << 60 << true;
        QTest::newRow("60") << kToday.addYears(-61).addDays(1) << 60 << true;
        QTest::newRow("61 today") << kToday.addYears(-61) << 60 << false;
        QTest::newRow("56 with limit 55") << kToday.addYears(-56) << 55 << false;
    }

    void ageLimits()
    {
        QFETCH(QDate, birth);
        QFETCH(int, maxAge);
        QFETCH(bool, passes);
        ApplicantFacts f = complete();
        f.idNumber = idFor(u"341221", birth);
        f.declaredBirthDate = birth;
        CheckLimits limits;
        limits.maxAge = maxAge;
        QCOMPARE(stateOf(f, QStringLiteral("age"), limits), passes ? CheckState::Passed : CheckState::Failed);
    }

    void minimumAgeNeverBelowAdult()
    {
        ApplicantFacts f = complete();
        f.idNumber = idFor(u"341221", kToday.addYears(-17));
        f.declaredBirthDate = {};
        CheckLimits limits;
        limits.minAge = 16; // a misconfigured office still gets adults only
        QCOMPARE(stateOf(f, QStringLiteral("age"), limits), CheckState::Failed);
    }

    void healthCertificateWindow_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("state");
        QTest::newRow("expired yesterday") << -1 << int(CheckState::Failed);
        QTest::newRow("last day today") << 0 << int(CheckState::Failed);
        QTest::newRow("29 days") << 29 << int(CheckState::Failed);
        QTest::newRow("30 days") << 30 << int(CheckState::Passed);
        QTest::newRow("31 days") << 31 << int(CheckState::Passed);
    }

    void healthCertificateWindow()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, state);
        ApplicantFacts f = complete();
        setHealthEnd(f, kToday.addDays(daysLeft));
        const ProviderCheck c = find(runProviderChecks(f, kToday), QStringLiteral("health_certificate"));
        QCOMPARE(int(c.state), state);
        QCOMPARE(c.severity, CheckSeverity::Hard);
        QVERIFY(c.message.contains(kToday.addDays(daysLeft).toString(Qt::ISODate)));
    }

    void healthCertificateMissingOrRejected()
    {
        ApplicantFacts f = complete();
        f.credentials.removeAt(1);
        QCOMPARE(stateOf(f, QStringLiteral("health_certificate")), CheckState::Missing);
        f.credentials.append({CredentialFacts::Type::HealthCertificate, {}, kToday, kToday.addYears(1), CredentialFacts::Review::Rejected});
        QCOMPARE(stateOf(f, QStringLiteral("health_certificate")), CheckState::Failed);
        // A renewal next to an expired one: the newer one speaks.
        ApplicantFacts g = complete();
        g.credentials.append({CredentialFacts::Type::HealthCertificate, {}, kToday.addYears(-2), kToday.addYears(-1), CredentialFacts::Review::Approved});
        QCOMPARE(stateOf(g, QStringLiteral("health_certificate")), CheckState::Passed);
    }

    // Which credential speaks when several of a kind are on file: the one
    // valid today, not the one that ends last.
    void theCredentialValidTodaySpeaks_data()
    {
        using R = CredentialFacts::Review;
        QTest::addColumn<QList<CredentialFacts>>("health");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("mentions");
        const auto hc = [](QDate from, QDate to, R review) {
            return CredentialFacts{CredentialFacts::Type::HealthCertificate, {}, from, to, review};
        };
        const QDate currentEnd = kToday.addDays(200);
        QTest::newRow("a renewal starting later does not hide today's certificate")
            << QList<CredentialFacts>{hc(kToday.addDays(-165), currentEnd, R::Approved), hc(kToday.addDays(150), kToday.addDays(515), R::Pending)}
            << int(CheckState::Passed) << currentEnd.toString(Qt::ISODate);
        QTest::newRow("the renewal listed first does not either")
            << QList<CredentialFacts>{hc(kToday.addDays(150), kToday.addDays(515), R::Pending), hc(kToday.addDays(-165), currentEnd, R::Approved)}
            << int(CheckState::Passed) << currentEnd.toString(Qt::ISODate);
        QTest::newRow("of two valid today, the one valid longer")
            << QList<CredentialFacts>{hc(kToday.addDays(-300), kToday.addDays(20), R::Approved), hc(kToday.addDays(-5), kToday.addDays(360), R::Pending)}
            << int(CheckState::Passed) << kToday.addDays(360).toString(Qt::ISODate);
        QTest::newRow("expired, renewal not started yet: says when it starts")
            << QList<CredentialFacts>{hc(kToday.addDays(-400), kToday.addDays(-35), R::Approved), hc(kToday.addDays(3), kToday.addDays(368), R::Pending)}
            << int(CheckState::Failed) << kToday.addDays(3).toString(Qt::ISODate);
        QTest::newRow("of two future ones, the one starting first")
            << QList<CredentialFacts>{hc(kToday.addDays(40), kToday.addDays(400), R::Pending), hc(kToday.addDays(3), kToday.addDays(368), R::Pending)}
            << int(CheckState::Failed) << kToday.addDays(3).toString(Qt::ISODate);
        QTest::newRow("only expired ones: the one that ended last")
            << QList<CredentialFacts>{hc(kToday.addDays(-800), kToday.addDays(-435), R::Approved), hc(kToday.addDays(-400), kToday.addDays(-35), R::Approved)}
            << int(CheckState::Failed) << kToday.addDays(-35).toString(Qt::ISODate);
        QTest::newRow("a rejected one valid today does not count")
            << QList<CredentialFacts>{hc(kToday.addDays(-10), kToday.addDays(355), R::Rejected), hc(kToday.addDays(-400), kToday.addDays(-35), R::Approved)}
            << int(CheckState::Failed) << kToday.addDays(-35).toString(Qt::ISODate);
        QTest::newRow("an open end beats a dated one")
            << QList<CredentialFacts>{hc(kToday.addDays(-10), kToday.addDays(10), R::Approved), hc(kToday.addDays(-10), QDate(), R::Pending)}
            << int(CheckState::Passed) << QString();
    }

    void theCredentialValidTodaySpeaks()
    {
        QFETCH(QList<CredentialFacts>, health);
        QFETCH(int, state);
        QFETCH(QString, mentions);
        ApplicantFacts f = complete();
        f.credentials.removeAt(1);
        f.credentials.append(health);
        const ProviderCheck c = find(runProviderChecks(f, kToday), QStringLiteral("health_certificate"));
        QCOMPARE(int(c.state), state);
        QVERIFY2(c.message.contains(mentions), qPrintable(c.message));
    }

    void aQualificationRenewalDoesNotHideTheCurrentLicence()
    {
        ApplicantFacts f = complete();
        // The current licence (valid to 2029) and a renewal from 2028 on: still valid today.
        f.credentials.append({CredentialFacts::Type::Qualification, QStringLiteral("electrician"), QDate(2028, 6, 1), QDate(2034, 6, 1),
                              CredentialFacts::Review::Pending});
        ProviderCheck c = find(runProviderChecks(f, kToday), QStringLiteral("qualification.electrician"));
        QCOMPARE(c.state, CheckState::Passed);
        QVERIFY2(c.message.contains(QStringLiteral("2029-01-01")), qPrintable(c.message));
        // Without the current one, the renewal says when it starts.
        f.credentials.removeAt(2);
        c = find(runProviderChecks(f, kToday), QStringLiteral("qualification.electrician"));
        QCOMPARE(c.state, CheckState::Failed);
        QVERIFY2(c.message.contains(QStringLiteral("2028-06-01")), qPrintable(c.message));
    }

    void qualificationPerSkill()
    {
        ApplicantFacts f = complete();
        f.credentials.removeLast(); // no electrician licence
        const auto checks = runProviderChecks(f, kToday);
        const ProviderCheck c = find(checks, QStringLiteral("qualification.electrician"));
        QCOMPARE(c.state, CheckState::Missing);
        QCOMPARE(c.severity, CheckSeverity::Hard);
        QVERIFY(c.message.contains(QStringLiteral("电路维修")));
        QVERIFY(approvalBlocked(checks));
        // Expired.
        f.credentials.append({CredentialFacts::Type::Qualification, QStringLiteral("electrician"), QDate(2020, 1, 1), kToday.addDays(-1),
                              CredentialFacts::Review::Approved});
        QCOMPARE(stateOf(f, QStringLiteral("qualification.electrician")), CheckState::Failed);
        // A skill that needs nothing has no check at all.
        f.skills.removeLast();
        QCOMPARE(find(runProviderChecks(f, kToday), QStringLiteral("qualification.electrician")).key, QStringLiteral("<absent>"));
        QVERIFY(!approvalBlocked(runProviderChecks(f, kToday)));
    }

    void backgroundCheck_data()
    {
        QTest::addColumn<QString>("result"); // empty: none recorded
        QTest::addColumn<int>("state");
        QTest::newRow("none") << QString() << int(CheckState::Missing);
        QTest::newRow("pending") << QStringLiteral("pending") << int(CheckState::Missing);
        QTest::newRow("flagged") << QStringLiteral("flagged") << int(CheckState::Failed);
        QTest::newRow("clear") << QStringLiteral("clear") << int(CheckState::Passed);
    }

    void backgroundCheck()
    {
        QFETCH(QString, result);
        QFETCH(int, state);
        ApplicantFacts f = complete();
        f.backgroundCheck = result.isEmpty() ? std::nullopt : stateFromKey<BackgroundCheckResult>(result);
        QVERIFY(result.isEmpty() || f.backgroundCheck);
        const auto checks = runProviderChecks(f, kToday);
        QCOMPARE(int(find(checks, QStringLiteral("background_check")).state), state);
        QCOMPARE(approvalBlocked(checks), state != int(CheckState::Passed));
        QCOMPARE(blockingMessages(checks).size(), state != int(CheckState::Passed) ? 1 : 0);
    }

    void regionTableIsSortedAndWellFormed()
    {
        const auto counties = knownCounties();
        QVERIFY(counties.size() > 50);
        for (size_t i = 0; i < counties.size(); ++i) {
            const QString code = QString::fromUtf16(counties[i].code);
            QCOMPARE(code.size(), 6);
            QVERIFY2(!provinceNameOf(code).isEmpty(), qPrintable(code));
            QVERIFY2(QString::fromUtf16(counties[i].name).startsWith(provinceNameOf(code).left(2)), qPrintable(code));
            if (i > 0)
                QVERIFY2(QStringView(counties[i - 1].code) < QStringView(counties[i].code), qPrintable(code));
            QCOMPARE(findCounty(code), &counties[i]);
        }
        QCOMPARE(regionName(u"310104"), QStringLiteral("上海市徐汇区"));
        QCOMPARE(regionName(u"329999"), QStringLiteral("江苏省"));
        QVERIFY(regionName(u"990000").isEmpty());
        QVERIFY(!findCounty(u"3101"));
    }

    void scanFormatsBySniffing()
    {
        QCOMPARE(sniffScan(QByteArrayView("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), std::optional(ScanFormat::Png));
        QCOMPARE(sniffScan(QByteArrayView("\xff\xd8\xff\xe0\0\x10JFIF", 10)), std::optional(ScanFormat::Jpeg));
        QCOMPARE(sniffScan(QByteArrayView("%PDF-1.7\n")), std::optional(ScanFormat::Pdf));
        QCOMPARE(sniffScan(QByteArrayView("GIF89a")), std::nullopt);
        QCOMPARE(sniffScan(QByteArrayView("MZ\x90\0", 4)), std::nullopt); // an .exe named scan.png
        QCOMPARE(sniffScan(QByteArrayView("\x89PN", 3)), std::nullopt);    // truncated
        QCOMPARE(sniffScan(QByteArrayView()), std::nullopt);
        QCOMPARE(scanMime(ScanFormat::Jpeg), QStringLiteral("image/jpeg"));
    }
};

QTEST_GUILESS_MAIN(TestProviderChecks)
#include "tst_providerchecks.moc"
