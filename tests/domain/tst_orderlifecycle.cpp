// Every (status, event, actor) combination: the allowed ones lead where the
// product says, and every other one is forbidden.
#include "domain/order_lifecycle.h"

#include <QSet>
#include <QTest>

using namespace doorstep::domain;

namespace {
// "from event actor -> to", written out independently of order_lifecycle.cpp.
const QStringList kAllowed{
    QStringLiteral("created submit customer awaiting_dispatch"), QStringLiteral("created submit office awaiting_dispatch"),
    QStringLiteral("created submit system awaiting_dispatch"),
    QStringLiteral("awaiting_dispatch assign office assigned"), QStringLiteral("awaiting_dispatch assign system assigned"),
    QStringLiteral("assigned unassign office awaiting_dispatch"), QStringLiteral("assigned unassign system awaiting_dispatch"),
    QStringLiteral("assigned accept provider accepted"), QStringLiteral("assigned accept office accepted"),
    QStringLiteral("assigned decline provider awaiting_dispatch"), QStringLiteral("assigned decline office awaiting_dispatch"),
    QStringLiteral("assigned timeout system awaiting_dispatch"),
    QStringLiteral("accepted depart provider on_the_way"), QStringLiteral("accepted depart office on_the_way"),
    QStringLiteral("on_the_way start provider in_service"), QStringLiteral("on_the_way start office in_service"),
    QStringLiteral("in_service complete provider completed"), QStringLiteral("in_service complete office completed"),
    QStringLiteral("completed rate customer rated"), QStringLiteral("completed rate office rated"),
    QStringLiteral("created cancel customer cancelled"), QStringLiteral("created cancel office cancelled"),
    QStringLiteral("awaiting_dispatch cancel customer cancelled"), QStringLiteral("awaiting_dispatch cancel office cancelled"),
    QStringLiteral("assigned cancel customer cancelled"), QStringLiteral("assigned cancel office cancelled"),
    QStringLiteral("accepted cancel customer cancelled"), QStringLiteral("accepted cancel office cancelled"),
    QStringLiteral("on_the_way cancel office cancelled"),
    QStringLiteral("created reschedule customer awaiting_dispatch"), QStringLiteral("created reschedule office awaiting_dispatch"),
    QStringLiteral("awaiting_dispatch reschedule customer awaiting_dispatch"), QStringLiteral("awaiting_dispatch reschedule office awaiting_dispatch"),
    QStringLiteral("assigned reschedule customer awaiting_dispatch"), QStringLiteral("assigned reschedule office awaiting_dispatch"),
    QStringLiteral("accepted reschedule customer awaiting_dispatch"), QStringLiteral("accepted reschedule office awaiting_dispatch"),
};
const char16_t *kActors[] = {u"customer", u"provider", u"office", u"system"};
} // namespace

class TestOrderLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void everyCombination()
    {
        QSet<QString> expected(kAllowed.begin(), kAllowed.end());
        int allowed = 0;
        for (OrderStatus s : allOrderStatuses())
            for (OrderEvent e : allOrderEvents())
                for (int a = 0; a < 4; ++a) {
                    const auto to = nextStatus(s, e, OrderActor(a));
                    const QString key = orderStatusKey(s) + u' ' + orderEventKey(e) + u' ' + QString::fromUtf16(kActors[a]);
                    bool listed = false;
                    for (const QString &line : expected)
                        if (line.startsWith(key + u' ')) {
                            listed = true;
                            QVERIFY2(to.has_value(), qPrintable(key + QStringLiteral(" should be allowed")));
                            QCOMPARE(orderStatusKey(*to), line.section(u' ', 3));
                        }
                    if (!listed)
                        QVERIFY2(!to.has_value(), qPrintable(key + QStringLiteral(" should be forbidden")));
                    allowed += to.has_value();
                }
        QCOMPARE(allowed, int(kAllowed.size()));
    }

    void finalStatesGoNowhere()
    {
        for (OrderStatus s : {OrderStatus::Rated, OrderStatus::Cancelled}) {
            QVERIFY(isFinal(s));
            for (OrderEvent e : allOrderEvents())
                for (int a = 0; a < 4; ++a)
                    QVERIFY(!nextStatus(s, e, OrderActor(a)));
        }
    }

    void keysRoundTrip()
    {
        for (OrderStatus s : allOrderStatuses())
            QCOMPARE(orderStatusFromKey(orderStatusKey(s)), std::optional(s));
        QVERIFY(!orderStatusFromKey(u"teleported"));
        QVERIFY(eventNeedsReason(OrderEvent::Cancel));
        QVERIFY(!eventNeedsReason(OrderEvent::Accept));
    }
};

QTEST_APPLESS_MAIN(TestOrderLifecycle)
#include "tst_orderlifecycle.moc"
