// doorstep-cli as scripts and support staff use it: exit codes, messages,
// passwords on standard input, verify naming the first broken link,
// backup and restore.
#include "services/customer_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include "../support/child_process.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace doorstep;

namespace {
using Run = tests::ChildRun;

Run cli(const QStringList &args, const QByteArray &input = {})
{
    return tests::runChild(QStringLiteral(DOORSTEP_CLI), args, input);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString m_store;

private slots:
    void initTestCase()
    {
        m_store = file(QStringLiteral("office.doorstep"));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--admin"), QStringLiteral("boss"),
                           QStringLiteral("--office"), QStringLiteral("静安店"), QStringLiteral("--password-stdin")},
                          "boss-password\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("created")));
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).code, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 1);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        // Every command's summary starts in one column, clear of the longest name.
        const QString listed = help.out.section(QStringLiteral("commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QSet<qsizetype> summaryColumns;
        for (const QString &line : listed.split(u'\n', Qt::SkipEmptyParts)) {
            const QString name = line.trimmed().section(u' ', 0, 0);
            QVERIFY2(line.mid(2 + name.size(), 2) == QStringLiteral("  "), qPrintable(line));
            summaryColumns.insert(line.size() - line.mid(2 + name.size()).trimmed().size());
        }
        QCOMPARE(summaryColumns.size(), 1);
        QVERIFY(listed.contains(QStringLiteral("rebuild-rollups  recompute")));
        const Run noPassword = cli({QStringLiteral("verify"), QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("boss")});
        QCOMPARE(noPassword.code, 1);
        QVERIFY(noPassword.err.contains(QStringLiteral("--password-stdin")));
        // Initialising over an existing file is refused and leaves it alone.
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--admin"), QStringLiteral("x"),
                               QStringLiteral("--password-stdin")}, "another-password\n");
        QCOMPARE(again.code, 6);
    }

    void authenticationFailures()
    {
        const QStringList verify{QStringLiteral("verify"), QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("boss"),
                                 QStringLiteral("--password-stdin")};
        const Run wrong = cli(verify, "not-it\n");
        QCOMPARE(wrong.code, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("password is wrong")));
        QStringList unknown = verify;
        unknown[4] = QStringLiteral("nobody");
        QCOMPARE(cli(unknown, "boss-password\n").code, 2);
        QStringList missing = verify;
        missing[2] = file(QStringLiteral("missing.doorstep"));
        QCOMPARE(cli(missing, "boss-password\n").code, 3);
        const Run ok = cli(verify, "boss-password\n");
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("store OK")), qPrintable(ok.out));
        // A long verification says which part runs, in order, on standard error.
        const qsizetype pages = ok.err.indexOf(QStringLiteral("checking every page"));
        const qsizetype chain = ok.err.indexOf(QStringLiteral("audit log's hash chain"));
        const qsizetype rollups = ok.err.indexOf(QStringLiteral("statistics rollups"));
        QVERIFY2(pages >= 0 && chain > pages && rollups > chain, qPrintable(ok.err));
    }

    void usersAddListPasswdRemove()
    {
        const QStringList base{QStringLiteral("users"), QString(), QStringLiteral("--store"), m_store, QStringLiteral("--user"),
                               QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        auto users = [&](const QString &action, const QStringList &extra, const QByteArray &in) {
            QStringList a = base;
            a[1] = action;
            return cli(a + extra, in);
        };
        QCOMPARE(users(QStringLiteral("add"), {QStringLiteral("--name"), QStringLiteral("li.na"), QStringLiteral("--role"), QStringLiteral("service_agent"),
                                               QStringLiteral("--display-name"), QStringLiteral("李娜")}, "boss-password\nlina-password\n").code, 0);
        QCOMPARE(users(QStringLiteral("add"), {QStringLiteral("--name"), QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("emperor")},
                       "boss-password\nxy-password1\n").code, 1);
        const Run list = users(QStringLiteral("list"), {}, "boss-password\n");
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("li.na")));
        QVERIFY(list.out.contains(QStringLiteral("service_agent")));
        QCOMPARE(users(QStringLiteral("passwd"), {QStringLiteral("--name"), QStringLiteral("li.na")}, "boss-password\nlina-new-password\n").code, 0);
        QVERIFY(store::Store::open(m_store, QStringLiteral("li.na"), QStringLiteral("lina-new-password")));
        // A service agent may not manage accounts: exit 5, nothing changed.
        QStringList asAgent = base;
        asAgent[1] = QStringLiteral("remove");
        asAgent[5] = QStringLiteral("li.na");
        QCOMPARE(cli(asAgent + QStringList{QStringLiteral("--name"), QStringLiteral("boss")}, "lina-new-password\n").code, 5);
        QCOMPARE(users(QStringLiteral("remove"), {QStringLiteral("--name"), QStringLiteral("li.na")}, "boss-password\n").code, 0);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::Store::open(m_store, QStringLiteral("li.na"), QStringLiteral("lina-new-password")));
    }

    void removeRotatesTheDataKeyUnlessDeferred()
    {
        const QStringList auth{QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("boss"),
                               QStringLiteral("--password-stdin")};
        const auto add = [&](const QString &name) {
            return cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                   QStringLiteral("--role"), QStringLiteral("dispatcher")} + auth,
                       "boss-password\n" + name.toUtf8() + "-password\n").code;
        };
        const auto rotations = [&] {
            auto s = store::Store::open(m_store, QStringLiteral("boss"), QStringLiteral("boss-password"));
            return s->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'store.rekey'").toLongLong();
        };
        QCOMPARE(add(QStringLiteral("temp.one")), 0);
        QCOMPARE(add(QStringLiteral("temp.two")), 0);
        const qint64 before = rotations();

        const Run removed = cli(QStringList{QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--name"),
                                            QStringLiteral("temp.one")} + auth, "boss-password\n");
        QCOMPARE(removed.code, 0);
        QVERIFY2(removed.out.contains(QStringLiteral("re-encrypted")), qPrintable(removed.out));
        QVERIFY(removed.out.contains(QStringLiteral("temp.one")));
        QVERIFY(removed.err.contains(QStringLiteral("re-encrypting: 0 %")));
        QCOMPARE(rotations(), before + 1);

        const Run deferred = cli(QStringList{QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--name"),
                                             QStringLiteral("temp.two"), QStringLiteral("--defer-rekey")} + auth, "boss-password\n");
        QCOMPARE(deferred.code, 0);
        QVERIFY(deferred.out.contains(QStringLiteral("due for rotation")));
        QCOMPARE(rotations(), before + 1);

        // Not while a console has the store open: exit 7, nothing changed.
        {
            auto console = store::Store::open(m_store, QStringLiteral("boss"), QStringLiteral("boss-password"));
            const Run busy = cli(QStringList{QStringLiteral("rekey")} + auth, "boss-password\n");
            QCOMPARE(busy.code, 7);
            QVERIFY2(busy.err.contains(QStringLiteral("open in another console")), qPrintable(busy.err));
            QVERIFY(!QFile::exists(m_store + QStringLiteral(".rekeying")));
        }
        // Only an administrator.
        QCOMPARE(add(QStringLiteral("temp.three")), 0);
        const Run notAdmin = cli({QStringLiteral("rekey"), QStringLiteral("--store"), m_store, QStringLiteral("--user"),
                                  QStringLiteral("temp.three"), QStringLiteral("--password-stdin")}, "temp.three-password\n");
        QCOMPARE(notAdmin.code, 5);
        const Run rekey = cli(QStringList{QStringLiteral("rekey")} + auth, "boss-password\n");
        QCOMPARE(rekey.code, 0);
        QVERIFY(rekey.out.contains(QStringLiteral("temp.two")));
        QCOMPARE(rotations(), before + 2);
        QVERIFY(store::Store::open(m_store, QStringLiteral("temp.three"), QStringLiteral("temp.three-password")));
    }

    void privacyRequests()
    {
        const QString path = file(QStringLiteral("privacy.doorstep"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--store"), path, QStringLiteral("--admin"), QStringLiteral("boss"),
                      QStringLiteral("--password-stdin")}, "boss-password\n").code, 0);
        qint64 customer = 0;
        {
            auto ws = services::Workspace::login(path, QStringLiteral("boss"), QStringLiteral("boss-password"));
            customer = services::CustomerService(ws->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0,
                                                                      QStringLiteral("漕溪北路88弄"), 0, 0, {}});
        }
        const QStringList login{QStringLiteral("--store"), path, QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        auto privacy = [&](const QStringList &args, const QByteArray &in = "boss-password\n") {
            return cli(QStringList{QStringLiteral("privacy")} + args + login, in);
        };
        // Export by phone: FILE.json and FILE.html.
        const Run exported = privacy({QStringLiteral("export"), QStringLiteral("--customer"), QStringLiteral("139-1234-5678"),
                                      QStringLiteral("--out"), file(QStringLiteral("request"))});
        QCOMPARE(exported.code, 0);
        QFile json(file(QStringLiteral("request.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(json.readAll()).contains(QStringLiteral("漕溪北路88弄")));
        QVERIFY(QFile::exists(file(QStringLiteral("request.html"))));
        // Usage: anonymising wants --yes; one person, named once.
        QCOMPARE(privacy({QStringLiteral("anonymise"), QStringLiteral("--customer"), QStringLiteral("13912345678")}).code, 1);
        QCOMPARE(privacy({QStringLiteral("export"), QStringLiteral("--out"), file(QStringLiteral("x"))}).code, 1);
        // Someone without the permission: exit 5.
        const QStringList addDispatcher{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("disp"),
                                        QStringLiteral("--role"), QStringLiteral("dispatcher")};
        QCOMPARE(cli(addDispatcher + login, "boss-password\ndisp-password\n").code, 0);
        QStringList asDispatcher = login;
        asDispatcher[3] = QStringLiteral("disp");
        const QStringList exportAgain{QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--customer"), QString::number(customer),
                                      QStringLiteral("--out"), file(QStringLiteral("nope"))};
        QCOMPARE(cli(exportAgain + asDispatcher, "disp-password\n").code, 5);
        QVERIFY(!QFile::exists(file(QStringLiteral("nope.json"))));
        // Withdraw marketing: there is none (only the service consent) -> refused, exit 6.
        QCOMPARE(privacy({QStringLiteral("withdraw-consent"), QStringLiteral("--customer"), QString::number(customer)}).code, 6);
        const Run erased = privacy({QStringLiteral("anonymise"), QStringLiteral("--customer"), QStringLiteral("13912345678"), QStringLiteral("--yes")});
        QCOMPARE(erased.code, 0);
        QVERIFY(erased.out.contains(QStringLiteral("anonymised customer")));
        // The phone no longer finds anyone; the second time is refused.
        QCOMPARE(privacy({QStringLiteral("anonymise"), QStringLiteral("--customer"), QStringLiteral("13912345678"), QStringLiteral("--yes")}).code, 6);
        QCOMPARE(privacy({QStringLiteral("anonymise"), QStringLiteral("--customer"), QString::number(customer), QStringLiteral("--yes")}).code, 6);
        // The sweep: nobody is three years old here.
        const Run due = privacy({QStringLiteral("retention-sweep"), QStringLiteral("--dry-run")});
        QCOMPARE(due.code, 0);
        QVERIFY2(due.out.startsWith(QStringLiteral("0 customer(s)")), qPrintable(due.out));
        const Run swept = privacy({QStringLiteral("retention-sweep")});
        QCOMPARE(swept.code, 0);
        QVERIFY2(swept.out.startsWith(QStringLiteral("anonymised 0 customer(s)")), qPrintable(swept.out));
    }

    // settings: what a script (packaging/demo_server.sh sim) reads and sets;
    // a write is the audited action the console's dialogs make.
    void settingsShowAndSet()
    {
        const QString path = file(QStringLiteral("settings.doorstep"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--store"), path, QStringLiteral("--admin"), QStringLiteral("boss"),
                      QStringLiteral("--password-stdin")}, "boss-password\n").code, 0);
        const QStringList asBoss{QStringLiteral("settings"), QStringLiteral("--store"), path, QStringLiteral("--user"),
                                 QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        const QString key = QStringLiteral("auto_dispatch.continuous");
        // Every setting, the default where none is stored.
        const Run all = cli(asBoss, "boss-password\n");
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains(key + QStringLiteral(" = 0\n")), qPrintable(all.out));
        QVERIFY(all.out.contains(QStringLiteral("auto_lock_minutes = 10\n")));
        // Set, then read back as one line.
        const Run set = cli(asBoss + QStringList{key, QStringLiteral("2")}, "boss-password\n");
        QCOMPARE(set.code, 0);
        QCOMPARE(set.out, key + QStringLiteral(" = 2\n"));
        QCOMPARE(cli(asBoss + QStringList{key}, "boss-password\n").out, key + QStringLiteral(" = 2\n"));
        {
            auto ws = services::Workspace::login(path, QStringLiteral("boss"), QStringLiteral("boss-password"));
            QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'settings.set'").toInt(), 1);
        }
        // Out of its range or not a number: refused (6), nothing written.
        const Run range = cli(asBoss + QStringList{key, QStringLiteral("3")}, "boss-password\n");
        QCOMPARE(range.code, 6);
        QVERIFY2(range.err.contains(key), qPrintable(range.err));
        QCOMPARE(cli(asBoss + QStringList{key, QStringLiteral("assign")}, "boss-password\n").code, 6);
        QCOMPARE(cli(asBoss + QStringList{key}, "boss-password\n").out, key + QStringLiteral(" = 2\n"));
        // A key nobody declared, or too many words: usage (1).
        QCOMPARE(cli(asBoss + QStringList{QStringLiteral("no.such_setting")}, "boss-password\n").code, 1);
        QCOMPARE(cli(asBoss + QStringList{key, QStringLiteral("1"), QStringLiteral("2")}, "boss-password\n").code, 1);
        // A role without the settings permission reads but may not set (5).
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--store"), path, QStringLiteral("--user"),
                      QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("li.na"), QStringLiteral("--role"),
                      QStringLiteral("service_agent"), QStringLiteral("--password-stdin")},
                     "boss-password\nlina-password\n").code, 0);
        QStringList asAgent = asBoss;
        asAgent[4] = QStringLiteral("li.na");
        QCOMPARE(cli(asAgent + QStringList{key}, "lina-password\n").code, 0);
        QCOMPARE(cli(asAgent + QStringList{key, QStringLiteral("0")}, "lina-password\n").code, 5);
    }

    void verifyNamesTheFirstBrokenLink()
    {
        const QString copy = file(QStringLiteral("tampered.doorstep"));
        QVERIFY(QFile::copy(m_store, copy));
        {
            auto s = store::Store::open(copy, QStringLiteral("boss"), QStringLiteral("boss-password"));
            s->db().run("UPDATE audit_log SET action = 'nothing.to.see' WHERE seq = 2");
        }
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--store"), copy, QStringLiteral("--user"), QStringLiteral("boss"),
                           QStringLiteral("--password-stdin")}, "boss-password\n");
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains(QStringLiteral("broken at entry 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
    }

    void backupAndRestore()
    {
        const QString backup = file(QStringLiteral("office-backup.doorstep"));
        const QStringList auth{QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--to"), backup} + auth, "boss-password\n").code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--to"), backup} + auth, "boss-password\n").code, 6);
        // Damage the live store, then restore over it.
        {
            QFile f(m_store);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() - 100));
        }
        QCOMPARE(cli(QStringList{QStringLiteral("verify"), QStringLiteral("--store"), m_store} + auth, "boss-password\n").code, 3);
        QCOMPARE(cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), m_store} + auth, "boss-password\n").code, 6);
        const Run restored = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), m_store,
                                             QStringLiteral("--force")} + auth, "boss-password\n");
        QCOMPARE(restored.code, 0);
        QVERIFY(QFile::exists(m_store + QStringLiteral(".before-restore")));
        QCOMPARE(cli(QStringList{QStringLiteral("verify"), QStringLiteral("--store"), m_store} + auth, "boss-password\n").code, 0);
        // A damaged backup is refused and the store is left alone.
        const QString bad = file(QStringLiteral("bad-backup.doorstep"));
        QVERIFY(QFile::copy(backup, bad));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 2000);
            f.write("garbage!");
        }
        const Run refused = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), bad, QStringLiteral("--store"), m_store,
                                            QStringLiteral("--force")} + auth, "boss-password\n");
        QVERIFY(refused.code == 4 || refused.code == 3);
        QCOMPARE(cli(QStringList{QStringLiteral("verify"), QStringLiteral("--store"), m_store} + auth, "boss-password\n").code, 0);
    }

    void restoreRefusesWhileTheStoreIsOpen()
    {
        // Another console has the store open: restore must not pull the file
        // from under it (before, it did, and deleted the store's WAL).
        const QString backup = file(QStringLiteral("office-backup.doorstep"));
        const QStringList auth{QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        auto console = store::Store::open(m_store, QStringLiteral("boss"), QStringLiteral("boss-password"));
        const Run refused = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), m_store,
                                            QStringLiteral("--force")} + auth, "boss-password\n");
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains(QStringLiteral("open in another console")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(m_store + QStringLiteral(".before-restore-2")));
        QVERIFY(!QFile::exists(m_store + QStringLiteral(".restoring")));
        QCOMPARE(console->db().scalar("SELECT count(*) FROM staff WHERE username = 'boss'").toInt(), 1);
    }

    void restoreKeepsTheReplacedStoreWholeAndIsAudited()
    {
        // A console that crashed leaves committed actions in the WAL only:
        // the kept store must still hold them (before, the WAL was deleted).
        const QString crashed = file(QStringLiteral("crashed.doorstep"));
        {
            auto console = store::Store::open(m_store, QStringLiteral("boss"), QStringLiteral("boss-password"));
            console->db().exec("PRAGMA wal_autocheckpoint = 0");
            console->db().run("INSERT INTO meta(key, value) VALUES ('only-in-the-wal', 'yes')");
            QVERIFY(QFile::copy(m_store, crashed));
            QVERIFY(QFile::copy(m_store + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
            console->db().run("DELETE FROM meta WHERE key = 'only-in-the-wal'");
        }
        const QString backup = file(QStringLiteral("office-backup.doorstep"));
        const QStringList auth{QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--password-stdin")};
        const Run restored = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), crashed,
                                             QStringLiteral("--force")} + auth, "boss-password\n");
        QCOMPARE(restored.code, 0);
        const QString kept = crashed + QStringLiteral(".before-restore");
        {
            auto old = store::Store::open(kept, QStringLiteral("boss"), QStringLiteral("boss-password"));
            QCOMPARE(old->db().scalar("SELECT value FROM meta WHERE key = 'only-in-the-wal'").toString(), QStringLiteral("yes"));
        }
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-wal")));
        QCOMPARE(QFile::permissions(crashed) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        {
            auto now = store::Store::open(crashed, QStringLiteral("boss"), QStringLiteral("boss-password"));
            QCOMPARE(now->db().scalar("SELECT count(*) FROM meta WHERE key = 'only-in-the-wal'").toInt(), 0);
            auto st = now->db().prepare("SELECT username, detail FROM audit_log WHERE action = 'store.restore'");
            QVERIFY(st.next());
            QCOMPARE(st.text(0), QStringLiteral("boss"));
            QVERIFY2(st.text(1).contains(QStringLiteral("office-backup.doorstep")) && st.text(1).contains(QStringLiteral("before-restore")),
                     qPrintable(st.text(1)));
        }
        QCOMPARE(cli(QStringList{QStringLiteral("verify"), QStringLiteral("--store"), crashed} + auth, "boss-password\n").code, 0);
        // Restoring again never overwrites the first kept store.
        QCOMPARE(cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), crashed,
                                 QStringLiteral("--force")} + auth, "boss-password\n").code, 0);
        QVERIFY(QFile::exists(crashed + QStringLiteral(".before-restore-2")));
        QVERIFY(store::Store::open(kept, QStringLiteral("boss"), QStringLiteral("boss-password")));
    }

    void restoreNeedsAnAdministrator()
    {
        // A manager may verify a store but not back it up, nor restore one
        // (before, verifying was all restore asked for).
        const QStringList add{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--store"), m_store, QStringLiteral("--user"),
                              QStringLiteral("boss"), QStringLiteral("--password-stdin"), QStringLiteral("--name"), QStringLiteral("wang.fang"),
                              QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--display-name"), QStringLiteral("王芳")};
        QCOMPARE(cli(add, "boss-password\nfang-password\n").code, 0);
        const QString backup = file(QStringLiteral("agent-backup.doorstep"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--to"), backup, QStringLiteral("--user"),
                      QStringLiteral("boss"), QStringLiteral("--password-stdin")}, "boss-password\n").code, 0);
        const QString target = file(QStringLiteral("agent-restored.doorstep"));
        const Run refused = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--store"), target,
                                 QStringLiteral("--user"), QStringLiteral("wang.fang"), QStringLiteral("--password-stdin")}, "fang-password\n");
        QCOMPARE(refused.code, 5);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
    }

    void vrptwCommand()
    {
        const QString instance = QStringLiteral(DOORSTEP_SOURCE_DIR "/tests/data/vrptw/instances/c1_2_1.txt");
        const Run r = cli({QStringLiteral("vrptw"), instance, QStringLiteral("--seconds"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        const QString last = r.out.trimmed().section(u'\n', -1);
        QVERIFY2(QRegularExpression(QStringLiteral("^vehicles=\\d+ distance=\\d+\\.\\d\\d feasible=yes$")).match(last).hasMatch(), qPrintable(last));
        const Run bad = cli({QStringLiteral("vrptw"), m_store, QStringLiteral("--seconds"), QStringLiteral("1")});
        QVERIFY(bad.code != 0);
        QVERIFY(!bad.err.isEmpty());
        QCOMPARE(cli({QStringLiteral("vrptw"), instance, QStringLiteral("--seconds"), QStringLiteral("soon")}).code, 1);
        QCOMPARE(cli({QStringLiteral("vrptw"), instance, QStringLiteral("--iterations"), QStringLiteral("0")}).code, 1);
        QCOMPARE(cli({QStringLiteral("vrptw"), instance, QStringLiteral("--iterations"), QStringLiteral("many")}).code, 1);
    }

    // --iterations: the same seed and budget give the same plan, on any
    // machine and at any load; a generous --seconds beside it is only a cap.
    void vrptwIterationsReproduceARun()
    {
        const QString instance = QStringLiteral(DOORSTEP_SOURCE_DIR "/tests/data/vrptw/instances/c1_2_1.txt");
        const auto lastLine = [](const Run &r) { return r.out.trimmed().section(u'\n', -1); };
        const QStringList args{QStringLiteral("vrptw"), instance, QStringLiteral("--iterations"), QStringLiteral("300"),
                               QStringLiteral("--seed"), QStringLiteral("5")};
        const Run a = cli(args);
        const Run b = cli(args);
        const Run capped = cli(args + QStringList{QStringLiteral("--seconds"), QStringLiteral("600")});
        QCOMPARE(a.code, 0);
        QCOMPARE(b.code, 0);
        QCOMPARE(capped.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^vehicles=\\d+ distance=\\d+\\.\\d\\d feasible=yes$")).match(lastLine(a)).hasMatch(),
                 qPrintable(lastLine(a)));
        QCOMPARE(lastLine(b), lastLine(a));
        QCOMPARE(lastLine(capped), lastLine(a));
        QVERIFY2(a.out.contains(QStringLiteral(" 300 iterations, seed 5")), qPrintable(a.out.section(u'\n', 0, 0)));
        // The routes themselves are the same, not only the totals.
        QCOMPARE(a.out.section(u'\n', 1), b.out.section(u'\n', 1));
    }

    void demoCommand()
    {
        const QString demo = file(QStringLiteral("demo.doorstep"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--store"), demo, QStringLiteral("--providers"), QStringLiteral("40"),
                           QStringLiteral("--orders"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("500 orders")));
        // Without a display the CLI still draws the onboarding queue's scans (offscreen).
        auto store = store::Store::open(demo, QStringLiteral("admin"), QStringLiteral("doorstep-demo"));
        QVERIFY(store->db().scalar("SELECT count(*) FROM credential_scans").toInt() > 0);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--store"), file(QStringLiteral("d2.doorstep")), QStringLiteral("--orders"), QStringLiteral("many")}).code, 1);
    }

    // report: the exit codes a scheduled job sees (README).
    void reportCommand()
    {
        const Run list = cli({QStringLiteral("report"), QStringLiteral("--list")});
        QCOMPARE(list.code, 0);
        for (const char *kind : {"orders", "daily", "providers", "dispatch", "revenue", "complaints"})
            QVERIFY2(list.out.contains(QLatin1String(kind)), kind);
        const QString demo = file(QStringLiteral("report.doorstep"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--store"), demo, QStringLiteral("--providers"), QStringLiteral("30"),
                      QStringLiteral("--orders"), QStringLiteral("300")}).code, 0);
        auto args = [&](const QString &user, const QString &format, const QString &out) {
            return QStringList{QStringLiteral("report"), QStringLiteral("orders"), QStringLiteral("--store"), demo, QStringLiteral("--user"), user,
                               QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                               QStringLiteral("--format"), format, QStringLiteral("--out"), file(out), QStringLiteral("--password-stdin")};
        };
        const Run ok = cli(args(QStringLiteral("manager"), QStringLiteral("xlsx"), QStringLiteral("r.xlsx")), "doorstep-demo\n");
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("wrote")));
        QVERIFY(QFile::exists(file(QStringLiteral("r.xlsx"))));
        QCOMPARE(cli(args(QStringLiteral("manager"), QStringLiteral("docx"), QStringLiteral("r.docx")), "doorstep-demo\n").code, 1);
        QCOMPARE(cli(args(QStringLiteral("manager"), QStringLiteral("csv"), QStringLiteral("r.csv")), "wrong\n").code, 2);
        QCOMPARE(cli(args(QStringLiteral("manager"), QStringLiteral("csv"), QStringLiteral("r.csv")) << QStringLiteral("--unmasked"), "doorstep-demo\n").code, 5);
        QCOMPARE(cli(args(QStringLiteral("dispatcher"), QStringLiteral("csv"), QStringLiteral("r.csv")), "doorstep-demo\n").code, 5);
        QCOMPARE(cli(args(QStringLiteral("manager"), QStringLiteral("csv"), QStringLiteral("r.csv")) << QStringLiteral("--district") << QStringLiteral("000000"),
                     "doorstep-demo\n").code, 6);
        QVERIFY(!QFile::exists(file(QStringLiteral("r.csv"))));
        // A folder that does not exist: 7, and nothing left behind.
        QStringList nowhere = args(QStringLiteral("manager"), QStringLiteral("pdf"), QStringLiteral("no-such-folder/r.pdf"));
        QCOMPARE(cli(nowhere, "doorstep-demo\n").code, 7);
        QVERIFY(!QFile::exists(file(QStringLiteral("no-such-folder"))));
        // The summary reports run the same way.
        for (const QString &kind : {QStringLiteral("daily"), QStringLiteral("providers"), QStringLiteral("dispatch"), QStringLiteral("revenue")}) {
            QStringList summary = args(QStringLiteral("manager"), QStringLiteral("csv"), kind + QStringLiteral(".csv"));
            summary[1] = kind;
            const Run r = cli(summary << QStringLiteral("--quiet"), "doorstep-demo\n");
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("row(s) of ") + kind), qPrintable(r.out));
            QVERIFY(QFile::exists(file(kind + QStringLiteral(".csv"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
