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

} // namespace doorstep::services::flags
