#pragma once
// Shown when the console locked itself: the same user re-enters the password.
// The main window stays alive underneath, so nothing unsaved is lost.
#include <QDialog>

class QLabel;
class QLineEdit;

namespace doorstep::store {
class Store;
}

namespace doorstep::ui {

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { LoggedOut = 2 };
    UnlockDialog(store::Store &store, const QString &username, const QString &displayName, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    store::Store &m_store;
    QString m_username;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace doorstep::ui
