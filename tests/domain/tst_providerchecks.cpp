// The onboarding checklist: every rule, its boundaries, hard versus soft;
// the region table; scan formats by their first bytes.
#include "domain/idnumber.h"
#include "domain/provider_checks.h"
#include "domain/regions.h"
#include "domain/scan_format.h"

#include <QTest>

using namespace doorstep::domain;

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
    f.backgroundCheck = QStringLiteral("clear");
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
        f.backgroundCheck = result.isEmpty() ? std::nullopt : std::optional<QString>(result);
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
