#pragma once
// Small painted icons for check states, so the checklist reads the same on
// every platform style (the offscreen and Fusion styles lack most theme icons).
#include "domain/provider_checks.h"

#include <QIcon>

namespace doorstep::ui {

QIcon checkStateIcon(domain::CheckState state);
QString checkStateText(domain::CheckState state);       // "Passed", "Failed", "Missing"
QString checkSeverityText(domain::CheckSeverity severity); // "Required", "For judgement"

} // namespace doorstep::ui
