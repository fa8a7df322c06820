// The console's sync as an administrator sees it: the status bar before and
// after enrolling, the Sync window's enrollment form with its progress, "Sync
// now", and the Sync conflicts list after the server refuses a booking.
#include "../sync/fake_server.h"
#include "../sync/sync_fixture.h"
#include "itemmodels/sync_conflicts_model.h"
#include "sync/pki.h"
#include "sync/sync_client.h"
#include "ui/main_window.h"
#include "ui/sync/sync_dialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace doorstep;

class TestSyncUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    tests::FakeSyncServer m_server;

private slots:
    void enrollSyncAndSeeAConflict()
    {
        auto ws = tests::makeWorkspace(m_dir);
        const qint64 item = tests::seedItem(ws->services());
        ui::MainWindow window(*ws);
        auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
        auto *syncNow = window.findChild<QToolButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(status && syncNow);
        QVERIFY2(status->text().contains(QStringLiteral("working offline")), qPrintable(status->text()));
        QVERIFY(syncNow->isHidden());

        ui::SyncDialog dialog(*ws, *window.syncClient());
        QAbstractItemModelTester tester(dialog.conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.enrollButton()->isVisibleTo(&dialog));
        dialog.serverEdit()->setText(m_server.enrollmentUrl());
        dialog.fingerprintEdit()->setText(
            sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(m_server.ca.certPem).first())));
        dialog.codeEdit()->setText(QStringLiteral("WRONG"));
        dialog.enrollButton()->click();
        // The refusal is shown; the form stays for another try.
        const QList<QLabel *> progress = dialog.findChildren<QLabel *>();
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncClient()->busy(), 20000);
        QVERIFY(!dialog.syncButton()->isVisibleTo(&dialog));
        bool sawFailure = false;
        for (QLabel *l : progress)
            sawFailure |= l->text().contains(QStringLiteral("Enrollment failed"));
        QVERIFY(sawFailure);

        dialog.codeEdit()->setText(m_server.enrollCode);
        dialog.enrollButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.syncButton()->isVisibleTo(&dialog), 20000);
        QVERIFY(!dialog.enrollButton()->isVisibleTo(&dialog));
        QVERIFY(m_server.snapshotFinal);
        // The status bar now tells the state of a console that syncs.
        QTRY_VERIFY(status->text().contains(QStringLiteral("pending")));
        QVERIFY(!syncNow->isHidden());

        // A booking the server refuses: listed, and taken back here.
        const qint64 customer = tests::addCustomer(ws->services(), 1);
        const qint64 provider = tests::addProvider(ws->services());
        const qint64 order = tests::addOrder(ws->services(), customer, item);
        tests::assign(ws->services(), order, provider, 1795003600);
        m_server.busyOrders.insert(order);
        dialog.syncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.conflicts()->rowCount(), 1, 20000);
        const QModelIndex undone = dialog.conflicts()->index(0, itemmodels::SyncConflictsModel::Undone);
        QVERIFY(undone.data().toString().startsWith(QStringLiteral("Yes")));
        QVERIFY(dialog.conflicts()->index(0, itemmodels::SyncConflictsModel::Conflict).data().toString().contains(QStringLiteral("DS-JA-1")));
        QTRY_VERIFY(status->text().contains(QStringLiteral("online")));
        QVERIFY2(status->text().contains(QStringLiteral("1 conflict")), qPrintable(status->text()));
        // Looked at: marked seen, still listed, no longer counted as unseen.
        const QModelIndex seen = dialog.conflicts()->index(0, itemmodels::SyncConflictsModel::Seen);
        QCOMPARE(seen.data().toString(), QStringLiteral("Not yet"));
        QVERIFY(!dialog.markSeenButton()->isEnabled());
        dialog.conflictsView()->selectRow(0);
        QVERIFY(dialog.markSeenButton()->isEnabled());
        dialog.markSeenButton()->click();
        QCOMPARE(dialog.conflicts()->rowCount(), 1);
        QVERIFY(dialog.conflicts()->index(0, itemmodels::SyncConflictsModel::Seen).data().toString() != QStringLiteral("Not yet"));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("0 unseen conflict")), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.conflicts_seen'").toInt(), 1);

        // "Sync now" in the status bar runs a round too.
        tests::addCustomer(ws->services(), 2);
        const int before = m_server.pushRequests;
        syncNow->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.pushRequests, before + 1, 20000);
        QTRY_VERIFY(status->text().contains(QStringLiteral("0 change(s) pending")));
        // The history lists the rounds, newest first.
        QTRY_VERIFY(dialog.rounds()->count() >= 2);
        QVERIFY2(dialog.rounds()->item(0)->text().contains(QStringLiteral("applied")), qPrintable(dialog.rounds()->item(0)->text()));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
