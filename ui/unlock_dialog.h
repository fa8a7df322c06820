#pragma once
// Shown when the console locked itself: the same user re-enters the password.
// The main window stays alive underneath, so nothing unsaved is lost.
#include <QDialog>

class QLabel;
class QLineEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { LoggedOut = 2 };
    explicit UnlockDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    services::Workspace &m_workspace;
    QString m_username;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace doorstep::ui
