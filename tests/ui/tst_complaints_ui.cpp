// The complaints workbench as agents, supervisors and managers use it,
// offscreen, on a small demo franchise: a customer calls about an order, the
// agent takes the complaint from the order's detail, works it on the
// complaints page (investigate, wait for the customer, the customer answers,
// resolve as upheld: the provider's ledger gets the rule's penalty), with the
// timeline saying each step and who did it; the page's own intake by order
// number; the queue's filters; buttons and phone masking by role; the
// remedies: a refund above the agent's limit approved by a manager and marked
// paid, and a return visit sent to the dispatch queue; photos taken at
// intake; the SLA policies changed by a manager; the office hours, reopening
// window and next year's calendar set by an administrator.
#include "dialog_answer.h"
#include "ui/main_window.h"
#include "ui/providers/scan_viewer.h"
#include "wait_loaded.h"
#include "dispatch_fixture.h"
#include "itemmodels/complaints_model.h"
#include "ui/aftersales/complaint_detail_pane.h"
#include "ui/aftersales/complaint_dialogs.h"
#include "ui/aftersales/complaints_page.h"
#include "ui/aftersales/office_hours_dialog.h"
#include "ui/aftersales/remedy_dialogs.h"
#include "ui/aftersales/sla_policy_dialog.h"
#include "ui/message_box.h"
#include "ui/orders/order_detail_view.h"
#include "ui/orders_page.h"

#include "domain/office_time.h"
#include "domain/scan_format.h"
#include "itemmodels/display_format.h"
#include "services/complaint_service.h"
#include "services/refund_service.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeEdit>

using namespace doorstep;
using itemmodels::ComplaintsModel;
using tests::answerDialog;

class TestComplaintsUi : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    qint64 m_order = 0;    // a completed order with a provider
    qint64 m_provider = 0;

    // The pane replaces its buttons after every step (the old ones are deleted later).
    static QPushButton *button(QWidget *w, const char *name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return w->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    // A moment in the office's December 2026 (the calendar warning's month).
    static qint64 december2026()
    {
        return QDateTime(QDate(2026, 12, 2), QTime(10, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    }
    static QString value(services::Workspace &ws, const QByteArray &sql, qint64 id) { return ws.store().db().scalar(sql, id).toString(); }
    // Clicks a step whose dialog asks for words (and, for a resolution, upheld).
    static void step(QWidget *pane, const char *name, const QString &text, bool upheld = false)
    {
        answerDialog<ui::ComplaintStepDialog>([text, upheld](ui::ComplaintStepDialog *d) {
            d->textEdit()->setPlainText(text);
            if (d->upheldCheck())
                d->upheldCheck()->setChecked(upheld);
            d->accept();
        });
        button(pane, name)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
        auto ws = m_fx.login(QStringLiteral("agent"));
        auto st = ws->store().db().prepare("SELECT id, provider_id FROM orders WHERE status IN ('completed','rated') AND provider_id IS NOT NULL"
                                           " AND id NOT IN (SELECT order_id FROM complaints) LIMIT 1");
        QVERIFY(st.next());
        m_order = st.int64(0);
        m_provider = st.int64(1);
    }

    void fromThePhoneToResolution()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        ui::OrdersPage orders(*ws);
        orders.openOrder(m_order);
        auto *complaintButton = button(orders.detail(), "complaint");
        QVERIFY(complaintButton);
        QSignalSpy opened(orders.detail(), &ui::OrderDetailView::complaintOpened);
        answerDialog<ui::ComplaintIntakeDialog>([](ui::ComplaintIntakeDialog *d) {
            d->categoryCombo()->setCurrentIndex(d->categoryCombo()->findData(int(domain::ComplaintCategory::Damage)));
            d->askCombo()->setCurrentIndex(d->askCombo()->findData(int(domain::CustomerAsk::Refund)));
            d->accept(); // no description: stays open, says why
            QVERIFY(d->isVisible());
            QVERIFY(!d->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
            d->descriptionEdit()->setPlainText(QStringLiteral("打碎了一个花瓶"));
            d->accept();
        });
        complaintButton->click();
        QCOMPARE(opened.count(), 1);
        const qint64 id = opened.at(0).at(0).toLongLong();
        QCOMPARE(value(*ws, "SELECT category || '/' || severity || '/' || customer_ask FROM complaints WHERE id = ?", id),
                 QStringLiteral("damage/medium/refund"));
        QVERIFY(orders.detail()->summary()->toPlainText().contains(QStringLiteral("Damage to property")));

        ui::ComplaintsPage page(*ws);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.openComplaint(id);
        auto *pane = page.detail();
        QCOMPARE(pane->complaintId(), id);
        QVERIFY(pane->summary()->toPlainText().contains(QStringLiteral("打碎了一个花瓶")));
        QVERIFY(!button(pane, "claim")); // the agent took it: already theirs

        // Keyboard-driven like the review page: each step has its key, named in its tooltip.
        QCOMPARE(button(pane, "investigate")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(button(pane, "resolve")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(button(pane, "reject")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(button(pane, "note")->toolTip(), QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText));
        button(pane, "investigate")->click();
        QCOMPARE(value(*ws, "SELECT status FROM complaints WHERE id = ?", id), QStringLiteral("investigating"));
        step(pane, "wait", QStringLiteral("请客户发花瓶照片"));
        QTRY_COMPARE(value(*ws, "SELECT status FROM complaints WHERE id = ?", id), QStringLiteral("waiting_customer"));
        page.model()->setStates({QStringLiteral("waiting_customer")});
        WAIT_LOADED(page.model());
        const int row = page.model()->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, ComplaintsModel::TimeLeft).data().toString(), QStringLiteral("paused"));
        page.openComplaint(id); // the filter change cleared the selection
        WAIT_LOADED(page.model());
        QCOMPARE(page.view()->currentIndex().row(), page.model()->rowOfId(id));
        step(pane, "answered", QStringLiteral("照片已收到"));
        QTRY_COMPARE(value(*ws, "SELECT status FROM complaints WHERE id = ?", id), QStringLiteral("investigating"));

        const qint64 ledgerBefore = ws->store().db().scalar("SELECT count(*) FROM provider_ledger WHERE provider_id = ?", m_provider).toLongLong();
        step(pane, "resolve", QStringLiteral("属实，赔偿花瓶"), true);
        QTRY_COMPARE(value(*ws, "SELECT status FROM complaints WHERE id = ?", id), QStringLiteral("resolved"));
        QCOMPARE(value(*ws, "SELECT upheld FROM complaints WHERE id = ?", id), QStringLiteral("1"));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM provider_ledger WHERE provider_id = ?", m_provider).toLongLong(), ledgerBefore + 1);
        // The timeline: recorded, three state changes … each with who did it.
        QTRY_COMPARE(pane->timeline()->count(), 5);
        QVERIFY(pane->timeline()->item(2)->text().contains(QStringLiteral("请客户发花瓶照片")));
        QVERIFY(pane->timeline()->item(4)->text().contains(QStringLiteral("Resolved")));
        // Closed: only reopening is offered.
        QTRY_VERIFY(button(pane, "reopen") && !button(pane, "resolve"));
    }

    void aRefundApprovedByAManagerAndAReturnVisit()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        auto &db = ws->store().db();
        // (A scalar: a statement left open would keep this connection reading an old snapshot.)
        const qint64 order = db.scalar("SELECT id FROM orders WHERE status IN ('completed','rated') AND provider_id IS NOT NULL"
                                       " AND payment_status = 'paid' AND price_fen >= 5000 AND id NOT IN (SELECT order_id FROM complaints)"
                                       " AND id NOT IN (SELECT order_id FROM refunds) ORDER BY id DESC LIMIT 1").toLongLong();
        QVERIFY(order);
        const QString price = itemmodels::formatFen(db.scalar("SELECT price_fen FROM orders WHERE id = ?", order).toLongLong());
        // The agent's limit is 10.00 yuan: 35.50 needs a manager.
        db.run("UPDATE staff SET refund_limit_fen = 1000 WHERE id = ?", ws->session().staffId);
        const qint64 id = services::ComplaintService(ws->services())
                              .open({order, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, domain::CustomerAsk::Refund,
                                     QStringLiteral("窗户没擦"), true})
                              .id;
        ui::ComplaintsPage page(*ws);
        page.openComplaint(id);
        auto *pane = page.detail();
        QVERIFY(pane->summary()->toPlainText().contains(price));

        answerDialog<ui::RefundDialog>([](ui::RefundDialog *d) {
            d->amountEdit()->setText(QStringLiteral("35.505")); // fen are the smallest unit: stays open, says why
            d->reasonEdit()->setPlainText(QStringLiteral("窗户部分退款"));
            d->accept();
            QVERIFY(d->isVisible());
            QVERIFY(!d->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
            d->amountEdit()->setText(QStringLiteral("35.50"));
            d->accept();
        });
        button(pane, "refund")->click();
        QCOMPARE(value(*ws, "SELECT amount_fen || '/' || status FROM refunds WHERE complaint_id = ?", id), QStringLiteral("3550/requested"));
        QTRY_COMPARE(pane->refunds()->count(), 1);
        QVERIFY(pane->refunds()->item(0)->text().contains(QStringLiteral("¥35.50")));
        // Above the agent's own limit: their approval is refused with the reason, nothing changes.
        pane->refunds()->setCurrentRow(0);
        QVERIFY(button(pane, "approveRefund")->isEnabled());
        QVERIFY(!button(pane, "markRefundPaid")); // not an agent's
        const qsizetype shown = ui::MessageBox::shownMessages().size();
        button(pane, "approveRefund")->click();
        QCOMPARE(ui::MessageBox::shownMessages().size(), shown + 1);
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("¥10.00")));
        QCOMPARE(value(*ws, "SELECT status FROM refunds WHERE complaint_id = ?", id), QStringLiteral("requested"));

        // The manager approves it on the workbench, then marks it paid when finance confirms.
        auto manager = m_fx.login(QStringLiteral("manager"));
        ui::ComplaintsPage managed(*manager);
        managed.openComplaint(id);
        auto *managerPane = managed.detail();
        QTRY_COMPARE(managerPane->refunds()->count(), 1);
        QCoreApplication::processEvents();
        managerPane->refunds()->setCurrentRow(0);
        QVERIFY(managerPane->refunds()->currentItem());
        QVERIFY(!button(managerPane, "markRefundPaid")->isEnabled()); // not approved yet
        QVERIFY(button(managerPane, "approveRefund")->isEnabled());
        button(managerPane, "approveRefund")->click();
        QCOMPARE(value(*ws, "SELECT status FROM refunds WHERE complaint_id = ?", id), QStringLiteral("approved"));
        QCOMPARE(value(*ws, "SELECT approved_by FROM refunds WHERE complaint_id = ?", id).toLongLong(), manager->session().staffId);
        QTRY_VERIFY(managerPane->refunds()->item(0) && managerPane->refunds()->item(0)->text().contains(manager->session().displayName));
        managerPane->refunds()->setCurrentRow(0);
        button(managerPane, "markRefundPaid")->click();
        QCOMPARE(value(*ws, "SELECT status FROM refunds WHERE complaint_id = ?", id), QStringLiteral("paid"));
        QCOMPARE(value(*ws, "SELECT payment_status FROM orders WHERE id = ?", order), QStringLiteral("partially_refunded"));

        // A return visit with another provider, from the agent's pane.
        QString orderNo;
        answerDialog<ui::ReturnVisitDialog>([&orderNo](ui::ReturnVisitDialog *d) {
            d->providerCombo()->setCurrentIndex(d->providerCombo()->findData(int(domain::ReserviceProvider::Another)));
            d->accept();
            orderNo = d->orderNo();
        });
        page.openComplaint(id);
        button(pane, "returnVisit")->click();
        QVERIFY(!orderNo.isEmpty());
        QCOMPARE(ws->store().db().scalar("SELECT reservice_provider || '/' || status || '/' || price_fen FROM orders WHERE order_no = ?", orderNo)
                     .toString(), QStringLiteral("another/awaiting_dispatch/0"));
        QTRY_VERIFY(pane->summary()->toPlainText().contains(orderNo));

        // Closing records the customer's satisfaction.
        answerDialog<ui::ComplaintStepDialog>([](ui::ComplaintStepDialog *d) {
            d->textEdit()->setPlainText(QStringLiteral("退款并返工"));
            d->upheldCheck()->setChecked(true);
            d->satisfactionCombo()->setCurrentIndex(d->satisfactionCombo()->findData(4));
            d->accept();
        });
        button(pane, "resolve")->click();
        QCOMPARE(value(*ws, "SELECT status || '/' || satisfaction FROM complaints WHERE id = ?", id), QStringLiteral("resolved/4"));
    }

    // A safety incident: the agent records it, the supervisor suspends the
    // provider from the complaint's detail and lifts it again.
    // An order the customer paid in the app: the platform's payment
    // provider pays its approved refunds back, so "Mark refund paid" is not
    // offered for them, and the pane says where the refund stands.
    void aRefundOfAnAppPaymentIsLeftToThePlatform()
    {
        auto agent = m_fx.login(QStringLiteral("agent"));
        auto &db = agent->store().db();
        const qint64 order = db.scalar("SELECT id FROM orders WHERE status IN ('completed','rated') AND provider_id IS NOT NULL"
                                       " AND payment_status = 'paid' AND price_fen >= 5000 AND id NOT IN (SELECT order_id FROM complaints)"
                                       " AND id NOT IN (SELECT order_id FROM refunds) ORDER BY id LIMIT 1").toLongLong();
        QVERIFY(order);
        db.run("UPDATE orders SET paid_through = 'platform' WHERE id = ?", order); // as the server's row arrives
        const qint64 id = services::ComplaintService(agent->services())
                              .open({order, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, domain::CustomerAsk::Refund,
                                     QStringLiteral("没拖地"), true})
                              .id;
        const qint64 refund = services::RefundService(agent->services()).request({id, 800, QStringLiteral("部分退款")}); // within the agent's limit
        services::RefundService(agent->services()).approve(refund);

        auto manager = m_fx.login(QStringLiteral("manager"));
        ui::ComplaintsPage managed(*manager);
        managed.openComplaint(id);
        auto *pane = managed.detail();
        QTRY_COMPARE(pane->refunds()->count(), 1);
        QVERIFY(pane->summary()->toPlainText().contains(QStringLiteral("paid in the app")));
        QVERIFY(pane->refunds()->item(0)->text().contains(QStringLiteral("not paid back yet")));
        pane->refunds()->setCurrentRow(0);
        QVERIFY(button(pane, "markRefundPaid"));
        QVERIFY(!button(pane, "markRefundPaid")->isEnabled());

        // The pull brings it paid by the platform (no staff payer).
        db.run("UPDATE refunds SET status = 'paid', paid_at = 1795000000 WHERE id = ?", refund);
        pane->showComplaint(id);
        QTRY_VERIFY(pane->refunds()->count() == 1
                    && pane->refunds()->item(0)->text().contains(QStringLiteral("paid back through the payment provider")));
    }

    void aSupervisorSuspendsTheProviderOfASafetyIncident()
    {
        auto agent = m_fx.login(QStringLiteral("agent"));
        const qint64 id = services::ComplaintService(agent->services())
                              .open({m_order, domain::ComplaintCategory::Safety, domain::ComplaintSeverity::High, {},
                                     QStringLiteral("师傅言语威胁客户"), true})
                              .id;
        const QString before = value(*agent, "SELECT status || '|' || coalesce(status_reason, '') FROM providers WHERE id = ?", m_provider);
        QCOMPARE(before, QStringLiteral("active|"));
        ui::ComplaintsPage agentPage(*agent);
        agentPage.openComplaint(id);
        QVERIFY(button(agentPage.detail(), "resolve"));
        QVERIFY(!button(agentPage.detail(), "suspendProvider")); // not the agent's decision

        auto supervisor = m_fx.login(QStringLiteral("supervisor"));
        ui::ComplaintsPage page(*supervisor);
        page.openComplaint(id);
        auto *pane = page.detail();
        QVERIFY(!button(pane, "liftSuspension"));
        step(pane, "suspendProvider", QStringLiteral("调查期间暂停接单"));
        QTRY_COMPARE(value(*supervisor, "SELECT status FROM providers WHERE id = ?", m_provider), QStringLiteral("suspended"));
        QVERIFY(value(*supervisor, "SELECT status_reason FROM providers WHERE id = ?", m_provider).contains(QStringLiteral("调查期间暂停接单")));
        QTRY_VERIFY(button(pane, "liftSuspension") && !button(pane, "suspendProvider"));
        QVERIFY(pane->summary()->toPlainText().contains(QStringLiteral("Provider suspended")));
        QVERIFY(pane->timeline()->item(pane->timeline()->count() - 1)->text().contains(QStringLiteral("Provider suspended pending investigation")));
        step(pane, "liftSuspension", QStringLiteral("已核实"));
        QTRY_COMPARE(value(*supervisor, "SELECT status || '|' || coalesce(status_reason, '') FROM providers WHERE id = ?", m_provider),
                     QStringLiteral("active|"));
        QTRY_VERIFY(button(pane, "suspendProvider"));
        QVERIFY(pane->timeline()->item(pane->timeline()->count() - 1)->text().contains(QStringLiteral("已核实")));
    }

    void intakeOnThePageByOrderNumber()
    {
        auto ws = m_fx.login(QStringLiteral("li.na"));
        ui::ComplaintsPage page(*ws);
        const QString orderNo = value(*ws, "SELECT order_no FROM orders WHERE id = ?", m_order);
        const qint64 before = ws->store().db().scalar("SELECT count(*) FROM complaints").toLongLong();
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("迟到截图.png"));
        QImage image(20, 20, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(photo));
        answerDialog<ui::ComplaintIntakeDialog>([orderNo, photo](ui::ComplaintIntakeDialog *d) {
            d->addPhotoFile(photo);
            d->orderEdit()->setText(QStringLiteral("DS000000-0-0000"));
            d->descriptionEdit()->setPlainText(QStringLiteral("师傅迟到两小时"));
            d->categoryCombo()->setCurrentIndex(d->categoryCombo()->findData(int(domain::ComplaintCategory::NoShow)));
            d->accept(); // no such order: stays open
            QVERIFY(d->isVisible());
            d->orderEdit()->setText(orderNo);
            d->accept();
        });
        page.newButton()->click();
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM complaints").toLongLong(), before + 1);
        const qint64 id = page.detail()->complaintId();
        QVERIFY(id);
        QCOMPARE(value(*ws, "SELECT category FROM complaints WHERE id = ?", id), QStringLiteral("no_show"));
        // The photo chosen before the refusal was kept, and stored with the complaint.
        QCOMPARE(value(*ws, "SELECT group_concat(file_name) FROM complaint_attachments WHERE complaint_id = ?", id), QStringLiteral("迟到截图.png"));
        // The new one is open and the queue shows it.
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->rowOfId(id) >= 0);
        QCOMPARE(page.view()->currentIndex().row(), page.model()->rowOfId(id));
    }

    void queueFiltersAgainstAnIndependentCount()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        ui::ComplaintsPage page(*ws);
        auto &db = ws->store().db();
        const auto open = "status IN ('open','investigating','waiting_customer')";
        QCOMPARE(page.model()->matchingCount(), db.scalar(QByteArray("SELECT count(*) FROM complaints WHERE ") + open).toLongLong());
        page.queueFilter()->setCurrentIndex(2); // unassigned
        QCOMPARE(page.model()->matchingCount(),
                 db.scalar(QByteArray("SELECT count(*) FROM complaints WHERE assigned_staff_id IS NULL AND ") + open).toLongLong());
        page.queueFilter()->setCurrentIndex(1); // mine
        QCOMPARE(page.model()->matchingCount(),
                 db.scalar(QByteArray("SELECT count(*) FROM complaints WHERE assigned_staff_id = ? AND ") + open, ws->session().staffId).toLongLong());
        page.queueFilter()->setCurrentIndex(0);
        page.stateFilter()->setCurrentIndex(page.stateFilter()->count() - 1); // all states
        page.categoryFilter()->setCurrentIndex(page.categoryFilter()->findData(QStringLiteral("damage")));
        QCOMPARE(page.model()->matchingCount(), db.scalar("SELECT count(*) FROM complaints WHERE category = 'damage'").toLongLong());
        QVERIFY(page.model()->matchingCount() >= 1);
    }

    // A photo attached from the detail, listed and opened in the scan viewer.
    void aPhotoAttachedAndViewed()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        const qint64 id = services::ComplaintService(ws->services())
                              .open({m_order, domain::ComplaintCategory::Damage, domain::ComplaintSeverity::Low, {}, QStringLiteral("墙面划伤"), true})
                              .id;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("墙面.png"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QVERIFY(image.save(path));
        ui::ComplaintsPage page(*ws);
        page.openComplaint(id);
        auto *pane = page.detail();
        QVERIFY(button(pane, "attachPhoto"));
        pane->attachFile(path);
        QTRY_COMPARE(pane->attachments()->count(), 1);
        QVERIFY(pane->attachments()->item(0)->text().startsWith(QStringLiteral("墙面.png")));
        QVERIFY(pane->timeline()->item(pane->timeline()->count() - 1)->text().contains(QStringLiteral("Photo attached: 墙面.png")));
        const qint64 photo = pane->attachments()->item(0)->data(Qt::UserRole).toLongLong();
        QDialog *viewer = pane->viewAttachment(photo);
        QVERIFY(viewer);
        QVERIFY(viewer->findChild<ui::ScanViewer *>()->hasImage());
        viewer->close();
        QCOMPARE(value(*ws, "SELECT count(*) FROM audit_log WHERE action = 'complaint.attachment_viewed' AND entity_id = ?", photo), QStringLiteral("1"));
        // A file that is not a photo is refused, naming it.
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just text");
        f.close();
        pane->attachFile(text);
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("notes.png")));
        QCOMPARE(pane->attachments()->count(), 1);
    }

    // The office manager's notice: the escalated complaints counted in the
    // status bar; clicking opens the queue filtered to them.
    void theManagersNoticeOpensTheEscalatedQueue()
    {
        auto manager = m_fx.login(QStringLiteral("manager"));
        auto &db = manager->store().db();
        const auto open = "status IN ('open','investigating','waiting_customer')";
        const qint64 escalated = db.scalar(QByteArray("SELECT count(*) FROM complaints WHERE escalated_at IS NOT NULL AND ") + open).toLongLong();
        QVERIFY(escalated > 0); // the safety incidents of the tests above, the demo's breaches
        ui::MainWindow window(*manager);
        auto *notice = window.findChild<QLabel *>(QStringLiteral("complaintNotice"));
        QVERIFY(notice && notice->isVisibleTo(&window));
        QVERIFY2(notice->text().contains(QStringLiteral("%1 escalated").arg(escalated)), qPrintable(notice->text()));
        Q_EMIT notice->linkActivated(QStringLiteral("escalated"));
        auto *page = window.findChild<ui::ComplaintsPage *>();
        QVERIFY(page && page->isVisibleTo(&window));
        QCOMPARE(page->queueFilter()->currentData().toInt(), int(ui::ComplaintsPage::Queue::Escalated));
        QCOMPARE(page->model()->matchingCount(), escalated);
        WAIT_LOADED(page->model());
        QVERIFY(page->model()->rowCount() > 0);
        // The breached link: the queue of those past their deadline.
        Q_EMIT notice->linkActivated(QStringLiteral("breached"));
        QCOMPARE(page->queueFilter()->currentData().toInt(), int(ui::ComplaintsPage::Queue::Breached));
        QCOMPARE(page->model()->matchingCount(), page->model()->breachedCount());

        // An agent sees the breaches, not the managers' notice.
        auto agent = m_fx.login(QStringLiteral("agent"));
        ui::MainWindow agentWindow(*agent);
        QVERIFY(!agentWindow.findChild<QLabel *>(QStringLiteral("complaintNotice"))->text().contains(QStringLiteral("escalated")));
    }

    // Photos taken with the complaint on the intake form (from the order's
    // detail): a bad file is named at once and nothing typed is lost; the
    // good photo is stored with the complaint and shows on its detail.
    void photosTakenAtIntake()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("花瓶碎片.png"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QVERIFY(image.save(photo));
        const QString text = dir.filePath(QStringLiteral("说明.jpg"));
        const QString huge = dir.filePath(QStringLiteral("视频.jpg"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a photo");
            QFile g(huge);
            QVERIFY(g.open(QIODevice::WriteOnly));
            QVERIFY(g.resize(domain::kMaxScanBytes + 1));
        }
        ui::OrdersPage orders(*ws);
        orders.openOrder(m_order);
        QSignalSpy opened(orders.detail(), &ui::OrderDetailView::complaintOpened);
        bool textRefused = false, hugeRefused = false, missingRefused = false, photoTaken = false, errorCleared = false;
        QString textError, hugeError, description;
        int listed = 0;
        answerDialog<ui::ComplaintIntakeDialog>([&](ui::ComplaintIntakeDialog *d) {
            auto *error = d->findChild<QLabel *>(QStringLiteral("error"));
            d->descriptionEdit()->setPlainText(QStringLiteral("花瓶打碎，有照片"));
            textRefused = !d->addPhotoFile(text);
            textError = error->text();
            hugeRefused = !d->addPhotoFile(huge);
            hugeError = error->text();
            missingRefused = !d->addPhotoFile(dir.filePath(QStringLiteral("missing.png")));
            photoTaken = d->addPhotoFile(photo);
            errorCleared = error->isHidden();
            listed = d->photoList()->count();
            description = d->descriptionEdit()->toPlainText();
            d->accept();
        });
        button(orders.detail(), "complaint")->click();
        QVERIFY(textRefused && hugeRefused && missingRefused && photoTaken && errorCleared);
        QVERIFY2(textError.contains(QStringLiteral("说明.jpg")) && textError.contains(QStringLiteral("PNG, JPEG or PDF")), qPrintable(textError));
        QVERIFY2(hugeError.contains(QStringLiteral("视频.jpg")) && hugeError.contains(QStringLiteral("MiB")), qPrintable(hugeError));
        QCOMPARE(listed, 1);
        QCOMPARE(description, QStringLiteral("花瓶打碎，有照片")); // nothing typed was lost
        QCOMPARE(opened.count(), 1);
        const qint64 id = opened.at(0).at(0).toLongLong();
        QCOMPARE(value(*ws, "SELECT group_concat(file_name) FROM complaint_attachments WHERE complaint_id = ?", id), QStringLiteral("花瓶碎片.png"));
        // One action: the intake's audit entry counts the photo.
        QVERIFY(value(*ws, "SELECT detail FROM audit_log WHERE action = 'complaint.open' AND entity_id = ?", id).contains(QStringLiteral("\"photos\":1")));
        ui::ComplaintsPage page(*ws);
        page.openComplaint(id);
        QTRY_COMPARE(page.detail()->attachments()->count(), 1);
        QVERIFY(page.detail()->timeline()->item(page.detail()->timeline()->count() - 1)->text().contains(QStringLiteral("Photo attached: 花瓶碎片.png")));
    }

    // The SLA policies in the window: the manager changes one (a refusal
    // explained, then saved, audited); an agent reads them only.
    void aManagerChangesAnSlaPolicy()
    {
        auto manager = m_fx.login(QStringLiteral("manager"));
        ui::ComplaintsPage page(*manager);
        QVERIFY(page.slaPoliciesButton());
        const auto unit = [](QComboBox *combo, services::SlaUnit u) { combo->setCurrentIndex(combo->findData(int(u))); };
        bool editable = false;
        QString refusal, result, cell;
        int rows = 0;
        answerDialog<ui::SlaPolicyDialog>([&](ui::SlaPolicyDialog *d) {
            rows = d->table()->rowCount();
            editable = d->saveButton() != nullptr;
            if (!editable)
                return d->reject();
            d->select(domain::ComplaintCategory::Attitude, domain::ComplaintSeverity::High);
            unit(d->firstResponseUnit(), services::SlaUnit::BusinessDays);
            d->firstResponseAmount()->setValue(3);
            unit(d->resolutionUnit(), services::SlaUnit::BusinessDays);
            d->resolutionAmount()->setValue(2);
            d->saveButton()->click();
            refusal = d->findChild<QLabel *>(QStringLiteral("error"))->text();
            unit(d->firstResponseUnit(), services::SlaUnit::Minutes);
            d->firstResponseAmount()->setValue(45);
            d->saveButton()->click();
            result = d->resultLabel()->text();
            cell = d->table()->item(d->table()->currentRow(), 2)->text();
            d->reject();
        });
        page.slaPoliciesButton()->click();
        QCOMPARE(rows, 7 * 3);
        QVERIFY(editable);
        QVERIFY2(refusal.contains(QStringLiteral("after the resolution")), qPrintable(refusal));
        QVERIFY2(result.contains(QStringLiteral("saved")) && result.contains(QStringLiteral("keep")), qPrintable(result));
        QVERIFY2(cell.startsWith(QStringLiteral("45 minute")) && cell.endsWith(QStringLiteral("around the clock")), qPrintable(cell));
        auto &db = manager->store().db();
        QCOMPARE(db.scalar("SELECT first_response_amount || ' ' || first_response_unit || ' / ' || resolution_amount || ' ' || resolution_unit"
                           " FROM sla_policies WHERE category = 'attitude' AND severity = 'high'").toString(),
                 QStringLiteral("45 minutes / 2 business_days"));
        QCOMPARE(db.scalar("SELECT username FROM audit_log WHERE action = 'sla.policy_set' ORDER BY seq DESC LIMIT 1").toString(),
                 QStringLiteral("manager"));

        auto agent = m_fx.login(QStringLiteral("agent"));
        ui::ComplaintsPage agentPage(*agent);
        bool agentEdits = true;
        answerDialog<ui::SlaPolicyDialog>([&](ui::SlaPolicyDialog *d) {
            agentEdits = d->saveButton() || d->firstResponseAmount()->isEnabled();
            d->reject();
        });
        agentPage.slaPoliciesButton()->click();
        QVERIFY(!agentEdits);
    }

    // December 2026 with only the 2026 holiday calendar: the workbench warns
    // that next year's file is missing (the administrator loads it below).
    void theWorkbenchWarnsWhenTheCalendarRunsOut()
    {
        auto ws = m_fx.login(QStringLiteral("agent"));
        ws->services().setClock(&december2026);
        ui::ComplaintsPage page(*ws);
        QVERIFY(page.calendarWarning()->isVisibleTo(&page));
        QVERIFY2(page.calendarWarning()->text().contains(QStringLiteral("2027")), qPrintable(page.calendarWarning()->text()));
    }

    // Settings → Office hours and complaints…: the administrator opens the
    // office on Saturdays, lengthens the reopening window and loads next
    // year's holiday calendar (a file with an error is refused, its line named).
    void anAdministratorSetsOfficeHoursAndLoadsACalendar()
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        ui::MainWindow window(*admin);
        auto *action = window.findChild<QAction *>(QStringLiteral("officeHoursAction"));
        QVERIFY(action);
        QTemporaryDir dir;
        const auto write = [&dir](const char *name, const char *text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
            return f.fileName();
        };
        const QString bad = write("bad-2027.txt", "year 2027\nwork 2027-01-05\n");
        const QString good = write("cn-statutory-2027.txt", "year 2027\noff 2027-01-01\n");
        bool badLoaded = true, goodLoaded = false;
        QString badError, years;
        answerDialog<ui::OfficeHoursDialog>([&](ui::OfficeHoursDialog *d) {
            d->openCheck(5)->setChecked(true); // Saturday
            d->opensAt(5)->setTime(QTime(10, 0));
            d->closesAt(5)->setTime(QTime(16, 0));
            d->reopenDays()->setValue(10);
            badLoaded = d->loadCalendarFile(bad);
            badError = d->findChild<QLabel *>(QStringLiteral("error"))->text();
            goodLoaded = d->loadCalendarFile(good);
            years = d->calendarLabel()->text();
            d->accept();
            if (d->isVisible())
                d->reject();
        });
        action->trigger();
        QVERIFY(!badLoaded && goodLoaded);
        QVERIFY2(badError.contains(QStringLiteral("line 2")), qPrintable(badError));
        QVERIFY2(years.contains(QStringLiteral("2027")), qPrintable(years));
        auto &db = admin->store().db();
        const auto setting = [&db](const char *key) { return db.scalar("SELECT value FROM settings WHERE key = ?", QString::fromLatin1(key)).toString(); };
        QCOMPARE(setting("office_hours.sat_open"), QStringLiteral("600"));
        QCOMPARE(setting("office_hours.sat_close"), QStringLiteral("960"));
        QCOMPARE(setting("complaints.reopen_days"), QStringLiteral("10"));
        QCOMPARE(db.scalar("SELECT count(*) FROM holiday_calendars WHERE year = 2027").toInt(), 1);
        // With 2027 loaded, the workbench no longer warns in December 2026.
        admin->services().setClock(&december2026);
        ui::ComplaintsPage page(*admin);
        QVERIFY(!page.calendarWarning()->isVisibleTo(&page));

        // The manager reads them from the SLA policies, read-only.
        auto manager = m_fx.login(QStringLiteral("manager"));
        ui::OfficeHoursDialog readOnly(*manager);
        QVERIFY(readOnly.readOnly());
        QVERIFY(!readOnly.opensAt(5)->isEnabled() || !readOnly.openCheck(5)->isEnabled());
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("loadCalendar")));
    }

    void rolesSeeWhatTheyMay()
    {
        auto supervisor = m_fx.login(QStringLiteral("supervisor"));
        ui::ComplaintsPage supervised(*supervisor);
        supervised.stateFilter()->setCurrentIndex(supervised.stateFilter()->count() - 1);
        WAIT_LOADED(supervised.model());
        QVERIFY(supervised.model()->rowCount() > 0);
        QVERIFY(supervised.model()->index(0, ComplaintsModel::Phone).data().toString().contains(QStringLiteral("****")));
        QVERIFY(supervised.newButton());

        auto manager = m_fx.login(QStringLiteral("manager"));
        ui::ComplaintsPage managed(*manager);
        QVERIFY(!managed.newButton()); // reads and hands out, settles nothing
        managed.stateFilter()->setCurrentIndex(0);
        WAIT_LOADED(managed.model());
        if (managed.model()->rowCount() > 0) {
            managed.view()->selectRow(0);
            QTRY_VERIFY(button(managed.detail(), "assign"));
            QVERIFY(!button(managed.detail(), "claim"));
            QVERIFY(!button(managed.detail(), "resolve"));
            QVERIFY(managed.model()->index(0, ComplaintsModel::Phone).data().toString().contains(QStringLiteral("****")));
        }
    }
};

QTEST_MAIN(TestComplaintsUi)
#include "tst_complaints_ui.moc"
