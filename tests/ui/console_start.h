#pragma once
// The console as started from the desktop: ConsoleFlow shows the login
// dialog, which the test fills in as a person would.
#include "dialog_answer.h"
#include "ui/console_flow.h"
#include "ui/login_dialog.h"

#include <QLineEdit>

namespace doorstep::tests {

inline bool startConsoleAs(ui::ConsoleFlow &flow, const QString &user, const QString &password)
{
    answerDialog<ui::LoginDialog>([user, password](ui::LoginDialog *login) {
        login->usernameEdit()->setText(user);
        login->passwordEdit()->setText(password);
        login->accept();
    });
    return flow.start();
}

} // namespace doorstep::tests
