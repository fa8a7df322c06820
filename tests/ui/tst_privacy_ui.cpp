// Data-subject requests in the window, offscreen: the customers page's
// "Data-subject request…" (withdraw marketing, export through the file
// dialog, anonymise after a confirmation that names the consequences), the
// provider directory's, who sees the buttons, and the retention dialog that
// runs the sweep with a report. Dialogs are answered as a person would.
#include "../services/test_store.h"
#include "dialog_answer.h"
#include "wait_loaded.h"
#include "itemmodels/customer_consents.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/providers_model.h"
#include "services/customer_service.h"
#include "services/privacy_service.h"
#include "services/staff_service.h"
#include "store/sqlite.h"
#include "ui/console_flow.h"
#include "ui/customer_dialog.h"
#include "ui/customers_page.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/privacy/data_request_dialog.h"
#include "ui/privacy/retention_dialog.h"
#include "ui/privacy/retention_runner.h"
#include "ui/providers/provider_directory_page.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace doorstep;
using tests::answerDialog;
using ui::DataRequestDialog;

class TestPrivacyUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static constexpr qint64 kT0 = 1790000000; // 2026-09-21

    std::unique_ptr<services::Workspace> loginAs(services::Workspace &admin, services::Role role)
    {
        services::StaffService staff(admin.services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({services::roleKey(role), services::roleDisplayName(role), role, QString(), QStringLiteral("role-password")});
        return services::Workspace::login(admin.store().path(), services::roleKey(role), QStringLiteral("role-password"));
    }

private Q_SLOTS:
    void init() { ui::MessageBox::setTestAnswer(QMessageBox::Yes); }
    void cleanup() { ui::MessageBox::clearTestAnswer(); }

    void aCustomersRequestFromTheCustomersPage()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("page.doorstep"));
        auto &db = ws->store().db();
        services::CustomerService customers(ws->services());
        const qint64 id = customers.add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0, QStringLiteral("漕溪北路88弄"), 0, 0, {}});
        customers.add({QStringLiteral("李娜"), QStringLiteral("13800138000"), {}, 0, QStringLiteral("长宁路1号"), 0, 0, {}});
        db.run("INSERT INTO customer_consents(id, customer_id, purpose, version, channel, granted_at) VALUES (?, ?, 'marketing', '2026-01', 'app', 1)",
               ws->store().newId(), id);

        ui::CustomersPage page(*ws);
        WAIT_LOADED(page.model());
        QVERIFY2(page.model()->rowOfId(id) >= 0, qPrintable(ui::MessageBox::shownMessages().join(u'|')));
        QVERIFY(page.dataRequestButton()->isVisibleTo(&page));
        page.view()->selectRow(page.model()->rowOfId(id));
        const QString exportPath = m_dir.filePath(QStringLiteral("wang.html"));
        int consentRows = 0;
        bool marketingWithdrawn = false, withdrawDisabled = false;
        answerDialog<DataRequestDialog>([&](DataRequestDialog *d) {
            consentRows = d->consents()->rowCount();
            d->withdrawButton()->click();
            for (int r = 0; r < d->consents()->rowCount(); ++r)
                if (d->consents()->item(r, 0)->text() == itemmodels::consentPurposeName(QStringLiteral("marketing")))
                    marketingWithdrawn = d->consents()->item(r, 3)->text() != DataRequestDialog::tr("in force");
            withdrawDisabled = !d->withdrawButton()->isEnabled();
            answerDialog<QFileDialog>([&](QFileDialog *f) {
                f->selectFile(exportPath);
                static_cast<QDialog *>(f)->accept(); // virtual: QFileDialog::accept checks the name
            });
            d->exportButton()->click();
            d->anonymiseButton()->click(); // confirmed through the MessageBox hook; closes the dialog
        });
        page.dataRequestButton()->click();

        QCOMPARE(consentRows, 2);
        QVERIFY(marketingWithdrawn);
        QVERIFY(withdrawDisabled);
        QVERIFY(!services::consentInForce(db, id, QStringLiteral("marketing")));
        QFile json(m_dir.filePath(QStringLiteral("wang.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(json.readAll()).contains(QStringLiteral("漕溪北路88弄")));
        QVERIFY(QFile::exists(exportPath));
        // The confirmation named the consequences; the report said what was done.
        const QStringList shown = ui::MessageBox::shownMessages();
        QVERIFY(std::any_of(shown.begin(), shown.end(), [&](const QString &m) {
            return m.contains(services::anonymisedMarker(id)) && m.contains(QStringLiteral("cannot be undone"));
        }));
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = ?", id).toString(), services::anonymisedMarker(id));
        // The list no longer shows them; the other customer is still there.
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowOfId(id), -1);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void onlyRolesThatHandleRequestsSeeTheButtons()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("roles.doorstep"));
        {
            ui::ProviderDirectoryPage page(*ws);
            WAIT_LOADED(page.model());
            QVERIFY(page.dataRequestButton()->isVisibleTo(&page));
        }
        auto dispatcher = loginAs(*ws, services::Role::Dispatcher);
        {
            ui::CustomersPage page(*dispatcher);
            WAIT_LOADED(page.model());
            QVERIFY(!page.dataRequestButton()->isVisibleTo(&page));
        }
        auto agent = loginAs(*ws, services::Role::ServiceAgent);
        {
            ui::CustomersPage customers(*agent);
            WAIT_LOADED(customers.model());
            QVERIFY(customers.dataRequestButton()->isVisibleTo(&customers));
            ui::ProviderDirectoryPage providers(*agent);
            WAIT_LOADED(providers.model());
            QVERIFY(!providers.dataRequestButton()->isVisibleTo(&providers));
        }
        auto supervisor = loginAs(*ws, services::Role::Supervisor);
        ui::ProviderDirectoryPage providers(*supervisor);
        WAIT_LOADED(providers.model());
        QVERIFY(providers.dataRequestButton()->isVisibleTo(&providers));
    }

    void aProviderWhoLeaves()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("provider.doorstep"));
        auto &db = ws->store().db();
        const qint64 p = ws->store().newId();
        const qint64 credential = ws->store().newId();
        db.run("INSERT INTO providers(id, office_id, name, phone, id_number, status, created_at, updated_at)"
               " VALUES (?, ?, '赵丽华', '13600136000', '310104198503094561', 'deactivated', 1, 1)", p, ws->session().officeId);
        db.run("INSERT INTO credentials(id, provider_id, type, number, review_status, created_at) VALUES (?, ?, 'id_card', '310104198503094561', 'approved', 1)",
               credential, p);
        db.run("INSERT INTO credential_scans(id, credential_id, file_name, mime, bytes, sha256, created_at)"
               " VALUES (?, ?, 'id.pdf', 'application/pdf', x'25504446', 'x', 1)", ws->store().newId(), credential);
        ui::ProviderDirectoryPage page(*ws);
        WAIT_LOADED(page.model());
        page.view()->selectRow(page.model()->rowOfId(p));
        bool noConsents = false;
        answerDialog<DataRequestDialog>([&](DataRequestDialog *d) {
            noConsents = d->consents() == nullptr && !d->withdrawButton()->isVisible();
            d->anonymiseButton()->click();
        });
        page.dataRequestButton()->click();
        QVERIFY(noConsents);
        QCOMPARE(db.scalar("SELECT count(*) FROM credential_scans").toInt(), 0);
        QCOMPARE(db.scalar("SELECT id_number FROM providers WHERE id = ?", p).toString(), QString());
        const QStringList shown = ui::MessageBox::shownMessages();
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const QString &m) { return m.contains(QStringLiteral("credential scans")); }));
    }

    void theRetentionDialogRunsTheSweepAndReports()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("retention.doorstep"));
        auto &db = ws->store().db();
        ws->services().setClock([] { return kT0; });
        const qint64 id = services::CustomerService(ws->services()).add({QStringLiteral("孙悦"), QStringLiteral("13300133000"), {}, 0, {}, 0, 0, {}});
        ws->services().setClock([] { return kT0 + 4 * 366 * 86400; });

        ui::RetentionDialog dialog(*ws);
        QCOMPARE(dialog.years()->value(), 3);
        QVERIFY2(dialog.due()->text().startsWith(QStringLiteral("1 ")), qPrintable(dialog.due()->text()));
        dialog.runButton()->click();
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", id).toLongLong() > 0);
        QVERIFY2(ui::MessageBox::shownMessages().last().startsWith(QStringLiteral("1 customer(s) anonymised")),
                 qPrintable(ui::MessageBox::shownMessages().last()));
        QVERIFY(dialog.due()->text().startsWith(QStringLiteral("0 ")));
        // Off: saved, and the dialog says so.
        dialog.years()->setValue(0);
        dialog.saveButton()->click();
        QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'privacy.customer_retention_years'").toString(), QStringLiteral("0"));
        QVERIFY(!dialog.runButton()->isEnabled());
    }

    // PIPL right to correction in the window: Correct… (and F2, Enter,
    // double-click, the context menu) opens the customer's form filled in; an
    // agent sees and may change the whole number.
    void anAgentCorrectsACustomerThroughTheDialog()
    {
        auto admin = tests::makeWorkspace(m_dir, QStringLiteral("edit.doorstep"));
        auto agent = loginAs(*admin, services::Role::ServiceAgent);
        auto &db = admin->store().db();
        const qint64 id = services::CustomerService(admin->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), QStringLiteral("f"), 0, QStringLiteral("漕溪北路88弄"), 0, 0, {}});

        ui::CustomersPage page(*agent);
        WAIT_LOADED(page.model());
        QVERIFY(page.editButton()->isVisibleTo(&page));
        // F2 and the context menu are one action on the list.
        QAction *edit = nullptr;
        for (QAction *a : page.view()->actions())
            if (a->shortcut() == QKeySequence(Qt::Key_F2))
                edit = a;
        QVERIFY(edit);
        QCOMPARE(page.view()->contextMenuPolicy(), Qt::ActionsContextMenu);

        page.view()->selectRow(page.model()->rowOfId(id));
        QString shownPhone, shownName;
        answerDialog<ui::CustomerDialog>([&](ui::CustomerDialog *d) {
            shownName = d->nameEdit()->text();
            shownPhone = d->phoneEdit()->text();
            d->phoneEdit()->setText(QStringLiteral("12345")); // refused, the dialog stays with what was typed
            d->accept();
            QVERIFY(d->isVisible());
            d->phoneEdit()->setText(QStringLiteral("13900001111"));
            d->addressEdit()->setText(QStringLiteral("漕溪北路90弄"));
            d->accept();
        });
        edit->trigger();
        QCOMPARE(shownName, QStringLiteral("王秀英"));
        QCOMPARE(shownPhone, QStringLiteral("13912345678"));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("mobile")));
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13900001111"));
        QCOMPARE(db.scalar("SELECT address FROM customers WHERE id = ?", id).toString(), QStringLiteral("漕溪北路90弄"));
        const QString detail = db.scalar("SELECT detail FROM audit_log WHERE action = 'customer.update' ORDER BY seq DESC LIMIT 1").toString();
        QVERIFY2(detail.contains(QStringLiteral("139****1111")) && detail.contains(QStringLiteral("address")), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("13900001111")));
        // The list shows the corrected row, still selected.
        WAIT_LOADED(page.model());
        const int row = page.model()->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, itemmodels::CustomersModel::Address).data().toString(), QStringLiteral("漕溪北路90弄"));
        QCOMPARE(page.view()->selectionModel()->selectedRows().value(0).row(), row);
    }

    // A dispatcher sees numbers masked: the form never holds the number (the
    // mask is only the empty field's placeholder), an untouched field keeps
    // it, a typed one replaces it. Enter on the list opens the form.
    void aMaskedRoleCorrectsWithoutSeeingTheNumber()
    {
        auto admin = tests::makeWorkspace(m_dir, QStringLiteral("editmasked.doorstep"));
        auto dispatcher = loginAs(*admin, services::Role::Dispatcher);
        auto &db = admin->store().db();
        const qint64 id = services::CustomerService(admin->services()).add({QStringLiteral("李娜"), QStringLiteral("13800138000"), {}, 0, QStringLiteral("长宁路1号"), 0, 0, {}});

        ui::CustomersPage page(*dispatcher);
        WAIT_LOADED(page.model());
        const int row = page.model()->rowOfId(id);
        page.view()->selectRow(row);
        page.view()->setCurrentIndex(page.model()->index(row, 0));
        QString text, placeholder;
        answerDialog<ui::CustomerDialog>([&](ui::CustomerDialog *d) {
            text = d->phoneEdit()->text();
            placeholder = d->phoneEdit()->placeholderText();
            d->genderCombo()->setCurrentIndex(d->genderCombo()->findData(QStringLiteral("f")));
            d->accept();
        });
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(text.isEmpty());
        QVERIFY2(placeholder.contains(QStringLiteral("138****8000")), qPrintable(placeholder));
        QVERIFY(!placeholder.contains(QStringLiteral("13800138000")));
        QCOMPARE(db.scalar("SELECT gender FROM customers WHERE id = ?", id).toString(), QStringLiteral("f"));
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13800138000")); // kept

        answerDialog<ui::CustomerDialog>([&](ui::CustomerDialog *d) {
            d->phoneEdit()->setText(QStringLiteral("13700137000"));
            d->accept();
        });
        page.editButton()->click();
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13700137000"));
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->index(page.model()->rowOfId(id), itemmodels::CustomersModel::Phone).data().toString().contains(QStringLiteral("****")));

        // Roles without customer.edit have no way in.
        auto manager = loginAs(*admin, services::Role::Manager);
        ui::CustomersPage readOnly(*manager);
        WAIT_LOADED(readOnly.model());
        QVERIFY(!readOnly.editButton()->isVisibleTo(&readOnly));
        QVERIFY(readOnly.view()->actions().isEmpty());
    }

    // The retention sweep without a person: small batches, one turn of the
    // event loop each, a report at the end; a quiet day writes nothing.
    void theRetentionRunnerSweepsInBatchesAndReports()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("runner.doorstep"));
        auto &db = ws->store().db();
        ws->services().setClock([] { return kT0; });
        services::CustomerService customers(ws->services());
        for (int i = 0; i < 130; ++i)
            customers.add({QStringLiteral("旧客%1").arg(i), QStringLiteral("1330013%1").arg(i, 4, 10, QChar(u'0')), {}, 0, {}, 0, 0, {}});
        ws->services().setClock([] { return kT0 + 4 * 366 * 86400; });
        const qint64 recent = customers.add({QStringLiteral("新客"), QStringLiteral("13300139999"), {}, 0, {}, 0, 0, {}});

        ui::RetentionRunner runner(ws->services());
        QSignalSpy done(&runner, &ui::RetentionRunner::finished);
        runner.start();
        QVERIFY(runner.isRunning());
        QVERIFY(done.wait(30000));
        QCOMPARE(runner.result().customers, 130);
        QCOMPARE(runner.result().actions, (130 + ui::RetentionRunner::kBatch - 1) / ui::RetentionRunner::kBatch);
        QCOMPARE(db.scalar("SELECT count(*) FROM customers WHERE erased_at IS NOT NULL").toInt(), 130);
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", recent).isNull());
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_log WHERE action = 'privacy.retention_sweep'").toInt(), runner.result().actions);
        QVERIFY(ui::RetentionRunner::summary(runner.result()).contains(QStringLiteral("130 customer(s)")));

        const qint64 audits = tests::count(*ws, "audit_log");
        runner.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(runner.result().customers, 0);
        QVERIFY(ui::RetentionRunner::summary(runner.result()).isEmpty());
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
    }

    // The console runs it by itself at login of an account that may, once per
    // office day, and says so in the status bar.
    void theConsoleSweepsAtLogin()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        QString path;
        qint64 old = 0;
        {
            auto ws = tests::makeWorkspace(m_dir, QStringLiteral("atlogin.doorstep"));
            path = ws->store().path();
            old = services::CustomerService(ws->services()).add({QStringLiteral("周一"), QStringLiteral("13300130001"), {}, 0, {}, 0, 0, {}});
            services::CustomerService(ws->services()).add({QStringLiteral("周二"), QStringLiteral("13300130002"), {}, 0, {}, 0, 0, {}});
            const qint64 fiveYearsAgo = QDateTime::currentSecsSinceEpoch() - 5 * 366 * 86400;
            ws->store().db().run("UPDATE customers SET updated_at = ? WHERE id = ?", fiveYearsAgo, old);
        }
        ui::ConsoleFlow flow({path, false});
        answerDialog<ui::LoginDialog>([](ui::LoginDialog *login) {
            login->usernameEdit()->setText(QStringLiteral("admin"));
            login->passwordEdit()->setText(QStringLiteral("admin-pass"));
            login->accept();
        });
        QVERIFY(flow.start());
        QVERIFY(flow.mainWindow());
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow()->statusBar()->currentMessage().contains(QStringLiteral("anonymised")), 30000);
        QVERIFY(flow.mainWindow()->statusBar()->currentMessage().startsWith(QStringLiteral("Retention: 1 customer(s)")));
        QTRY_VERIFY(!flow.retentionRunner());
        auto check = services::Workspace::inspect(path, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        QVERIFY(!check->store().db().scalar("SELECT erased_at FROM customers WHERE id = ?", old).isNull());
        QCOMPARE(check->store().db().scalar("SELECT count(*) FROM customers WHERE erased_at IS NULL").toInt(), 1);
        QCOMPARE(check->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'privacy.retention_sweep'").toInt(), 1);
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacy_ui.moc"
