#pragma once
// A form's line that says what is wrong: in the palette's "late/refused" tone
// (itemmodels/palette_tones), so it reads in light and dark themes alike.
class QLabel;

namespace doorstep::ui {

void styleAsError(QLabel *label);

} // namespace doorstep::ui
