// Setting a password off the GUI thread, offscreen: adding an account,
// resetting a password and changing one's own derive the key (Argon2) on a
// worker while the dialog shows a busy bar with its fields disabled, then
// commit through StaffService on the GUI thread. A test waits for the
// attempt as a person waits for the bar to go (QSignalSpy, no sleeps).
#include "../services/test_store.h"
#include "dialog_answer.h"
#include "itemmodels/staff_model.h"
#include "services/staff_service.h"
#include "ui/refund_limit_dialog.h"
#include "ui/staff_page.h"
#include "ui/message_box.h"
#include "ui/staff_dialogs.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace doorstep;

class TestStaffDialogsUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static services::StaffService fastService(services::Workspace &ws)
    {
        services::StaffService s(ws.services());
        s.setKdf(store::KdfParams::fastForTests());
        return s;
    }

    template<typename Dialog>
    static bool attempt(Dialog &dialog)
    {
        QSignalSpy done(&dialog, &Dialog::attemptFinished);
        dialog.accept();
        if (!dialog.isBusy())
            return false;
        return done.wait(30000) && !dialog.isBusy();
    }

private Q_SLOTS:
    void init() { ui::MessageBox::setTestAnswer(QMessageBox::Ok); }
    void cleanup() { ui::MessageBox::clearTestAnswer(); }

    // The administrator edits an agent's refund limit on the staff page: a
    // wrong amount is said in the dialog, which keeps what was typed.
    void editingARefundLimitOnTheStaffPage()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("limit.doorstep"));
        const qint64 agent = fastService(*ws).add({QStringLiteral("li.na"), QStringLiteral("李娜"), services::Role::ServiceAgent, {},
                                                   QStringLiteral("lina-pass")});
        ui::StaffPage page(*ws);
        page.model()->reload();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.view()->selectRow(1);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("refundLimit"));
        QVERIFY(button && button->isEnabled());
        bool sawError = false;
        tests::answerDialog<ui::RefundLimitDialog>([&sawError](ui::RefundLimitDialog *d) {
            QCOMPARE(d->amountEdit()->text(), QStringLiteral("500.00"));
            d->amountEdit()->setText(QStringLiteral("12.345"));
            d->accept();
            sawError = d->isVisible() && !d->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty();
            d->amountEdit()->setText(QStringLiteral("88.50"));
            d->accept();
        });
        button->click();
        QVERIFY(sawError);
        QCOMPARE(ws->store().db().scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", agent).toLongLong(), 8850);
        QTRY_COMPARE(page.model()->index(1, itemmodels::StaffModel::RefundLimit).data().toString(), QStringLiteral("¥88.50"));
        // The office default for new staff is beside it (administrators).
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("defaultRefundLimit"))->isVisibleTo(&page));
    }

    void addingAnAccountDerivesOnAWorkerAndKeepsTheInputAfterAnError()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("add.doorstep"));
        auto staff = fastService(*ws);
        ui::AddStaffDialog dialog(staff);
        dialog.show();
        dialog.usernameEdit()->setText(QStringLiteral("zhang.wei"));
        dialog.displayNameEdit()->setText(QStringLiteral("张伟"));
        dialog.passwordEdit()->setText(QStringLiteral("zhangwei-pass"));
        dialog.confirmEdit()->setText(QStringLiteral("different"));
        dialog.accept(); // the two differ: said at once, nothing derived
        QVERIFY(!dialog.isBusy());
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("differ")));

        dialog.confirmEdit()->setText(QStringLiteral("zhangwei-pass"));
        QSignalSpy done(&dialog, &ui::AddStaffDialog::attemptFinished);
        dialog.accept();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.usernameEdit()->isEnabled());
        QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
        dialog.reject(); // ignored while busy
        QVERIFY(done.wait(30000));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.createdId() != 0);
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(ws->store().checkPassword(QStringLiteral("zhang.wei"), QStringLiteral("zhangwei-pass")));
        QCOMPARE(ws->store().db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("staff.add"));

        // A name already taken: refused when committing, the dialog stays
        // open with what was typed and usable again.
        ui::AddStaffDialog again(staff);
        again.show();
        again.usernameEdit()->setText(QStringLiteral("zhang.wei"));
        again.displayNameEdit()->setText(QStringLiteral("张伟"));
        again.passwordEdit()->setText(QStringLiteral("another-pass"));
        again.confirmEdit()->setText(QStringLiteral("another-pass"));
        QVERIFY(attempt(again));
        QVERIFY(again.isVisible());
        QVERIFY(again.usernameEdit()->isEnabled());
        QCOMPARE(again.usernameEdit()->text(), QStringLiteral("zhang.wei"));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("taken")));
        // A password too short is refused by the worker's validation.
        again.usernameEdit()->setText(QStringLiteral("li.na"));
        again.passwordEdit()->setText(QStringLiteral("short"));
        again.confirmEdit()->setText(QStringLiteral("short"));
        QVERIFY(attempt(again));
        QVERIFY(again.isVisible());
        QCOMPARE(ws->store().slotUsers().size(), 2);
    }

    void resettingAPasswordDerivesOnAWorker()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("reset.doorstep"));
        auto staff = fastService(*ws);
        const qint64 id = staff.add({QStringLiteral("li.na"), QStringLiteral("李娜"), services::Role::ServiceAgent, {}, QStringLiteral("first-pass")});
        ui::NewPasswordDialog dialog(staff, id, QStringLiteral("Reset"));
        dialog.show();
        QVERIFY(!dialog.currentEdit());
        dialog.passwordEdit()->setText(QStringLiteral("second-pass"));
        dialog.confirmEdit()->setText(QStringLiteral("second-pass"));
        QVERIFY(attempt(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("second-pass")));
        QVERIFY(!ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("first-pass")));
    }

    void changingOnesOwnPasswordProvesTheOldOneOnAWorker()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("own.doorstep"));
        auto staff = fastService(*ws);
        ui::NewPasswordDialog dialog(staff, QStringLiteral("Change my password"));
        dialog.show();
        QVERIFY(dialog.currentEdit());
        dialog.currentEdit()->setText(QStringLiteral("wrong"));
        dialog.passwordEdit()->setText(QStringLiteral("new-admin-pass"));
        dialog.confirmEdit()->setText(QStringLiteral("new-admin-pass"));
        QVERIFY(attempt(dialog));
        QVERIFY(dialog.isVisible());
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("current password is wrong")));
        QVERIFY(ws->store().checkPassword(QStringLiteral("admin"), QStringLiteral("admin-pass")));

        dialog.currentEdit()->setText(QStringLiteral("admin-pass"));
        QVERIFY(attempt(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.currentEdit()->text().isEmpty());
        QVERIFY(ws->store().checkPassword(QStringLiteral("admin"), QStringLiteral("new-admin-pass")));
        QCOMPARE(ws->store().db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(),
                 QStringLiteral("staff.change_own_password"));
    }
};

QTEST_MAIN(TestStaffDialogsUi)
#include "tst_staffdialogs_ui.moc"
