// The review queue, the provider directory and the expiring-credentials list:
// keyset pages, filters, order, masking by role, all under the model tester.
#include "itemmodels/applications_model.h"
#include "itemmodels/expiring_credentials_model.h"
#include "itemmodels/providers_model.h"
#include "provider_fixture.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace doorstep;
using namespace doorstep::itemmodels;
using namespace doorstep::services;

namespace {
void fetchAll(PagedTableModel &m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}

Session as(const Session &base, Role role)
{
    Session s = base;
    s.role = role;
    return s;
}
} // namespace

class TestProviderModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void applicationsQueue()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("m1.doorstep"));
        tests::ProviderFixture fx(*ws);
        struct Made { int i; qint64 app; };
        QList<Made> made;
        {
            store::Transaction tx(ws->store().db());
            for (int i = 0; i < 450; ++i) {
                QList<qint64> skills{fx.cleaning};
                if (i % 2 == 0)
                    skills.append(fx.electrical);
                const qint64 p = fx.provider(QStringLiteral("applicant"), QStringLiteral("申请人%1").arg(i), fx.validId(QDate(1990, 1, 1), i),
                                             skills, QStringLiteral("1391234%1").arg(i, 4, 10, QChar(u'0')), i % 4 == 0 ? fx.otherDistrict : 0);
                const QString state = i % 3 == 0 ? QStringLiteral("info_requested") : i % 3 == 1 ? QStringLiteral("new") : QStringLiteral("approved");
                made.append({i, fx.application(p, state, fx.now() - qint64(i + 1) * 3600)});
            }
            tx.commit();
        }
        const auto expected = [&](const std::function<bool(int)> &keep) {
            int n = 0;
            for (const Made &m : made)
                n += m.i % 3 != 2 && keep(m.i) ? 1 : 0;
            return n;
        };

        ApplicationsModel model(ws->store().db(), as(ws->session(), Role::Dispatcher), ws->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100); // a page, not the table
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int) { return true; }));
        QCOMPARE(model.matchingCount(), qint64(model.rowCount()));
        // Longest waiting first: 448 is the oldest open one (449 is approved).
        QCOMPARE(model.index(0, ApplicationsModel::Name).data().toString(), QStringLiteral("申请人448"));
        QCOMPARE(model.index(0, ApplicationsModel::Waiting).data().toInt(), 449 / 24);
        QCOMPARE(model.index(0, ApplicationsModel::Waiting).data(PagedTableModel::SortRole).toLongLong(), 449 * 3600);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, ApplicationsModel::Submitted).data(PagedTableModel::SortRole).toLongLong()
                    <= model.index(r, ApplicationsModel::Submitted).data(PagedTableModel::SortRole).toLongLong());
        QCOMPARE(model.index(0, 0).data(PagedTableModel::IdRole).toLongLong(), made.at(448).app);
        QCOMPARE(model.providerIdAt(0), model.index(0, 0).data(ApplicationsModel::ProviderIdRole).toLongLong());
        QCOMPARE(model.index(0, ApplicationsModel::Phone).data().toString(), QStringLiteral("139****0448"));
        QCOMPARE(model.index(0, ApplicationsModel::Phone).data(PagedTableModel::SortRole).toString(), QStringLiteral("139****0448"));
        QVERIFY(model.index(0, ApplicationsModel::Skills).data().toString().contains(QStringLiteral("电路维修")));

        model.setSkill(fx.electrical);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int i) { return i % 2 == 0; }));
        model.setSkill(0);
        model.setDistrict(fx.otherDistrict);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int i) { return i % 4 == 0; }));
        model.setDistrict(0);
        model.setWaitingLongerThanDays(10);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int i) { return i + 1 >= 240; }));
        // Three days later on the one clock, without a new model: everyone has waited 72 hours more.
        ws->services().setClock([] { return tests::ProviderFixture::now() + 3 * 86400; });
        model.reload();
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int i) { return i + 1 + 72 >= 240; }));
        QCOMPARE(model.index(0, ApplicationsModel::Waiting).data().toInt(), (449 + 72) / 24);
        ws->services().setClock([] { return tests::ProviderFixture::now(); });
        model.setWaitingLongerThanDays(0);
        model.setSearch(QStringLiteral("申请人44"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected([](int i) { return i == 44 || (i >= 440 && i <= 449); }));
        model.setSearch(QStringLiteral("0447"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        model.setStates({QStringLiteral("approved")});
        fetchAll(model);
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.index(0, ApplicationsModel::State).data().toString(), QStringLiteral("Approved"));
        model.setStates({});
        fetchAll(model);
        QCOMPARE(model.rowCount(), 450);

        // A supervisor, who may reveal the number, still gets it masked in the
        // list (display and sort key): revealing is the review page's audited action.
        ApplicationsModel full(ws->store().db(), as(ws->session(), Role::Supervisor), ws->clock());
        QAbstractItemModelTester fullTester(&full, QAbstractItemModelTester::FailureReportingMode::QtTest);
        full.reload();
        QCOMPARE(full.index(0, ApplicationsModel::Phone).data().toString(), QStringLiteral("139****0448"));
        QCOMPARE(full.index(0, ApplicationsModel::Phone).data(PagedTableModel::SortRole).toString(), QStringLiteral("139****0448"));
        // Searching by the digits still finds the applicant.
        full.setSearch(QStringLiteral("13912340448"));
        QCOMPARE(full.rowCount(), 1);
    }

    void providerDirectory()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("m2.doorstep"));
        tests::ProviderFixture fx(*ws);
        auto &db = ws->store().db();
        {
            store::Transaction tx(db);
            static const QString statuses[] = {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("deactivated")};
            for (int i = 0; i < 300; ++i) {
                const qint64 p = fx.provider(statuses[i % 3], QStringLiteral("师傅%1").arg(i, 3, 10, QChar(u'0')), fx.validId(QDate(1980, 1, 1), i),
                                             i % 2 ? QList<qint64>{fx.cleaning} : QList<qint64>{fx.cleaning, fx.electrical},
                                             QStringLiteral("1381234%1").arg(i, 4, 10, QChar(u'0')), i % 5 == 0 ? fx.otherDistrict : 0);
                db.run("UPDATE providers SET rating_avg_x100 = ?, rating_count = ?, points = ? WHERE id = ?", 300 + (i * 7) % 200, i % 10, (i * 13) % 90 - 20, p);
            }
            tx.commit();
        }
        ProvidersModel model(db, as(ws->session(), Role::Dispatcher));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(64);
        model.reload();
        QCOMPARE(model.rowCount(), 64);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(0, ProvidersModel::Name).data().toString(), QStringLiteral("师傅000"));
        QCOMPARE(model.index(299, ProvidersModel::Name).data().toString(), QStringLiteral("师傅299"));
        // Masked for a dispatcher, in the display and the sort key alike.
        const QString id = model.index(0, ProvidersModel::IdNumber).data().toString();
        QVERIFY2(id.contains(QStringLiteral("********")) && id.startsWith(QStringLiteral("310104")), qPrintable(id));
        QVERIFY(model.index(0, ProvidersModel::IdNumber).data(PagedTableModel::SortRole).toString().contains(u'*'));
        QVERIFY(model.index(0, ProvidersModel::Phone).data().toString().contains(QStringLiteral("****")));

        model.setOrder(ProvidersModel::Order::ByRating);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 300);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, ProvidersModel::Rating).data(PagedTableModel::SortRole).toInt()
                    >= model.index(r, ProvidersModel::Rating).data(PagedTableModel::SortRole).toInt());
        model.setOrder(ProvidersModel::Order::ByPoints);
        fetchAll(model);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, ProvidersModel::Points).data(PagedTableModel::SortRole).toInt()
                    >= model.index(r, ProvidersModel::Points).data(PagedTableModel::SortRole).toInt());

        const auto countWhere = [&](const QByteArray &where) { return db.scalar("SELECT count(*) FROM providers p WHERE " + where).toInt(); };
        model.setMinRatingX100(450);
        fetchAll(model);
        QCOMPARE(model.rowCount(), countWhere("rating_avg_x100 >= 450"));
        QVERIFY(model.rowCount() > 0);
        model.setMinRatingX100(0);
        model.setMinPoints(50);
        fetchAll(model);
        QCOMPARE(model.rowCount(), countWhere("points >= 50"));
        model.setMinPoints(std::nullopt);
        model.setStatus(QStringLiteral("suspended"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, ProvidersModel::Status).data().toString(), QStringLiteral("Suspended"));
        QCOMPARE(model.index(0, 0).data(ProvidersModel::StatusKeyRole).toString(), QStringLiteral("suspended"));
        model.setStatus(QString());
        model.setSkill(fx.electrical);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 150);
        model.setSkill(0);
        model.setDistrict(fx.otherDistrict);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.matchingCount(), qint64(60));
        model.setDistrict(0);
        model.setSearch(QStringLiteral("师傅29"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 10); // 师傅290 .. 师傅299
        model.setSearch(QString());
        // Even an administrator gets masked numbers in the list, display and sort key alike.
        const qint64 audits = tests::count(*ws, "audit_log");
        ProvidersModel full(db, ws->session());
        QAbstractItemModelTester fullTester(&full, QAbstractItemModelTester::FailureReportingMode::QtTest);
        full.reload();
        QVERIFY(full.index(0, ProvidersModel::IdNumber).data().toString().contains(QStringLiteral("********")));
        QVERIFY(full.index(0, ProvidersModel::IdNumber).data(PagedTableModel::SortRole).toString().contains(u'*'));
        QVERIFY(full.index(0, ProvidersModel::Phone).data().toString().contains(QStringLiteral("****")));
        QCOMPARE(tests::count(*ws, "audit_log"), audits); // nothing was revealed, so nothing to audit

        // Open deactivation flags, across providers.
        QCOMPARE(model.openFlagsCount(), qint64(0));
        const QList<qint64> flagged{model.idAt(3), model.idAt(7)};
        for (qint64 p : flagged)
            for (const char *kind : {"low_rating", "assessment_failed_twice"})
                db.run("INSERT INTO provider_flags(id, provider_id, kind, detail, raised_at) VALUES (?, ?, ?, '评分过低', ?)", fx.newId(), p,
                       QString::fromLatin1(kind), fx.now());
        db.run("INSERT INTO provider_flags(id, provider_id, kind, detail, raised_at, state) VALUES (?, ?, 'low_rating', '已处理', ?, 'overridden')",
               fx.newId(), model.idAt(5), fx.now());
        QCOMPARE(model.openFlagsCount(), qint64(2));
        model.setOpenFlagsOnly(true);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.matchingCount(), qint64(2));
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(flagged.contains(model.idAt(r)));
            QCOMPARE(model.index(r, 0).data(ProvidersModel::OpenFlagsRole).toInt(), 2);
            QVERIFY(model.index(r, ProvidersModel::Status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 open deactivation flag")));
        }
        model.setOpenFlagsOnly(false);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 300);
    }

    // A row whose state the schema would refuse fails the page with a message
    // naming the row (the pages show it), instead of showing a guessed state.
    void anUnknownStoredStateFailsThePage()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("m4.doorstep"));
        tests::ProviderFixture fx(*ws);
        auto &db = ws->store().db();
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("钱师傅"), fx.validId(), {fx.cleaning});
        db.exec("PRAGMA ignore_check_constraints = ON");
        db.run("UPDATE providers SET status = 'on_holiday' WHERE id = ?", p);
        db.exec("PRAGMA ignore_check_constraints = OFF");
        ProvidersModel model(db, ws->session());
        QStringList failures;
        connect(&model, &ProvidersModel::loadFailed, this, [&](const QString &message) { failures.append(message); });
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(u"providers.status") && failures.first().contains(QString::number(p))
                     && failures.first().contains(u"\"on_holiday\""),
                 qPrintable(failures.first()));
    }

    void expiringCredentials()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("m3.doorstep"));
        tests::ProviderFixture fx(*ws);
        const QDate today = fx.today();
        QList<qint64> expectedOrder;
        const auto active = [&](const QString &name, int healthDays) {
            const qint64 p = fx.provider(QStringLiteral("active"), name, fx.validId(QDate(1988, 8, 8), int(fx.newId() % 900)), {fx.cleaning});
            return std::pair{p, fx.credential(p, QStringLiteral("health_certificate"), today.addYears(-1), today.addDays(healthDays), QStringLiteral("approved"))};
        };
        const auto [pExpired, cExpired] = active(QStringLiteral("过期"), -5);
        const auto [pSoon, cSoon] = active(QStringLiteral("快到期"), 3);
        const auto [pEdge, cEdge] = active(QStringLiteral("三十天"), 30);
        const auto [pLater, cLater] = active(QStringLiteral("很久"), 31);
        Q_UNUSED(pExpired); Q_UNUSED(pSoon); Q_UNUSED(pEdge); Q_UNUSED(cLater);
        // Renewed: the old certificate needs no action.
        const auto [pRenewed, cOld] = active(QStringLiteral("已续期"), 2);
        fx.credential(pRenewed, QStringLiteral("health_certificate"), today, today.addYears(1), QStringLiteral("approved"));
        Q_UNUSED(cOld);
        // An ID card expiring in 10 days: its number is personal data.
        const qint64 cId = fx.credential(pLater, QStringLiteral("id_card"), QDate(2016, 1, 1), today.addDays(10), QStringLiteral("approved"));
        // Applicants and deactivated providers are not the office's concern here.
        const qint64 applicant = fx.completeApplicant();
        fx.credential(applicant, QStringLiteral("health_certificate"), today.addYears(-1), today.addDays(2), QStringLiteral("approved"));
        const auto [pGone, cGone] = active(QStringLiteral("已停用"), 1);
        Q_UNUSED(cGone);
        ws->store().db().run("UPDATE providers SET status = 'deactivated' WHERE id = ?", pGone);
        expectedOrder = {cExpired, cSoon, cId, cEdge};

        ExpiringCredentialsModel model(ws->store().db(), as(ws->session(), Role::Dispatcher), ws->clock()); // on fx.today()
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        fetchAll(model);
        QList<qint64> got;
        for (int r = 0; r < model.rowCount(); ++r)
            got.append(model.index(r, 0).data(PagedTableModel::IdRole).toLongLong());
        QCOMPARE(got, expectedOrder);
        QCOMPARE(model.matchingCount(), qint64(4));
        QCOMPARE(model.index(0, ExpiringCredentialsModel::DaysLeft).data(PagedTableModel::SortRole).toLongLong(), -5);
        QCOMPARE(model.index(0, ExpiringCredentialsModel::DaysLeft).data().toString(), QStringLiteral("expired 5 day(s) ago"));
        QCOMPARE(model.index(1, ExpiringCredentialsModel::DaysLeft).data().toString(), QStringLiteral("in 3 day(s)"));
        QCOMPARE(model.index(0, ExpiringCredentialsModel::Credential).data().toString(), QStringLiteral("Health certificate"));
        QVERIFY(model.index(2, ExpiringCredentialsModel::Number).data().toString().contains(QStringLiteral("********")));
        QCOMPARE(model.index(2, 0).data(ExpiringCredentialsModel::ProviderIdRole).toLongLong(), pLater);

        model.setIncludeExpired(false);
        QCOMPARE(model.index(0, 0).data(PagedTableModel::IdRole).toLongLong(), cSoon);
        model.setType(QStringLiteral("id_card"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        model.setType(QString());
        model.setWithinDays(7);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1); // cSoon only
        // Four days on (the one clock moved), the 7-day window reaches the ID card's
        // 10th day and cSoon has lapsed out of "expiring".
        ws->services().setClock([] { return tests::ProviderFixture::now() + 4 * 86400; });
        model.reload();
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(PagedTableModel::IdRole).toLongLong(), cId);
        QCOMPARE(model.index(0, ExpiringCredentialsModel::DaysLeft).data(PagedTableModel::SortRole).toLongLong(), 6);
        ws->services().setClock([] { return tests::ProviderFixture::now(); });

        // Masked for a supervisor too: lists never unmask.
        ExpiringCredentialsModel full(ws->store().db(), as(ws->session(), Role::Supervisor), ws->clock());
        QAbstractItemModelTester fullTester(&full, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(full);
        QVERIFY(full.index(2, ExpiringCredentialsModel::Number).data().toString().contains(QStringLiteral("********")));
    }
};

QTEST_GUILESS_MAIN(TestProviderModels)
#include "tst_providermodels.moc"
