// Office settings: one declaration per setting, read and written through
// OfficeSettings / SettingsService. A stored value that is wrong is an error
// that names it, never a silent 0; sweeps fall back to the default and say so.
#include "services/auto_dispatch_settings.h"
#include "services/dispatch_day.h"
#include "services/order_timeout_service.h"
#include "services/settings_service.h"
#include "store/sqlite.h"
#include "test_store.h"

#include <QSet>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    void store(const Setting &s, const QString &text)
    {
        m_ws->store().db().run("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, 0)", s.keyText(), text);
    }
    void forget(const Setting &s) { m_ws->store().db().run("DELETE FROM settings WHERE key = ?", s.keyText()); }

private slots:
    void initTestCase() { m_ws = tests::makeWorkspace(m_dir); }

    void everySettingReadsItsDefault()
    {
        QSet<QString> keys;
        for (const Setting *s : allSettings()) {
            QVERIFY2(!keys.contains(s->keyText()), qPrintable(s->keyText()));
            keys.insert(s->keyText());
            QVERIFY(s->defaultValue >= s->min && s->defaultValue <= s->max);
            QVERIFY(!s->displayName().isEmpty());
            forget(*s);
            QCOMPARE(OfficeSettings(m_ws->services()).value(*s), s->defaultValue);
            QCOMPARE(findSetting(s->keyText()), s);
        }
        // The engines' own defaults are the settings' defaults.
        QCOMPARE(loadFeasibilityRules(OfficeSettings(m_ws->services())).speedKmh, dispatch::FeasibilityRules{}.speedKmh);
        QCOMPARE(loadAutoDispatchSettings(OfficeSettings(m_ws->services())).weights.unassignedPenalty,
                 dispatch::autodispatch::ObjectiveWeights{}.unassignedPenalty);
        QCOMPARE(SettingsService(m_ws->services()).autoLockMinutes().value, 10.0);
        QCOMPARE(OrderTimeoutService(m_ws->services()).timeoutMinutes(), 30);
        QVERIFY(OfficeSettings(m_ws->services()).problems().isEmpty());
    }

    void aBadStoredValueIsAnErrorNamingIt()
    {
        store(settings::SpeedKmh, QStringLiteral("fast"));
        try {
            loadFeasibilityRules(OfficeSettings(m_ws->services()));
            QFAIL("an unreadable speed was read");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
            QVERIFY2(e.message().contains(u"dispatch.speed_kmh") && e.message().contains(u"fast"), qPrintable(e.message()));
        }
        store(settings::SpeedKmh, QStringLiteral("500")); // parses, out of range
        QVERIFY_THROWS_EXCEPTION(ServiceError, loadFeasibilityRules(OfficeSettings(m_ws->services())));
        store(settings::MinRatedJobs, QStringLiteral("2.5")); // not whole
        const QStringList problems = OfficeSettings(m_ws->services()).problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(1).contains(u"2.5"));
        forget(settings::SpeedKmh);
        forget(settings::MinRatedJobs);
        QVERIFY(OfficeSettings(m_ws->services()).problems().isEmpty());
    }

    void sweepsFallBackToTheDefaultAndSaySo()
    {
        // Auto-lock is never switched off by a value that fails to parse.
        store(settings::AutoLockMinutes, QStringLiteral("ten"));
        const SettingRead lock = SettingsService(m_ws->services()).autoLockMinutes();
        QCOMPARE(lock.value, 10.0);
        QVERIFY(lock.problem.contains(u"auto_lock_minutes"));
        QVERIFY(lock.problem.contains(u"ten"));
        store(settings::AcceptTimeoutMinutes, QStringLiteral("-5"));
        QCOMPARE(OrderTimeoutService(m_ws->services()).timeoutMinutes(), 30);
        QCOMPARE(OfficeSettings(m_ws->services()).problems().size(), 2);
        // Saving a good value replaces the bad one.
        SettingsService(m_ws->services()).setAutoLockMinutes(10);
        SettingsService(m_ws->services()).set(settings::AcceptTimeoutMinutes, 30);
        QVERIFY(OfficeSettings(m_ws->services()).problems().isEmpty());
    }

    void writingOutOfRangeIsRefusedAndWritesNothing()
    {
        SettingsService writer(m_ws->services());
        const qint64 audits = tests::count(*m_ws, "audit_log");
        QVERIFY_THROWS_EXCEPTION(ServiceError, writer.setAutoLockMinutes(241));
        QVERIFY_THROWS_EXCEPTION(ServiceError, writer.setValue(QStringLiteral("orders.accept_timeout_minutes"), QStringLiteral("soon")));
        QVERIFY_THROWS_EXCEPTION(ServiceError, writer.setValue(QStringLiteral("no.such_key"), QStringLiteral("1")));
        // Several values: all or none.
        QVERIFY_THROWS_EXCEPTION(ServiceError, writer.set({{&settings::SpeedKmh, 30}, {&settings::RoadFactor, 0.5}}));
        QCOMPARE(OfficeSettings(m_ws->services()).value(settings::SpeedKmh), settings::SpeedKmh.defaultValue);
        QCOMPARE(tests::count(*m_ws, "audit_log"), audits);

        writer.set({{&settings::SpeedKmh, 30}, {&settings::RoadFactor, 1.5}});
        QCOMPARE(tests::count(*m_ws, "audit_log"), audits + 1);
        QCOMPARE(loadFeasibilityRules(OfficeSettings(m_ws->services())).roadFactor, 1.5);
        writer.set(settings::SpeedKmh, 30); // unchanged: nothing written
        QCOMPARE(tests::count(*m_ws, "audit_log"), audits + 1);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
