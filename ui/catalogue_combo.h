#pragma once
// Fills a combo box with a first entry (an "All …" filter or an empty
// choice, data 0) followed by catalogue choices (data: the row id), so every
// district and service filter in the console reads the same.
#include "itemmodels/catalogue_choices.h"

class QComboBox;

namespace doorstep::ui {

void fillChoices(QComboBox *combo, const QString &firstLabel, const QList<itemmodels::Choice> &choices);

} // namespace doorstep::ui
