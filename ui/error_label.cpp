#include "ui/error_label.h"

#include "itemmodels/palette_tones.h"

#include <QLabel>

namespace doorstep::ui {

void styleAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, itemmodels::toneText(itemmodels::Tone::Late, palette));
    label->setPalette(palette);
}

} // namespace doorstep::ui
