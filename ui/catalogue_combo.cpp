#include "ui/catalogue_combo.h"

#include <QComboBox>

namespace doorstep::ui {

void fillChoices(QComboBox *combo, const QString &firstLabel, const QList<itemmodels::Choice> &choices)
{
    combo->addItem(firstLabel, qint64(0));
    for (const itemmodels::Choice &c : choices)
        combo->addItem(c.name, c.id);
}

} // namespace doorstep::ui
