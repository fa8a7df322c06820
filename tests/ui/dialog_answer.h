#pragma once
// GUI tests answer the modal dialogs the console opens (exec()) by filling
// them from a timer, the way a person would, instead of stubbing them out.
#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QtGlobal>

namespace doorstep::tests {

// Runs `fill` on the modal dialog of type D that the next action opens; a
// dialog of another type is rejected (and the test sees nothing happen).
template <class D, class F>
void answerDialog(F fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal dialog of the expected type");
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        fill(dialog);
    });
}

} // namespace doorstep::tests
