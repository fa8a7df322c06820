#pragma once
// The office's auto-dispatch settings: the objective's weights and the time
// budget of one run (settings::Weight*, BudgetMs in office_settings.h), so
// every console of the office plans the same way.
#include "auto/auto_dispatch.h"

namespace doorstep::services {

class OfficeSettings;
class SettingsService;

// What the console does with new waiting orders as they arrive (a sync pull,
// an order typed in): nothing, propose a provider for the dispatcher to
// accept with one click, or assign at once. Off unless the office chooses.
enum class ContinuousDispatchMode { Off = 0, Propose = 1, Assign = 2 };

struct AutoDispatchSettings
{
    dispatch::autodispatch::ObjectiveWeights weights;
    int budgetMs = 5000;
    ContinuousDispatchMode continuous = ContinuousDispatchMode::Off;
};

// Throws ServiceError::Invalid for a stored value that is wrong.
AutoDispatchSettings loadAutoDispatchSettings(const OfficeSettings &settings);

// settings::ContinuousDispatch for work that must go on (the continuous
// runner): a stored value that is wrong reads as Off, the safe choice.
ContinuousDispatchMode continuousDispatchMode(const OfficeSettings &settings);

// Saves the values that differ from the stored ones in one audited action
// (Permission::SettingsEdit). Throws ServiceError::Invalid (nothing written)
// for out-of-range values.
void saveAutoDispatchSettings(SettingsService &settings, const AutoDispatchSettings &values);

} // namespace doorstep::services
