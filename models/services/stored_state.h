#pragma once
// A state read from a stored row, typed. The schema's CHECK constraints allow
// only the keys domain/provider_states.h and domain/order_lifecycle.h know, so
// an unknown one means the row was not written by this version of Doorstep (a
// newer console on the same file, a hand edit): the read is refused with an
// error naming the row, never answered with a guessed default.
#include "domain/order_lifecycle.h"
#include "domain/provider_states.h"
#include "services/service_error.h"

namespace doorstep::services {

// ServiceError::Kind::Store: "providers.status of row 42 is "teleported", which ...".
// rowId: the row's id; for provider_skills (keyed by provider and category), the provider's.
ServiceError unknownStoredKey(const QString &column, qint64 rowId, const QString &key);

template <typename State>
State storedState(const QString &key, qint64 rowId)
{
    if (const auto state = domain::stateFromKey<State>(key))
        return *state;
    throw unknownStoredKey(domain::StateKeys<State>::column(), rowId, key);
}

// orders.status.
domain::OrderStatus storedOrderStatus(const QString &key, qint64 orderId);

} // namespace doorstep::services
