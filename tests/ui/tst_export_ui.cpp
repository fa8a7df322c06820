// The export dialog as a manager and an administrator use it: the file chosen
// in the file dialog (answered like a person), the export run on its worker
// with progress, "Open the folder" at the end, the file and its audit entry;
// the unmasked box only for the role that may; Cancel while the worker runs;
// the dashboard's charts in the colours the PDF reports draw with.
#include "demo/demo_generator.h"
#include "dialog_answer.h"
#include "reports/chart_palette.h"
#include "reports/export_run.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/charts/bar_chart.h"
#include "ui/reports/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace doorstep;
using doorstep::tests::answerDialog;

// Stands in for the desktop's file manager: "Open the folder" hands it the URL.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestExportUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("demo.doorstep"));
        demo::DemoOptions o;
        o.orders = 800;
        o.providers = 40;
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_store, o);
        ui::MessageBox::setTestAnswer(QMessageBox::Ok);
    }

    void aManagerExportsMaskedThroughTheDialog()
    {
        auto ws = services::Workspace::login(m_store, QStringLiteral("manager"), QStringLiteral("doorstep-demo"));
        ui::ExportDialog dialog(*ws);
        dialog.show();
        QVERIFY(!dialog.unmaskedBox()->isVisibleTo(&dialog)); // managers export masked only
        QCOMPARE(dialog.reportCombo()->currentData().toString(), QStringLiteral("orders"));
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(reports::Format::Csv)));
        // A wide custom period (the demo's orders lie around today).
        const QDate today = ws->clock().officeToday();
        dialog.fromEdit()->setDate(today.addYears(-2));
        dialog.toEdit()->setDate(today.addYears(1));
        QCOMPARE(dialog.presetCombo()->currentData().toInt(), int(stats::PeriodPreset::Custom));

        const QString path = m_dir.filePath(QStringLiteral("from-dialog.csv"));
        answerDialog<QFileDialog>([&](QFileDialog *f) {
            f->selectFile(path);
            static_cast<QDialog *>(f)->accept();
        });
        dialog.chooseButton()->click();
        QCOMPARE(dialog.fileEdit()->text(), path);

        dialog.exportButton()->click();
        QVERIFY(!dialog.exportButton()->isEnabled() || !dialog.isRunning()); // inputs locked while it runs
        QTRY_VERIFY_WITH_TIMEOUT(dialog.openFolderButton()->isVisible(), 60'000);
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("row")), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QString action = ws->store().db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString();
        QCOMPARE(action, QStringLiteral("report.export"));
        QVERIFY(ws->store().db().scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("\"masked\":true")));

        // "Open the folder" opens the folder the file is in.
        UrlCatcher desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
        dialog.openFolderButton()->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(desktop.opened.size(), 1);
        QCOMPARE(desktop.opened.first().toLocalFile(), QFileInfo(path).absolutePath());
    }

    // The rows are written on a worker thread while the dialog shows progress;
    // Cancel stops it: no file, no audit entry, the dialog usable again.
    void cancelStopsTheExportOnItsWorker()
    {
        auto ws = services::Workspace::login(m_store, QStringLiteral("manager"), QStringLiteral("doorstep-demo"));
        const qint64 entries = ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        ui::ExportDialog dialog(*ws);
        dialog.show();
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(reports::Format::Csv)));
        const QDate today = ws->clock().officeToday();
        dialog.fromEdit()->setDate(today.addYears(-2));
        dialog.toEdit()->setDate(today.addYears(1));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        dialog.fileEdit()->setText(path);

        // Hold the worker at its first progress report until Cancel has been pressed.
        auto *run = dialog.findChild<reports::ExportRun *>();
        QVERIFY(run);
        QSemaphore reached, proceed;
        std::atomic<bool> onWorker{false}, first{true};
        QThread *gui = QThread::currentThread();
        connect(run, &reports::ExportRun::progress, run, [&](qint64, qint64) {
            if (!first.exchange(false))
                return;
            onWorker = QThread::currentThread() != gui;
            reached.release();
            proceed.acquire();
        }, Qt::DirectConnection);
        const auto unblock = qScopeGuard([&] { proceed.release(); }); // a failed check must not leave the worker waiting

        dialog.exportButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(reached.available() > 0, qPrintable(dialog.statusLabel()->text()), 60'000); // QTRY_ evaluates it again at the end
        QVERIFY(onWorker);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QTRY_VERIFY2(dialog.statusLabel()->text().contains(QStringLiteral(" rows written")), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.progressBar()->value() > 0);
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        dialog.cancelButton()->click();
        proceed.release();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60'000);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.isVisible()); // Cancel stopped the export, not the dialog
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.openFolderButton()->isVisible());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), entries);
    }

    // The dashboard's chart layer and the PDF charts share one palette.
    void dashboardChartsDrawInTheReportsPalette()
    {
        ui::charts::BarChart chart;
        for (int i = 0; i < 8; ++i)
            QCOMPARE(chart.seriesColor(i), reports::chartSeriesColor(i));
    }

    void anAdministratorMayChooseUnmasked()
    {
        auto ws = services::Workspace::login(m_store, QStringLiteral("admin"), QStringLiteral("doorstep-demo"));
        ui::ExportDialog dialog(*ws);
        dialog.show();
        QVERIFY(dialog.unmaskedBox()->isVisibleTo(&dialog));
        dialog.unmaskedBox()->setChecked(true);
        dialog.presetCombo()->setCurrentIndex(dialog.presetCombo()->findData(int(stats::PeriodPreset::Last12Months)));
        QCOMPARE(dialog.toEdit()->date(), ws->clock().officeToday());
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(reports::Format::Pdf)));
        QVERIFY(dialog.fileEdit()->text().endsWith(QStringLiteral(".pdf"))); // the suffix follows the format
        const QString path = m_dir.filePath(QStringLiteral("unmasked.pdf"));
        dialog.fileEdit()->setText(path);
        dialog.exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.openFolderButton()->isVisible(), 60'000);
        QVERIFY(QFile::exists(path));
        QVERIFY(ws->store().db().scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("\"masked\":false")));
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
