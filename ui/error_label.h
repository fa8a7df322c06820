#pragma once
// A form's line that says what is wrong: in the palette's "late/refused" tone
// (itemmodels/palette_tones), so it reads in light and dark themes alike.
// With the few pieces every small form dialog repeats: the error line itself
// (named "error": tests find it), and OK / Cancel wired to the dialog.
class QDialog;
class QDialogButtonBox;
class QLabel;
class QString;
class QWidget;

namespace doorstep::ui {

void styleAsError(QLabel *label);

// Word-wrapped, in the error tone, hidden until showError().
QLabel *makeErrorLabel(QWidget *parent);
void showError(QLabel *label, const QString &text);
// OK (saying `okText`, or the standard OK when empty) and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText);

} // namespace doorstep::ui
