// Provider onboarding review and the provider directory as a supervisor uses
// them, offscreen, on a small demo franchise: open applications from the
// queue with the keyboard, see a planted invalid ID number fail its check and
// block approval, reject with a reason, record a background check and approve
// with the shortcut, approve, reject, correct and add credentials on their
// cards, attach (and be refused) scans, zoom and rotate them, and work the
// directory: filters (open flags too), detail, ledger, courses and
// assessments, confirming a flag with a reason, renewal of an expired or
// lapsed credential.
// Dialogs are answered through MessageBox's test hook and by filling the
// modal dialog the page opens.
#include "demo/demo_generator.h"
#include "dialog_answer.h"
#include "wait_loaded.h"
#include "domain/idnumber.h"
#include "domain/scan_format.h"
#include "itemmodels/applications_model.h"
#include "itemmodels/expiring_credentials_model.h"
#include "itemmodels/providers_model.h"
#include "services/provider_expiry_service.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/providers/background_check_dialog.h"
#include "ui/providers/credential_card.h"
#include "ui/providers/discipline_dialogs.h"
#include "ui/providers/expiring_credentials_view.h"
#include "ui/providers/provider_detail_pane.h"
#include "ui/providers/provider_directory_page.h"
#include "ui/providers/reason_dialog.h"
#include "ui/providers/review_page.h"
#include "ui/providers/review_queue_page.h"
#include "ui/providers/scan_viewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace doorstep;
using tests::answerDialog;
using itemmodels::ApplicationsModel;

namespace {
// A certificate-like picture, so the screenshot shows a real-looking scan.
QByteArray generatedScanPng(const QString &name)
{
    QImage image(900, 570, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xe8));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x2e, 0x5e, 0x8e), 6));
    p.drawRoundedRect(QRectF(20, 20, 860, 530), 24, 24);
    QFont font = p.font();
    font.setPixelSize(40);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(0, 50, 900, 60), Qt::AlignCenter, QStringLiteral("健康证明"));
    font.setPixelSize(28);
    font.setBold(false);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRect(80, 160, 700, 40), Qt::AlignLeft, QStringLiteral("姓名：%1").arg(name));
    p.drawText(QRect(80, 220, 700, 40), Qt::AlignLeft, QStringLiteral("体检结论：合格"));
    p.drawText(QRect(80, 280, 700, 40), Qt::AlignLeft, QStringLiteral("发证机关：上海市徐汇区疾病预防控制中心"));
    p.drawText(QRect(80, 340, 700, 40), Qt::AlignLeft, QStringLiteral("有效期限：一年"));
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 5));
    p.drawEllipse(QPointF(720, 430), 80, 80);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray generatedPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    p.drawText(QPointF(200, 200), QStringLiteral("page 1"));
    writer.newPage();
    p.drawText(QPointF(200, 200), QStringLiteral("page 2"));
    p.end();
    return bytes;
}

QString checkMessage(const QList<domain::ProviderCheck> &checks, const QString &key)
{
    for (const auto &c : checks)
        if (c.key == key)
            return c.message;
    return {};
}

domain::CheckState checkState(const QList<domain::ProviderCheck> &checks, const QString &key)
{
    for (const auto &c : checks)
        if (c.key == key)
            return c.state;
    return domain::CheckState::Missing;
}
} // namespace

class TestProviderReviewUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_demo;

    std::unique_ptr<services::Workspace> logIn(const QString &user)
    {
        return services::Workspace::login(m_path, user, m_demo.password);
    }
    static QString appState(services::Workspace &ws, qint64 app)
    {
        return ws.store().db().scalar("SELECT state FROM provider_applications WHERE id = ?", app).toString();
    }
    // The first queue row whose checks block approval only through `keys`.
    static int rowBlockedOnlyBy(services::Workspace &ws, ApplicationsModel *model, const QStringList &keys)
    {
        waitLoaded(model);
        services::ProviderReviewService review(ws.services());
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList blocking;
            for (const auto &c : review.checks(model->providerIdAt(row)))
                if (c.blocksApproval())
                    blocking.append(c.key);
            blocking.sort();
            if (blocking == keys)
                return row;
        }
        return -1;
    }
    static int rowFailing(services::Workspace &ws, ApplicationsModel *model, const QString &key)
    {
        waitLoaded(model);
        services::ProviderReviewService review(ws.services());
        for (int row = 0; row < model->rowCount(); ++row)
            for (const auto &c : review.checks(model->providerIdAt(row)))
                if (c.key == key && c.state == domain::CheckState::Failed)
                    return row;
        return -1;
    }
    // Down-arrows from the top of the queue, then Enter: no mouse.
    static void openByKeyboard(ui::ReviewQueuePage *queue, int row)
    {
        WAIT_LOADED(queue->model());
        if (queue->isReviewing())
            QTest::keyClick(queue->reviewPage(), Qt::Key_Escape);
        queue->view()->setFocus();
        queue->view()->setCurrentIndex(queue->model()->index(0, 0));
        for (int i = 0; i < row; ++i)
            QTest::keyClick(queue->view(), Qt::Key_Down);
        QTest::keyClick(queue->view(), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("providers.doorstep"));
        m_demo.providers = 160;
        m_demo.orders = 600;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
    }

    void onlyReviewersGetTheQueue()
    {
        for (const QString &user : {QStringLiteral("dispatcher"), QStringLiteral("manager")}) {
            auto ws = logIn(user);
            ui::MainWindow window(*ws);
            QVERIFY2(!window.pageKeys().contains(QStringLiteral("review")), qPrintable(user));
            QVERIFY(window.pageKeys().contains(QStringLiteral("providers")));
            auto *directory = qobject_cast<ui::ProviderDirectoryPage *>(window.page(QStringLiteral("providers")));
            QVERIFY(directory);
            WAIT_LOADED(directory->model());
            QVERIFY(directory->model()->rowCount() > 0);
            // Masked for roles without the reveal permission.
            QVERIFY(directory->model()->index(0, itemmodels::ProvidersModel::Phone).data().toString().contains(QStringLiteral("****")));
            QVERIFY(!directory->expiring()->renewButton()->isVisibleTo(directory->expiring()));
        }
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        QVERIFY(window.pageKeys().contains(QStringLiteral("review")));
    }

    void theQueueOpensByKeyboardAndAnInvalidIdBlocksApproval()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
        QVERIFY(queue);
        QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        WAIT_LOADED(queue->model());
        QVERIFY(queue->model()->rowCount() >= 4);
        // Longest waiting first.
        QVERIFY(queue->model()->index(0, ApplicationsModel::Submitted).data(itemmodels::PagedTableModel::SortRole).toLongLong()
                <= queue->model()->index(1, ApplicationsModel::Submitted).data(itemmodels::PagedTableModel::SortRole).toLongLong());

        // Enter opens the selected (first) application; Ctrl+N the next one.
        queue->view()->setFocus();
        QTest::keyClick(queue->view(), Qt::Key_Return);
        QVERIFY(queue->isReviewing());
        QCOMPARE(queue->reviewPage()->applicationId(), queue->model()->idAt(0));
        QTest::keyClick(queue->reviewPage(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(queue->reviewPage()->applicationId(), queue->model()->idAt(1));
        QTest::keyClick(queue->reviewPage(), Qt::Key_Escape);
        QVERIFY(!queue->isReviewing());

        const int bad = rowFailing(*ws, queue->model(), QStringLiteral("id.check_digit"));
        QVERIFY2(bad >= 0, "the demo plants applicants with a wrong check digit");
        const qint64 app = queue->model()->idAt(bad);
        openByKeyboard(queue, bad);
        auto *review = queue->reviewPage();
        QCOMPARE(review->applicationId(), app);
        // The checklist shows the failing check, and approval is off.
        const QString message = checkMessage(review->checks(), QStringLiteral("id.check_digit"));
        QVERIFY(!message.isEmpty());
        const auto found = review->checklist()->findItems(message, Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->data(0, Qt::UserRole).toString(), QStringLiteral("id.check_digit"));
        QVERIFY(!review->approveButton()->isEnabled());
        QVERIFY(review->approveButton()->toolTip().contains(message));
        // The ID number is masked until revealed.
        QVERIFY(review->idNumberLabel()->text().contains(u'*'));
        // The shortcut is refused with the reason, naming the check.
        QTest::keyClick(review, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ui::MessageBox::shownMessages().last().contains(message));
        QVERIFY(appState(*ws, app) == u"new" || appState(*ws, app) == u"info_requested");
        // "Show" reveals the full number (an audited action).
        review->revealIdNumber();
        QVERIFY(!review->idNumberLabel()->text().contains(u'*'));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'provider.reveal_id_number'").toInt(), 1);
    }

    // Everything the review page shows as text: labels, checklist rows and
    // their tooltips, timeline rows, button tooltips.
    static QStringList textsUnder(QWidget *root)
    {
        QStringList out;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            out.append(w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                out.append(label->text());
            if (auto *tree = qobject_cast<QTreeWidget *>(w))
                for (int i = 0; i < tree->topLevelItemCount(); ++i)
                    for (int c = 0; c < tree->columnCount(); ++c)
                        out << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
            if (auto *list = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < list->count(); ++i)
                    out.append(list->item(i)->text());
        }
        return out;
    }

    // The masked ID number hides exactly the birth date: the page shows the
    // age instead, nowhere the date (issue #10). Before the fix the personal
    // line said "Born 1990-05-17" and the checklist "Born 1990-05-17.".
    void theReviewPageShowsTheAgeNeverTheBirthDate()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
        QVERIFY(queue);
        WAIT_LOADED(queue->model());
        int shown = 0;
        for (int row = 0; row < std::min(4, queue->model()->rowCount()); ++row) {
            const QString idNumber = ws->store().db().scalar("SELECT id_number FROM providers WHERE id = ?", queue->model()->providerIdAt(row)).toString();
            const domain::IdNumberCheck id = domain::checkIdNumber(idNumber, ws->clock().officeToday());
            if (!id.birthDateOk)
                continue;
            openByKeyboard(queue, row);
            const QString declared = ws->store().db().scalar("SELECT birth_date FROM providers WHERE id = ?", queue->model()->providerIdAt(row)).toString();
            const QStringList texts = textsUnder(queue->reviewPage());
            for (const QString &text : texts) {
                QVERIFY2(!text.contains(id.birthDate.toString(Qt::ISODate)), qPrintable(text));
                QVERIFY2(!text.contains(idNumber.mid(6, 8)), qPrintable(text));
                QVERIFY2(declared.isEmpty() || !text.contains(declared), qPrintable(text));
            }
            QVERIFY(texts.join(u'\n').contains(QStringLiteral("Age %1").arg(id.age)));
            ++shown;
        }
        QVERIFY(shown >= 2);
    }

    void rejectingNeedsAReasonAndTheTimelineShowsIt()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::ReviewQueuePage queue(*ws);
        queue.resize(1200, 760);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        const int bad = rowFailing(*ws, queue.model(), QStringLiteral("id.check_digit"));
        QVERIFY(bad >= 0);
        const qint64 app = queue.model()->idAt(bad);
        openByKeyboard(&queue, bad);
        QCOMPARE(queue.reviewPage()->applicationId(), app);
        const QString reason = QStringLiteral("身份证号码校验位错误，请核对后重新申请");
        bool emptyRefused = false;
        answerDialog<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
            dialog->accept(); // nothing typed: stays open
            emptyRefused = dialog->isVisible();
            dialog->reasonEdit()->setPlainText(reason);
            dialog->accept();
        });
        QTest::keyClick(queue.reviewPage(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(emptyRefused);
        QCOMPARE(appState(*ws, app), QStringLiteral("rejected"));
        QVERIFY(queue.reviewPage()->timeline()->count() >= 2);
        QVERIFY(queue.reviewPage()->timeline()->item(queue.reviewPage()->timeline()->count() - 1)->text().contains(reason));
        QVERIFY(!queue.reviewPage()->rejectButton()->isEnabled());
        // It left the open queue.
        WAIT_LOADED(queue.model());
        QCOMPARE(queue.model()->rowOfId(app), -1);
    }

    void askingForInformationKeepsTheApplicationOpen()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::ReviewQueuePage queue(*ws);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        openByKeyboard(&queue, 0);
        const qint64 app = queue.reviewPage()->applicationId();
        answerDialog<ui::ReasonDialog>([](ui::ReasonDialog *dialog) {
            dialog->reasonEdit()->setPlainText(QStringLiteral("请补充健康证照片"));
            dialog->accept();
        });
        QTest::keyClick(queue.reviewPage(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(appState(*ws, app), QStringLiteral("info_requested"));
        QVERIFY(queue.reviewPage()->timeline()->item(queue.reviewPage()->timeline()->count() - 1)->text().contains(QStringLiteral("请补充健康证照片")));
    }

    void aFixedApplicantIsApprovedWithTheShortcut()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::ReviewQueuePage queue(*ws);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        const int row = rowBlockedOnlyBy(*ws, queue.model(), {QStringLiteral("background_check")});
        QVERIFY2(row >= 0, "a demo applicant waiting only for the background check");
        const qint64 app = queue.model()->idAt(row);
        const qint64 provider = queue.model()->providerIdAt(row);
        openByKeyboard(&queue, row);
        QVERIFY(!queue.reviewPage()->approveButton()->isEnabled());
        // The agency's answer arrives and is recorded; the page is reopened.
        services::ProviderReviewService(ws->services()).recordBackgroundCheck(provider, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Clear);
        openByKeyboard(&queue, queue.model()->rowOfId(app));
        QVERIFY(queue.reviewPage()->approveButton()->isEnabled());
        QTest::keyClick(queue.reviewPage(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(appState(*ws, app), QStringLiteral("approved"));
        QCOMPARE(ws->store().db().scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
        QVERIFY(!queue.reviewPage()->approveButton()->isEnabled());
        // Ctrl+N moves on to the application that took its place.
        WAIT_LOADED(queue.model());
        const int after = queue.model()->rowCount();
        QTest::keyClick(queue.reviewPage(), Qt::Key_N, Qt::ControlModifier);
        if (after > row)
            QCOMPARE(queue.reviewPage()->applicationId(), queue.model()->idAt(row));
    }

    void scansAreRefusedOrAttachedAndTheViewerZoomsAndRotates()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
        const int row = rowFailing(*ws, queue->model(), QStringLiteral("id.check_digit")) >= 0
            ? rowFailing(*ws, queue->model(), QStringLiteral("id.check_digit")) : 0;
        openByKeyboard(queue, row);
        auto *review = queue->reviewPage();
        QVERIFY(!review->credentialCards().isEmpty());
        ui::CredentialCard *health = nullptr;
        for (auto *card : review->credentialCards())
            if (card->credential().type == u"health_certificate")
                health = card;
        QVERIFY(health);
        const qint64 credential = health->credentialId();
        // The demo may have seeded a scan of it already.
        const int seeded = ws->store().db().scalar("SELECT count(*) FROM credential_scans WHERE credential_id = ?", credential).toInt();

        // Too large, dropped on the card: refused by its size.
        QTemporaryDir files;
        const QString big = files.filePath(QStringLiteral("album.png"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
            bytes.append(QByteArray(domain::kMaxScanBytes + 100, '\0'));
            f.write(bytes);
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(big)});
        const QPoint at = health->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(health, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(health, &drop);
        QVERIFY2(ui::MessageBox::shownMessages().last().contains(QStringLiteral("at most 10 MiB")), qPrintable(ui::MessageBox::shownMessages().last()));
        // Not a scan at all, whatever its name says.
        const QString exe = files.filePath(QStringLiteral("photo.jpg"));
        {
            QFile f(exe);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("MZ\x90\x00 this is a program");
        }
        QCOMPARE(review->addScanFiles(credential, {exe}), 0);
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("not a PNG, JPEG or PDF")));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM credential_scans WHERE credential_id = ?", credential).toInt(), seeded);

        // A real scan: attached and shown.
        const QString png = files.filePath(QStringLiteral("健康证.png"));
        {
            QFile f(png);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(generatedScanPng(ws->store().db().scalar("SELECT name FROM providers WHERE id = ?", review->providerId()).toString()));
        }
        QCOMPARE(review->addScanFiles(credential, {png}), 1);
        auto *viewer = review->scanViewer();
        QVERIFY(viewer->hasImage());
        QVERIFY(viewer->fitting());
        QVERIFY(review->timeline()->item(review->timeline()->count() - 1)->text().contains(QStringLiteral("健康证.png")));

        const double fit = viewer->zoom();
        viewer->zoomIn();
        QVERIFY(!viewer->fitting());
        QVERIFY(qFuzzyCompare(viewer->zoom(), fit * 1.25));
        QVERIFY(qFuzzyCompare(viewer->view()->transform().m11(), fit * 1.25));
        viewer->zoomOut();
        viewer->zoomOut();
        QVERIFY(qFuzzyCompare(viewer->zoom(), fit / 1.25));
        viewer->rotateClockwise();
        QCOMPARE(viewer->rotation(), 90);
        // Rotated a quarter turn: x maps onto y.
        const QTransform t = viewer->view()->transform();
        QVERIFY(qAbs(t.m11()) < 1e-9);
        QVERIFY(qFuzzyCompare(t.m12(), fit / 1.25));
        viewer->fitToWindow();
        QVERIFY(viewer->fitting());
        for (int i = 0; i < 3; ++i)
            viewer->rotateClockwise();
        QCOMPARE(viewer->rotation(), 0);

        // A PDF: paged (when this build has Qt PDF).
        const qint64 pdf = services::ProviderReviewService(ws->services()).addScan(credential, QStringLiteral("体检报告.pdf"), generatedPdf());
        review->showScan(pdf, QStringLiteral("体检报告.pdf"));
        if (ui::ScanViewer::pdfSupported()) {
            QTRY_COMPARE(viewer->pageCount(), 2);
            QVERIFY(viewer->hasImage());
            viewer->showPage(1);
            QCOMPARE(viewer->currentPage(), 1);
        } else {
            QVERIFY(!viewer->hasImage());
        }
    }

    // From the queue to a decision, entirely in the window: the agency's
    // answer through the dialog, the checklist turning green, Ctrl+Enter.
    void anApplicantIsApprovedEntirelyThroughTheWindow()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
        QVERIFY(queue);
        const int row = rowBlockedOnlyBy(*ws, queue->model(), {QStringLiteral("background_check")});
        QVERIFY2(row >= 0, "a demo applicant waiting only for the background check");
        const qint64 app = queue->model()->idAt(row);
        const qint64 provider = queue->model()->providerIdAt(row);
        openByKeyboard(queue, row);
        auto *review = queue->reviewPage();
        QCOMPARE(review->applicationId(), app);
        QVERIFY(!review->approveButton()->isEnabled());
        QVERIFY(review->backgroundCheckButton()->isVisible());

        bool emptyRefused = false;
        answerDialog<ui::BackgroundCheckDialog>([&](ui::BackgroundCheckDialog *dialog) {
            dialog->resultBox()->setCurrentIndex(dialog->resultBox()->findData(QStringLiteral("clear")));
            dialog->accept(); // no agency: stays open
            emptyRefused = dialog->isVisible();
            dialog->agencyEdit()->setText(QStringLiteral("上海安信背调 BJ-2026-0099"));
            dialog->checkedOnEdit()->setDate(dialog->checkedOnEdit()->date().addDays(-1));
            dialog->noteEdit()->setPlainText(QStringLiteral("无犯罪记录"));
            dialog->accept();
        });
        review->backgroundCheckButton()->click();
        QVERIFY(emptyRefused);
        // The checklist shows it at once, and approval is possible.
        QCOMPARE(checkState(review->checks(), QStringLiteral("background_check")), domain::CheckState::Passed);
        const auto found = review->checklist()->findItems(checkMessage(review->checks(), QStringLiteral("background_check")), Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QVERIFY(review->backgroundCheckLabel()->text().contains(QStringLiteral("BJ-2026-0099")));
        QVERIFY(review->approveButton()->isEnabled());
        const QString recorded = review->timeline()->item(review->timeline()->count() - 1)->text();
        QVERIFY2(recorded.contains(QStringLiteral("Background check recorded")) && recorded.endsWith(QStringLiteral(": Clear")), qPrintable(recorded));
        QCOMPARE(ws->store().db().scalar("SELECT note FROM background_checks WHERE provider_id = ? ORDER BY id DESC LIMIT 1", provider).toString(),
                 QStringLiteral("无犯罪记录"));

        // Back in the window once the dialog has gone, Ctrl+Enter approves.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        review->setFocus();
        QTest::keyClick(review, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(appState(*ws, app), QStringLiteral("approved"));
        QCOMPARE(ws->store().db().scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM credentials WHERE provider_id = ? AND review_status = 'pending'", provider).toInt(), 0);
        // The timeline reads as sentences, not stored keys.
        for (int i = 0; i < review->timeline()->count(); ++i) {
            const QString line = review->timeline()->item(i)->text();
            QVERIFY2(!line.contains(QStringLiteral("credential_")) && !line.contains(QStringLiteral(": clear")), qPrintable(line));
        }
    }

    void pendingCredentialsAreDecidedCorrectedAndAddedOnTheReviewPage()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::ReviewQueuePage queue(*ws);
        queue.resize(1200, 800);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        auto &db = ws->store().db();
        WAIT_LOADED(queue.model());
        // An open application with at least two credentials waiting.
        int row = -1;
        for (int r = 0; r < queue.model()->rowCount() && row < 0; ++r)
            if (db.scalar("SELECT count(*) FROM credentials WHERE provider_id = ? AND review_status = 'pending'", queue.model()->providerIdAt(r)).toInt() >= 2)
                row = r;
        QVERIFY(row >= 0);
        openByKeyboard(&queue, row);
        auto *review = queue.reviewPage();
        const auto pendingCard = [review](const QString &type) -> ui::CredentialCard * {
            for (auto *card : review->credentialCards())
                if (card->credential().review == u"pending" && (type.isEmpty() || card->credential().type == type))
                    return card;
            return nullptr;
        };
        const auto reviewOf = [&](qint64 id) { return db.scalar("SELECT review_status FROM credentials WHERE id = ?", id).toString(); };

        // Approve: the card's button, confirmed.
        ui::CredentialCard *card = pendingCard(QStringLiteral("id_card"));
        QVERIFY(card);
        const qint64 idCard = card->credentialId();
        auto *approve = card->findChild<QPushButton *>(QStringLiteral("approveCredential"));
        QVERIFY(approve && approve->isVisibleTo(card));
        approve->click();
        QCOMPARE(reviewOf(idCard), QStringLiteral("approved"));
        // The page shows it: the card is rebuilt without the buttons.
        for (auto *c : review->credentialCards())
            if (c->credentialId() == idCard)
                QVERIFY(!c->findChild<QPushButton *>(QStringLiteral("approveCredential")));

        // Correct a pending one's dates and issuer, then reject another with a reason.
        card = pendingCard(QStringLiteral("health_certificate"));
        QVERIFY(card);
        const qint64 health = card->credentialId();
        const QDate newEnd = QDate::currentDate().addDays(300);
        answerDialog<ui::CredentialDialog>([&](ui::CredentialDialog *dialog) {
            QVERIFY(!dialog->typeBox()->isEnabled());
            QVERIFY(!dialog->approvedBox()->isVisible());
            dialog->issuerEdit()->setText(QStringLiteral("上海市徐汇区疾病预防控制中心"));
            dialog->validToEdit()->setDate(newEnd);
            dialog->accept();
        });
        card->findChild<QPushButton *>(QStringLiteral("correctCredential"))->click();
        QCOMPARE(db.scalar("SELECT issuer FROM credentials WHERE id = ?", health).toString(), QStringLiteral("上海市徐汇区疾病预防控制中心"));
        QCOMPARE(db.scalar("SELECT valid_to FROM credentials WHERE id = ?", health).toString(), newEnd.toString(Qt::ISODate));
        QCOMPARE(reviewOf(health), QStringLiteral("pending"));

        card = pendingCard(QString());
        QVERIFY(card);
        const qint64 rejected = card->credentialId();
        const QString reason = QStringLiteral("照片反光，编号看不清");
        answerDialog<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
            dialog->reasonEdit()->setPlainText(reason);
            dialog->accept();
        });
        card->findChild<QPushButton *>(QStringLiteral("rejectCredential"))->click();
        QCOMPARE(reviewOf(rejected), QStringLiteral("rejected"));
        const QString last = review->timeline()->item(review->timeline()->count() - 1)->text();
        QVERIFY2(last.contains(QStringLiteral("Credential rejected")) && last.contains(reason), qPrintable(last));

        // Add one (not approved yet: it is looked at first), then approve it on its card.
        const int before = int(review->credentialCards().size());
        answerDialog<ui::CredentialDialog>([](ui::CredentialDialog *dialog) {
            QVERIFY(!dialog->approvedBox()->isChecked());
            dialog->preset(QStringLiteral("health_certificate"), QString());
            dialog->numberEdit()->setText(QStringLiteral("沪健20261234"));
            dialog->validFromEdit()->setDate(QDate::currentDate().addDays(-2));
            dialog->validToEdit()->setDate(QDate::currentDate().addDays(363));
            dialog->accept();
        });
        review->addCredentialButton()->click();
        QCOMPARE(int(review->credentialCards().size()), before + 1);
        const qint64 added = db.scalar("SELECT id FROM credentials WHERE provider_id = ? AND number = '沪健20261234'", review->providerId()).toLongLong();
        QVERIFY(added);
        QCOMPARE(reviewOf(added), QStringLiteral("pending"));
        for (auto *c : review->credentialCards())
            if (c->credentialId() == added)
                card = c;
        QCOMPARE(card->credentialId(), added);
        card->findChild<QPushButton *>(QStringLiteral("approveCredential"))->click();
        QCOMPARE(reviewOf(added), QStringLiteral("approved"));
    }

    // The renewal upload flow for a provider the demo suspended: add the new
    // certificate, drop its scan on the card, approve it: the suspension lifts.
    void aSuspendedProviderIsRenewedOnTheDetailPane()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        auto &db = ws->store().db();
        ui::ProviderDirectoryPage page(*ws);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("suspended")));
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < page.model()->rowCount() && row < 0; ++r)
            if (db.scalar("SELECT count(*) FROM provider_suspensions WHERE provider_id = ? AND lifted_at IS NULL AND category_id IS NULL",
                          page.model()->idAt(r)).toInt() > 0)
                row = r;
        QVERIFY2(row >= 0, "the demo's suspended providers carry the sweep's suspension");
        page.view()->selectRow(row);
        auto *detail = page.detail();
        const qint64 provider = detail->providerId();
        QCOMPARE(detail->record().status, QStringLiteral("suspended"));
        QVERIFY(!detail->record().statusReason.isEmpty());

        answerDialog<ui::CredentialDialog>([](ui::CredentialDialog *dialog) {
            QVERIFY(dialog->approvedBox()->isChecked()); // brought to the office, by default
            dialog->approvedBox()->setChecked(false);    // this one came by mail: look at the scan first
            dialog->preset(QStringLiteral("health_certificate"), QString());
            dialog->numberEdit()->setText(QStringLiteral("沪健20277777"));
            dialog->validFromEdit()->setDate(QDate::currentDate().addDays(-1));
            dialog->validToEdit()->setDate(QDate::currentDate().addDays(364));
            dialog->accept();
        });
        detail->addCredential();
        ui::CredentialCard *card = nullptr;
        for (auto *c : detail->credentialCards())
            if (c->credential().review == u"pending" && c->credential().number == u"沪健20277777")
                card = c;
        QVERIFY(card);
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("suspended"));

        QTemporaryDir files;
        const QString png = files.filePath(QStringLiteral("新健康证.png"));
        {
            QFile f(png);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(generatedScanPng(detail->record().name));
        }
        detail->tabs()->setCurrentIndex(1); // the credentials
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png)});
        QDragEnterEvent enter(card->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(card, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(card->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(card, &drop);
        const qint64 credential = card->credentialId();
        QCOMPARE(db.scalar("SELECT count(*) FROM credential_scans WHERE credential_id = ?", credential).toInt(), 1);
        for (auto *c : detail->credentialCards())
            if (c->credentialId() == credential)
                card = c;
        QCOMPARE(card->credential().scans.size(), 1);
        card->findChild<QPushButton *>(QStringLiteral("approveCredential"))->click();
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
        QVERIFY2(ui::MessageBox::shownMessages().last().contains(QStringLiteral("suspension(s) it resolves lifted")),
                 qPrintable(ui::MessageBox::shownMessages().last()));
        QCOMPARE(detail->record().status, QStringLiteral("active"));
    }

    // Training and discipline through their dialogs: a course, two failed
    // assessments raise a flag, the directory's flag filter finds it, and the
    // supervisor confirms it with a reason.
    void coursesAssessmentsAndAFlagConfirmedWithAReason()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        auto &db = ws->store().db();
        ui::ProviderDirectoryPage page(*ws);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("active")));
        WAIT_LOADED(page.model());
        int row = -1;
        for (int r = 0; r < page.model()->rowCount() && row < 0; ++r)
            if (page.model()->index(r, 0).data(itemmodels::ProvidersModel::OpenFlagsRole).toInt() == 0)
                row = r;
        QVERIFY(row >= 0);
        page.view()->selectRow(row);
        auto *detail = page.detail();
        const qint64 provider = detail->providerId();

        const int courses = db.scalar("SELECT count(*) FROM course_completions WHERE provider_id = ?", provider).toInt();
        QString course;
        answerDialog<ui::CourseCompletionDialog>([&](ui::CourseCompletionDialog *dialog) {
            dialog->courseBox()->setCurrentIndex(dialog->courseBox()->count() - 1);
            course = dialog->courseBox()->currentText();
            dialog->accept(); // completed today: recorded as of now, not a future noon
        });
        detail->recordCourse();
        QCOMPARE(db.scalar("SELECT count(*) FROM course_completions WHERE provider_id = ?", provider).toInt(), courses + 1);
        QVERIFY(!detail->trainingTree()->findItems(course, Qt::MatchExactly, 1).isEmpty());

        const int openBefore = int(page.model()->openFlagsCount());
        for (int attempt = 0; attempt < 2; ++attempt) {
            answerDialog<ui::AssessmentResultDialog>([](ui::AssessmentResultDialog *dialog) {
                dialog->assessmentBox()->setCurrentIndex(0);
                dialog->scoreBox()->setValue(12);
                dialog->accept();
            });
            detail->recordAssessment();
        }
        QVERIFY2(ui::MessageBox::shownMessages().last().contains(QStringLiteral("deactivation flag was raised")),
                 qPrintable(ui::MessageBox::shownMessages().last()));
        QCOMPARE(db.scalar("SELECT count(*) FROM assessment_results WHERE provider_id = ? AND score = 12", provider).toInt(), 2);
        const qint64 flag = db.scalar("SELECT id FROM provider_flags WHERE provider_id = ? AND state = 'open'", provider).toLongLong();
        QVERIFY(flag);

        // Across the directory: the filter finds every provider with an open flag.
        QCOMPARE(int(page.model()->openFlagsCount()), openBefore + 1);
        QVERIFY(page.flagsFilter()->text().contains(QString::number(openBefore + 1)));
        page.statusFilter()->setCurrentIndex(0);
        page.flagsFilter()->setChecked(true);
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowCount(), openBefore + 1);
        const int flaggedRow = page.model()->rowOfId(provider);
        QVERIFY(flaggedRow >= 0);
        page.view()->selectRow(flaggedRow);
        QCOMPARE(detail->providerId(), provider);
        QCOMPARE(detail->tabs()->currentIndex(), 5); // the flags, what the supervisor came for
        QVERIFY(detail->confirmButton()->isEnabled());

        const QString reason = QStringLiteral("两次考核不合格，经面谈确认停用");
        bool emptyRefused = false;
        answerDialog<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
            dialog->accept();
            emptyRefused = dialog->isVisible();
            dialog->reasonEdit()->setPlainText(reason);
            dialog->accept();
        });
        detail->confirmButton()->click();
        QVERIFY(emptyRefused);
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("deactivated"));
        QCOMPARE(db.scalar("SELECT decision_reason FROM provider_flags WHERE id = ?", flag).toString(), reason);
        QVERIFY(db.scalar("SELECT status_reason FROM providers WHERE id = ?", provider).toString().contains(reason));
        // Decided: it leaves the flag filter.
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowOfId(provider), -1);
        QCOMPARE(int(page.model()->openFlagsCount()), openBefore);
    }

    // The applicant a supervisor meets first in the demo queue, with the scans
    // the demo seeded for them: the first one opens in the viewer.
    void aDemoApplicantOpensWithTheirScans()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
        WAIT_LOADED(queue->model());
        // The first "new" application whose three documents all have scans, as seeded.
        int row = -1;
        auto &db = ws->store().db();
        for (int r = 0; r < queue->model()->rowCount() && row < 0; ++r)
            if (queue->model()->index(r, 0).data(ApplicationsModel::StateKeyRole).toString() == u"new"
                && db.scalar("SELECT count(*) FROM credentials c WHERE c.provider_id = ? AND NOT EXISTS"
                             " (SELECT 1 FROM credential_scans s WHERE s.credential_id = c.id)", queue->model()->providerIdAt(r)).toInt() == 0
                && db.scalar("SELECT count(*) FROM credentials c WHERE c.provider_id = ?", queue->model()->providerIdAt(r)).toInt() >= 3)
                row = r;
        QVERIFY2(row >= 0, "the demo seeds scans for the queue");
        openByKeyboard(queue, row);
        auto *review = queue->reviewPage();
        QVERIFY(review->scanViewer()->hasImage()); // the ID card, at once
        int cardsWithScans = 0;
        ui::CredentialCard *health = nullptr;
        for (auto *card : review->credentialCards()) {
            cardsWithScans += card->credential().scans.isEmpty() ? 0 : 1;
            if (card->credential().type == u"health_certificate")
                health = card;
        }
        QCOMPARE(cardsWithScans, int(review->credentialCards().size()));
        QVERIFY(health);
        // The health certificate is the one to look at: its scan shows the applicant.
        review->showScan(health->credential().scans.first().id, health->credential().scans.first().fileName);
        QVERIFY(review->scanViewer()->hasImage());
    }

    void theDirectoryFiltersShowsDetailAndRecordsLedgerEntries()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("providers"));
        auto *page = qobject_cast<ui::ProviderDirectoryPage *>(window.page(QStringLiteral("providers")));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester expiringTester(page->expiring()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        WAIT_LOADED(page->model());
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->model()->rowCount() <= page->model()->pageSize() * 2);

        // Suspended providers, each with the reason (the lapsed certificate).
        page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("suspended")));
        WAIT_LOADED(page->model());
        QVERIFY(page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            QCOMPARE(page->model()->index(r, 0).data(itemmodels::ProvidersModel::StatusKeyRole).toString(), QStringLiteral("suspended"));
            QVERIFY(!page->model()->index(r, 0).data(itemmodels::ProvidersModel::StatusReasonRole).toString().isEmpty());
        }
        page->view()->selectRow(0);
        auto *detail = page->detail();
        QCOMPARE(detail->providerId(), page->model()->idAt(0));
        QCOMPARE(detail->record().statusReason, page->model()->index(0, 0).data(itemmodels::ProvidersModel::StatusReasonRole).toString());
        // The background check reads as words, with its agency.
        QVERIFY2(detail->profileText()->text().contains(QStringLiteral("Background check: Clear (")),
                 qPrintable(detail->profileText()->text()));

        // An active, well-rated provider: a manual penalty through the form.
        page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("active")));
        page->ratingFilter()->setCurrentIndex(page->ratingFilter()->findData(400));
        WAIT_LOADED(page->model());
        QVERIFY(page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->index(r, itemmodels::ProvidersModel::Rating).data(itemmodels::PagedTableModel::SortRole).toInt() >= 400);
        page->view()->selectRow(0);
        const qint64 provider = detail->providerId();
        const int pointsBefore = detail->record().points;
        answerDialog<ui::LedgerEntryDialog>([](ui::LedgerEntryDialog *dialog) {
            dialog->pointsBox()->setValue(-5);
            dialog->reasonEdit()->setText(QStringLiteral("上门迟到 40 分钟"));
            dialog->accept();
        });
        detail->addLedgerEntry();
        QCOMPARE(detail->providerId(), provider);
        QCOMPARE(detail->record().points, pointsBefore - 5);
        QVERIFY(detail->ledgerTree()->topLevelItem(0)->text(3).contains(QStringLiteral("上门迟到")));
        detail->tabs()->setCurrentIndex(3); // ratings
        QVERIFY(!detail->ratingSummary()->text().isEmpty());
    }

    void renewingAnExpiredCredentialLiftsTheSuspension()
    {
        auto ws = logIn(QStringLiteral("supervisor"));
        auto &db = ws->store().db();
        // An active provider whose health certificate lapsed yesterday: the
        // sweep at login suspends them.
        const qint64 provider = db.scalar("SELECT p.id FROM providers p JOIN credentials c ON c.provider_id = p.id"
                                          " AND c.type = 'health_certificate' AND c.review_status = 'approved'"
                                          " WHERE p.status = 'active' ORDER BY p.id LIMIT 1").toLongLong();
        QVERIFY(provider);
        const QDate today = ws->clock().officeToday();
        db.run("UPDATE credentials SET valid_to = ? WHERE provider_id = ? AND type = 'health_certificate'",
               today.addDays(-1).toString(Qt::ISODate), provider);
        QVERIFY(services::ProviderExpiryService(ws->services()).sweep().changed());
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("suspended"));

        ui::ProviderDirectoryPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.expiring();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r)
            if (view->model()->index(r, 0).data(itemmodels::ExpiringCredentialsModel::ProviderIdRole).toLongLong() == provider)
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(!view->model()->index(row, itemmodels::ExpiringCredentialsModel::ProviderStatus).data().toString().isEmpty());
        view->view()->selectRow(row);
        answerDialog<ui::CredentialDialog>([](ui::CredentialDialog *dialog) {
            dialog->numberEdit()->setText(QStringLiteral("沪健20270001"));
            QVERIFY(dialog->approvedBox()->isChecked());
            dialog->accept();
        });
        view->renewSelected();
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("suspension lifted")));
    }

    void cleanupTestCase()
    {
        ui::MessageBox::clearTestAnswer();
    }
};

QTEST_MAIN(TestProviderReviewUi)
#include "tst_providerreview_ui.moc"
