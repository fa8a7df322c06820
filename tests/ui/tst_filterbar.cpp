// The filter bar every list page is built on, as a person meets it: typing
// filters after a pause (not on every key), Enter filters at once, a combo
// sets what it says, a catalogue that cannot be read leaves "All" and says
// why, and the count under the list follows every change (or shows the
// error that stopped it).
#include "ui/filter_bar.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <stdexcept>

using namespace doorstep;

class TestFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void init() { ui::MessageBox::setTestAnswer(QMessageBox::Ok); }
    void cleanup() { ui::MessageBox::clearTestAnswer(); }

    void typingAppliesAfterAPauseNotPerKey()
    {
        ui::FilterBar bar;
        QStringList applied;
        QLineEdit *edit = bar.addText(QStringLiteral("Search"), QStringLiteral("search"),
                                      [&](const QString &text) { applied.append(text); });
        QCOMPARE(edit->objectName(), QStringLiteral("search"));
        QTest::keyClicks(edit, QStringLiteral("1234"));
        QVERIFY(applied.isEmpty()); // four keys, no query yet
        QTRY_COMPARE(applied, QStringList{QStringLiteral("1234")});
    }

    void enterAppliesAtOnceAndIsSubmitted()
    {
        ui::FilterBar bar;
        QStringList applied;
        QLineEdit *edit = bar.addText(QStringLiteral("Search"), QStringLiteral("search"),
                                      [&](const QString &text) { applied.append(text); });
        QSignalSpy submitted(&bar, &ui::FilterBar::submitted);
        edit->setText(QStringLiteral("王")); // keyClicks types ASCII only
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(applied, QStringList{QStringLiteral("王")});
        QCOMPARE(submitted.count(), 1);
        // The pause the typing started is over: it will not apply the text a second time.
        QVERIFY(!edit->findChild<QTimer *>()->isActive());
    }

    void flushAppliesWhatIsStillWaiting()
    {
        ui::FilterBar bar;
        QStringList applied;
        QLineEdit *edit = bar.addText(QStringLiteral("Search"), QStringLiteral("search"),
                                      [&](const QString &text) { applied.append(text); });
        bar.flush();
        QVERIFY(applied.isEmpty()); // nothing typed, nothing to apply
        edit->setText(QStringLiteral("DS2026"));
        bar.flush();
        QCOMPARE(applied, QStringList{QStringLiteral("DS2026")});
    }

    void comboAppliesItsData()
    {
        ui::FilterBar bar;
        QVariant applied;
        QComboBox *combo = bar.addCombo({{QStringLiteral("Any"), QString()}, {QStringLiteral("Active"), QStringLiteral("active")}},
                                        [&](const QVariant &data) { applied = data; });
        QSignalSpy changed(&bar, &ui::FilterBar::filterChanged);
        combo->setCurrentIndex(1);
        QCOMPARE(applied.toString(), QStringLiteral("active"));
        QCOMPARE(changed.count(), 1);
    }

    void choicesStartWithAllAndApplyIds()
    {
        ui::FilterBar bar;
        qint64 applied = -1;
        QComboBox *combo = bar.addChoices(
            QStringLiteral("All districts"),
            [] { return QList<itemmodels::Choice>{{11, QStringLiteral("徐汇区")}, {12, QStringLiteral("静安区")}}; },
            [&](qint64 id) { applied = id; });
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QStringLiteral("All districts"));
        combo->setCurrentIndex(2);
        QCOMPARE(applied, qint64(12));
        combo->setCurrentIndex(0);
        QCOMPARE(applied, qint64(0));
    }

    void unreadableCatalogueLeavesAllAndSaysWhy()
    {
        ui::FilterBar bar;
        QComboBox *combo = bar.addChoices(
            QStringLiteral("All skills"), []() -> QList<itemmodels::Choice> { throw std::runtime_error("the store is busy"); },
            [](qint64) {});
        QCOMPARE(combo->count(), 1);
        QCOMPARE(ui::MessageBox::shownMessages(), QStringList{QStringLiteral("the store is busy")});
    }

    void countFollowsEveryChangeAndShowsErrors()
    {
        QWidget page;
        auto *bar = new ui::FilterBar(&page);
        auto *count = new QLabel(&page);
        int rows = 7;
        bool failing = false;
        QComboBox *combo = bar->addCombo({{QStringLiteral("All"), 0}, {QStringLiteral("Some"), 1}}, [&](const QVariant &) { rows = 3; });
        bar->showCountIn(count, [&] {
            if (failing)
                throw std::runtime_error("count failed");
            return QStringLiteral("%1 rows").arg(rows);
        });
        QCOMPARE(count->text(), QStringLiteral("7 rows"));
        combo->setCurrentIndex(1);
        QCOMPARE(count->text(), QStringLiteral("3 rows"));
        failing = true;
        bar->filterApplied();
        QCOMPARE(count->text(), QStringLiteral("count failed"));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
