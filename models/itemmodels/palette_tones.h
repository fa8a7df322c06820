#pragma once
// Colours that mean something (late, allowed, a window to aim for, quiet
// text), derived from the palette in use so a dark theme keeps them readable:
// each meaning has one hue, mixed into the palette's base for areas and into
// its text for text. Models use the application's palette; painted views
// pass their own.
#include <QColor>
#include <QPalette>

namespace doorstep::itemmodels {

enum class Tone {
    Late,      // overdue, refused
    Good,      // allowed, working hours
    Attention, // a window to aim for, the keyboard's current item
    Quiet,     // finished, locked
    Warning,   // most of a promised time used (a complaint at 75 %): amber
};

QColor toneText(Tone tone, const QPalette &palette);   // text on Base
QColor toneFill(Tone tone, const QPalette &palette);   // an area behind Text
QColor toneStrong(Tone tone, const QPalette &palette); // bars, outlines, blocks

} // namespace doorstep::itemmodels
