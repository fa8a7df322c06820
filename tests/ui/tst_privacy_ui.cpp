// Data-subject requests in the window, offscreen: the customers page's
// "Data-subject request…" (withdraw marketing, export through the file
// dialog, anonymise after a confirmation that names the consequences), the
// provider directory's, who sees the buttons, and the retention dialog that
// runs the sweep with a report. Dialogs are answered as a person would.
#include "../services/test_store.h"
#include "dialog_answer.h"
#include "itemmodels/customer_consents.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/providers_model.h"
#include "services/customer_service.h"
#include "services/privacy_service.h"
#include "services/staff_service.h"
#include "store/sqlite.h"
#include "ui/customers_page.h"
#include "ui/message_box.h"
#include "ui/privacy/data_request_dialog.h"
#include "ui/privacy/retention_dialog.h"
#include "ui/providers/provider_directory_page.h"

#include <QFile>
#include <QFileDialog>
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
        QCOMPARE(page.model()->rowOfId(id), -1);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void onlyRolesThatHandleRequestsSeeTheButtons()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("roles.doorstep"));
        {
            ui::ProviderDirectoryPage page(*ws);
            QVERIFY(page.dataRequestButton()->isVisibleTo(&page));
        }
        auto dispatcher = loginAs(*ws, services::Role::Dispatcher);
        {
            ui::CustomersPage page(*dispatcher);
            QVERIFY(!page.dataRequestButton()->isVisibleTo(&page));
        }
        auto agent = loginAs(*ws, services::Role::ServiceAgent);
        {
            ui::CustomersPage customers(*agent);
            QVERIFY(customers.dataRequestButton()->isVisibleTo(&customers));
            ui::ProviderDirectoryPage providers(*agent);
            QVERIFY(!providers.dataRequestButton()->isVisibleTo(&providers));
        }
        auto supervisor = loginAs(*ws, services::Role::Supervisor);
        ui::ProviderDirectoryPage providers(*supervisor);
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
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacy_ui.moc"
