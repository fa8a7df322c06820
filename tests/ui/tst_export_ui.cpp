// The export dialog as a manager and an administrator use it: the file chosen
// in the file dialog (answered like a person), the export run on its worker
// with progress, "Open the folder" at the end, the file and its audit entry;
// the unmasked box only for the role that may.
#include "demo/demo_generator.h"
#include "dialog_answer.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/reports/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using doorstep::tests::answerDialog;

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
