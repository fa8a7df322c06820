#include "domain/order_lifecycle.h"

#include <QCoreApplication>

#include <array>

namespace doorstep::domain {
namespace {
using S = OrderStatus;
using E = OrderEvent;
using A = OrderActor;

struct Transition
{
    S from;
    E event;
    S to;
    bool customer, provider, office, system; // who may cause it
};

// The whole table. Anything not listed is forbidden.
constexpr std::array kTransitions{
    Transition{S::Created, E::Submit, S::AwaitingDispatch, true, false, true, true},
    Transition{S::AwaitingDispatch, E::Assign, S::Assigned, false, false, true, true},
    Transition{S::Assigned, E::Unassign, S::AwaitingDispatch, false, false, true, true},
    Transition{S::Assigned, E::Accept, S::Accepted, false, true, true, false},
    Transition{S::Assigned, E::Decline, S::AwaitingDispatch, false, true, true, false},
    Transition{S::Assigned, E::Timeout, S::AwaitingDispatch, false, false, false, true},
    Transition{S::Accepted, E::Depart, S::OnTheWay, false, true, true, false},
    Transition{S::OnTheWay, E::Start, S::InService, false, true, true, false},
    Transition{S::InService, E::Complete, S::Completed, false, true, true, false},
    Transition{S::Completed, E::Rate, S::Rated, true, false, true, false},
    Transition{S::Created, E::Cancel, S::Cancelled, true, false, true, false},
    Transition{S::AwaitingDispatch, E::Cancel, S::Cancelled, true, false, true, false},
    Transition{S::Assigned, E::Cancel, S::Cancelled, true, false, true, false},
    Transition{S::Accepted, E::Cancel, S::Cancelled, true, false, true, false},
    Transition{S::OnTheWay, E::Cancel, S::Cancelled, false, false, true, false}, // the office decides once someone is travelling
    Transition{S::Created, E::Reschedule, S::AwaitingDispatch, true, false, true, false},
    Transition{S::AwaitingDispatch, E::Reschedule, S::AwaitingDispatch, true, false, true, false},
    Transition{S::Assigned, E::Reschedule, S::AwaitingDispatch, true, false, true, false},
    Transition{S::Accepted, E::Reschedule, S::AwaitingDispatch, true, false, true, false},
};

constexpr std::array<const char16_t *, 9> kStatusKeys{u"created", u"awaiting_dispatch", u"assigned", u"accepted", u"on_the_way",
                                                      u"in_service", u"completed", u"rated", u"cancelled"};
constexpr std::array<const char *, 9> kStatusNames{
    QT_TRANSLATE_NOOP("OrderStatus", "Created"), QT_TRANSLATE_NOOP("OrderStatus", "Awaiting dispatch"),
    QT_TRANSLATE_NOOP("OrderStatus", "Assigned"), QT_TRANSLATE_NOOP("OrderStatus", "Accepted"),
    QT_TRANSLATE_NOOP("OrderStatus", "On the way"), QT_TRANSLATE_NOOP("OrderStatus", "In service"),
    QT_TRANSLATE_NOOP("OrderStatus", "Completed"), QT_TRANSLATE_NOOP("OrderStatus", "Rated"),
    QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")};
constexpr std::array<const char16_t *, 12> kEventKeys{u"submit", u"assign", u"unassign", u"accept", u"decline", u"timeout",
                                                      u"depart", u"start", u"complete", u"rate", u"cancel", u"reschedule"};
constexpr std::array<const char *, 12> kEventNames{
    QT_TRANSLATE_NOOP("OrderEvent", "Submitted for dispatch"), QT_TRANSLATE_NOOP("OrderEvent", "Assigned"),
    QT_TRANSLATE_NOOP("OrderEvent", "Taken back from the provider"), QT_TRANSLATE_NOOP("OrderEvent", "Accepted by the provider"),
    QT_TRANSLATE_NOOP("OrderEvent", "Declined by the provider"), QT_TRANSLATE_NOOP("OrderEvent", "Timed out: the provider did not answer"),
    QT_TRANSLATE_NOOP("OrderEvent", "On the way"), QT_TRANSLATE_NOOP("OrderEvent", "Service started"),
    QT_TRANSLATE_NOOP("OrderEvent", "Service completed"), QT_TRANSLATE_NOOP("OrderEvent", "Rated by the customer"),
    QT_TRANSLATE_NOOP("OrderEvent", "Cancelled"), QT_TRANSLATE_NOOP("OrderEvent", "Rescheduled")};
constexpr std::array<const char *, 12> kEventVerbs{
    QT_TRANSLATE_NOOP("OrderEventVerb", "submitted"), QT_TRANSLATE_NOOP("OrderEventVerb", "assigned"),
    QT_TRANSLATE_NOOP("OrderEventVerb", "taken back"), QT_TRANSLATE_NOOP("OrderEventVerb", "accepted"),
    QT_TRANSLATE_NOOP("OrderEventVerb", "declined"), QT_TRANSLATE_NOOP("OrderEventVerb", "timed out"),
    QT_TRANSLATE_NOOP("OrderEventVerb", "set on the way"), QT_TRANSLATE_NOOP("OrderEventVerb", "started"),
    QT_TRANSLATE_NOOP("OrderEventVerb", "completed"), QT_TRANSLATE_NOOP("OrderEventVerb", "rated"),
    QT_TRANSLATE_NOOP("OrderEventVerb", "cancelled"), QT_TRANSLATE_NOOP("OrderEventVerb", "rescheduled")};
// The enum value whose stored key is `key` (the arrays are in enum order).
template <typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<const char16_t *, N> &keys, QStringView key)
{
    for (size_t i = 0; i < N; ++i)
        if (key == QStringView(keys[i]))
            return Enum(i);
    return std::nullopt;
}
} // namespace

std::optional<OrderStatus> nextStatus(OrderStatus from, OrderEvent event, OrderActor actor)
{
    for (const Transition &t : kTransitions) {
        if (t.from != from || t.event != event)
            continue;
        const bool allowed = (actor == A::Customer && t.customer) || (actor == A::Provider && t.provider)
            || (actor == A::Office && t.office) || (actor == A::System && t.system);
        return allowed ? std::optional(t.to) : std::nullopt;
    }
    return std::nullopt;
}

bool eventNeedsReason(OrderEvent event)
{
    return event == E::Cancel || event == E::Decline || event == E::Unassign || event == E::Reschedule;
}

QList<OrderStatus> allOrderStatuses()
{
    QList<OrderStatus> list;
    for (size_t i = 0; i < kStatusKeys.size(); ++i)
        list.append(OrderStatus(i));
    return list;
}

QList<OrderEvent> allOrderEvents()
{
    QList<OrderEvent> list;
    for (size_t i = 0; i < kEventKeys.size(); ++i)
        list.append(OrderEvent(i));
    return list;
}

QString orderStatusKey(OrderStatus status)
{
    return QString::fromUtf16(kStatusKeys[size_t(status)]);
}

std::optional<OrderStatus> orderStatusFromKey(QStringView key)
{
    return fromKey<OrderStatus>(kStatusKeys, key);
}

QString orderStatusDisplayName(OrderStatus status)
{
    return QCoreApplication::translate("OrderStatus", kStatusNames[size_t(status)]);
}

QString orderEventKey(OrderEvent event)
{
    return QString::fromUtf16(kEventKeys[size_t(event)]);
}

std::optional<OrderEvent> orderEventFromKey(QStringView key)
{
    return fromKey<OrderEvent>(kEventKeys, key);
}

QString orderEventDisplayName(OrderEvent event)
{
    return QCoreApplication::translate("OrderEvent", kEventNames[size_t(event)]);
}

QString orderEventVerb(OrderEvent event)
{
    return QCoreApplication::translate("OrderEventVerb", kEventVerbs[size_t(event)]);
}

bool isFinal(OrderStatus status)
{
    return status == S::Rated || status == S::Cancelled;
}

} // namespace doorstep::domain
