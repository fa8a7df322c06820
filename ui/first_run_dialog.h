#pragma once
// The first start: create a new store (office and first administrator),
// open the demo store, or open an existing store file.
#include "services/workspace.h"

#include <QDialog>

class QLineEdit;
class QStackedWidget;

namespace doorstep::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Created, Demo, OpenExisting };
    explicit FirstRunDialog(const QString &defaultStorePath, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    Choice choice() const { return m_choice; }
    QString existingPath() const { return m_existing; }
    std::unique_ptr<services::Workspace> takeWorkspace() { return std::move(m_workspace); }

private:
    void createStore();

    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QLineEdit *m_office;
    QLineEdit *m_adminName;
    QLineEdit *m_adminUser;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    Choice m_choice = Choice::None;
    QString m_existing;
    std::unique_ptr<services::Workspace> m_workspace;
};

} // namespace doorstep::ui
