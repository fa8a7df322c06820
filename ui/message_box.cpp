#include "ui/message_box.h"

#include "services/service_error.h"

#include <QCoreApplication>

namespace doorstep::ui {
namespace {
bool g_hooked = false;
QMessageBox::StandardButton g_answer = QMessageBox::NoButton;
QStringList g_messages;
} // namespace

void MessageBox::setTestAnswer(QMessageBox::StandardButton answer)
{
    g_hooked = true;
    g_answer = answer;
    g_messages.clear();
}

void MessageBox::clearTestAnswer()
{
    g_hooked = false;
    g_messages.clear();
}

QStringList MessageBox::shownMessages()
{
    return g_messages;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons)
{
    if (g_hooked) {
        g_messages.append(text);
        return g_answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok);
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

void MessageBox::error(QWidget *parent, const std::exception &e)
{
    QString title = QCoreApplication::translate("MessageBox", "Doorstep");
    switch (services::errorCategory(e)) {
    case services::ErrorCategory::NotAllowed:
        title = QCoreApplication::translate("MessageBox", "Not allowed");
        break;
    case services::ErrorCategory::BadInput:
        title = QCoreApplication::translate("MessageBox", "Please check the input");
        break;
    case services::ErrorCategory::Store:
        title = QCoreApplication::translate("MessageBox", "Store problem");
        break;
    case services::ErrorCategory::Busy:
        title = QCoreApplication::translate("MessageBox", "Store busy");
        break;
    case services::ErrorCategory::Other:
        break;
    }
    show(QMessageBox::Warning, parent, title, QString::fromUtf8(e.what()), QMessageBox::Ok);
}

} // namespace doorstep::ui
