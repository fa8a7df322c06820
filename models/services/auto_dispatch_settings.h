#pragma once
// The office's auto-dispatch settings: the objective's weights and the time
// budget of one run (settings::Weight*, BudgetMs in office_settings.h), so
// every console of the office plans the same way.
#include "auto/auto_dispatch.h"

namespace doorstep::services {

class OfficeSettings;
class SettingsService;

struct AutoDispatchSettings
{
    dispatch::autodispatch::ObjectiveWeights weights;
    int budgetMs = 5000;
};

// Throws ServiceError::Invalid for a stored value that is wrong.
AutoDispatchSettings loadAutoDispatchSettings(const OfficeSettings &settings);

// Saves the values that differ from the stored ones in one audited action
// (Permission::SettingsEdit). Throws ServiceError::Invalid (nothing written)
// for out-of-range values.
void saveAutoDispatchSettings(SettingsService &settings, const AutoDispatchSettings &values);

} // namespace doorstep::services
