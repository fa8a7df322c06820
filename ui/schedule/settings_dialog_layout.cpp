#include "ui/schedule/settings_dialog_layout.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace doorstep::ui {

void layOutSettingsDialog(QDialog *dialog, const QString &intro, bool readOnly, QFormLayout *form, QDialogButtonBox *buttons)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *introLabel = new QLabel(intro, dialog);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    if (readOnly) {
        auto *note = new QLabel(QCoreApplication::translate("SettingsDialog", "Only an administrator can change these office settings."), dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace doorstep::ui
