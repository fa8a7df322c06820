#pragma once
// Deactivation proposals raised by rules, inside the action that recorded
// the triggering event. A flag only proposes: a supervisor confirms it (the
// provider is deactivated) or overrides it with a reason
// (ProviderDisciplineService). At most one open flag per provider and kind
// (and assessment); after a decision, only fresh evidence raises another.
#include "services/service_layer.h"

#include <optional>

namespace doorstep::services::flags {

// The provider has failed `assessmentId` twice (counting failures after the
// last decided flag for it). Returns the new flag's id.
std::optional<qint64> raiseIfFailedTwice(ActionContext &ctx, qint64 providerId, qint64 assessmentId);

// The average of the provider's latest `orders` ratings is below
// `belowX100` / 100 stars (only once `orders` ratings exist after the last
// decided low-rating flag). Returns the new flag's id.
std::optional<qint64> raiseIfLowRating(ActionContext &ctx, qint64 providerId, int orders, int belowX100);

// At least `count` complaints against the provider upheld within the last
// `days` days (counting only those closed after the last decided flag of this
// kind, so a decision is not raised again on the same complaints); count 0 is
// off. Returns the new flag's id.
std::optional<qint64> raiseIfRepeatedlyUpheld(ActionContext &ctx, qint64 providerId, int count, int days);

} // namespace doorstep::services::flags
