// The main window's status bar labels whose text changes every sync round
// (ui/status_label.h): the text always shows in full, and a change that
// still fits (the sync state alternating, a count a digit longer) lays out
// nothing, neither the status bar nor the window; a text that no longer fits
// grows the label, and one far shorter shrinks it.
#include "ui/status_label.h"

#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using namespace doorstep;

namespace {

// Counts the layout requests an object receives.
class LayoutCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::LayoutRequest ? 1 : 0;
        return false;
    }
};

QString syncText(const QString &state, int pending)
{
    return QStringLiteral("Sync: %1 · last sync 2026-12-03 18:%2 · %3 change(s) pending")
        .arg(state)
        .arg(10 + pending)
        .arg(pending);
}

// The width the label's text needs (its own size hint never goes below its
// minimum size).
int needed(const QLabel *label)
{
    QLabel probe(label->text());
    probe.setFont(label->font());
    return probe.sizeHint().width();
}

} // namespace

class TestStatusLabel : public QObject
{
    Q_OBJECT
private slots:
    void aChangeThatFitsLaysOutNothing()
    {
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("page")));
        auto *label = new QLabel(&window);
        auto *plain = new QLabel(&window); // as the label was: a QLabel of free size
        window.statusBar()->addPermanentWidget(label);
        window.statusBar()->addPermanentWidget(plain);
        window.resize(1000, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::setStatusText(label, syncText(QStringLiteral("online"), 0));
        plain->setText(syncText(QStringLiteral("online"), 0));
        QTest::qWait(100); // the layouts of the first texts and of showing the window
        QVERIFY(label->width() >= needed(label));
        const QSize size = label->size();

        LayoutCounter statusBar, mainWindow;
        window.statusBar()->installEventFilter(&statusBar);
        window.installEventFilter(&mainWindow);
        // A round as the window sees it: syncing, then online with the count
        // changed; ten of them.
        for (int round = 1; round <= 10; ++round) {
            ui::setStatusText(label, syncText(QStringLiteral("syncing…"), round - 1));
            QCoreApplication::processEvents();
            ui::setStatusText(label, syncText(QStringLiteral("online"), round));
            QCoreApplication::processEvents();
        }
        QCOMPARE(label->text(), syncText(QStringLiteral("online"), 10));
        QVERIFY(label->width() >= needed(label)); // the text shows in full
        QCOMPARE(label->size(), size);
        QCOMPARE(statusBar.count, 0);
        QCOMPARE(mainWindow.count, 0);

        // The same rounds on a plain label lay the status bar out each time:
        // what the counters would have seen.
        for (int round = 1; round <= 10; ++round) {
            plain->setText(syncText(QStringLiteral("syncing…"), round - 1));
            QCoreApplication::processEvents();
            plain->setText(syncText(QStringLiteral("online"), round));
            QCoreApplication::processEvents();
        }
        QVERIFY2(statusBar.count >= 10, qPrintable(QString::number(statusBar.count)));
    }

    void aTextThatNoLongerFitsGrowsTheLabelAndAShortOneShrinksIt()
    {
        QMainWindow window;
        auto *label = new QLabel(&window);
        window.statusBar()->addPermanentWidget(label);
        window.resize(1200, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::setStatusText(label, syncText(QStringLiteral("online"), 3));
        QCoreApplication::processEvents();
        const int normal = label->width();

        ui::setStatusText(label, syncText(QStringLiteral("online"), 3) + QStringLiteral(" · 2 conflict(s) · and more to say"));
        QCoreApplication::processEvents();
        QVERIFY(label->width() > normal);
        QVERIFY(label->width() >= needed(label));

        ui::setStatusText(label, QStringLiteral("Sync: offline"));
        QCoreApplication::processEvents();
        QVERIFY(label->width() < normal);
        QVERIFY(label->width() >= needed(label));
        QCOMPARE(label->text(), QStringLiteral("Sync: offline"));
    }
};

QTEST_MAIN(TestStatusLabel)
#include "tst_statuslabel.moc"
