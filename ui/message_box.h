#pragma once
// Every message and question the console shows goes through here, so GUI
// tests can answer dialogs through a hook instead of clicking real ones
// (the way KeePassXC's MessageBox does).
#include <QMessageBox>
#include <QString>

#include <exception>

namespace doorstep::ui {

class MessageBox
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static bool question(QWidget *parent, const QString &title, const QString &text);
    // Shows what a service or store error means for the user.
    static void error(QWidget *parent, const std::exception &e);

    // Test hook: while set, no box is shown; questions get `answer` and the
    // text of every message is recorded.
    static void setTestAnswer(QMessageBox::StandardButton answer);
    static void clearTestAnswer();
    static QStringList shownMessages();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons);
};

} // namespace doorstep::ui
