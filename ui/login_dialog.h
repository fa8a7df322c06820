#pragma once
// Log in to a store: file, user name, password. Errors (wrong password,
// unknown user, damaged file) are shown in the dialog, which stays open.
#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setStorePath(const QString &path);
    QString storePath() const;
    void setUsername(const QString &name);
    void setHint(const QString &hint); // e.g. the demo store's accounts

    std::unique_ptr<services::Workspace> takeWorkspace();

    // For GUI tests.
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_hint;
    QLabel *m_error;
    std::unique_ptr<services::Workspace> m_workspace;
};

} // namespace doorstep::ui
