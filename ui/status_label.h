#pragma once
// A status bar label whose text changes often (the sync state: two or three
// times a sync round, four rounds a second while platform events stream in).
// A QLabel of free size calls updateGeometry() on every setText(): its status
// bar lays out again (every item's minimum size, the strut, each item's
// geometry) and then asks the main window to as well. Held at a fixed size,
// a label that changes text only repaints itself (Qt skips the parent's
// layout for a widget whose minimum and maximum sizes are equal). The size
// follows the text only when it no longer fits or is far too wide: it grows
// in steps of a few characters and shrinks only when the text is two steps
// narrower, so texts that alternate ("syncing…" / "online") keep one size.
class QLabel;
class QString;

namespace doorstep::ui {

void setStatusText(QLabel *label, const QString &text);

} // namespace doorstep::ui
