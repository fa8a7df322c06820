#pragma once
// The layout both office-settings dialogs (dispatch rules, auto-dispatch
// weights) share: what the numbers mean, a note for roles that may only read
// them, the form and the buttons.
class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QString;

namespace doorstep::ui {

void layOutSettingsDialog(QDialog *dialog, const QString &intro, bool readOnly, QFormLayout *form, QDialogButtonBox *buttons);

} // namespace doorstep::ui
