#include "ui/first_run_dialog.h"

#include "ui/message_box.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace doorstep::ui {

FirstRunDialog::FirstRunDialog(const QString &defaultStorePath, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(defaultStorePath, this))
    , m_office(new QLineEdit(this))
    , m_adminName(new QLineEdit(this))
    , m_adminUser(new QLineEdit(QStringLiteral("admin"), this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Welcome to Doorstep"));

    // Page 0: the three ways in.
    auto *start = new QWidget(this);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(new QLabel(tr("<h2>Welcome to Doorstep</h2><p>No store is open yet. A store is one encrypted "
                                         "file holding all of your office's data.</p>"), start));
    auto *create = new QCommandLinkButton(tr("Create a new store"), tr("For a new office: name it and choose its first administrator."), start);
    auto *demo = new QCommandLinkButton(tr("Open the demo store"), tr("A realistic Shanghai franchise with a year of orders, to try every area."), start);
    auto *open = new QCommandLinkButton(tr("Open an existing store…"), tr("A store file made by this or another console."), start);
    startLayout->addWidget(create);
    startLayout->addWidget(demo);
    startLayout->addWidget(open);
    startLayout->addStretch();
    m_pages->addWidget(start);

    // Page 1: the new store's office and administrator.
    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_office->setPlaceholderText(tr("e.g. 徐汇旗舰店"));
    formLayout->addRow(tr("Store file:"), m_path);
    formLayout->addRow(tr("Office name:"), m_office);
    formLayout->addRow(tr("Administrator's name:"), m_adminName);
    formLayout->addRow(tr("Administrator's user name:"), m_adminUser);
    formLayout->addRow(tr("Password:"), m_password);
    formLayout->addRow(tr("Repeat password:"), m_confirm);
    formLayout->addRow(new QLabel(tr("Write the password down somewhere safe: without it (or another administrator), "
                                     "the data cannot be recovered."), form));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create store"));
    formLayout->addRow(buttons);
    m_pages->addWidget(form);

    connect(create, &QCommandLinkButton::clicked, this, [this] { m_pages->setCurrentIndex(1); });
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        QDialog::accept();
    });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a store"), QString(),
                                                          tr("Doorstep stores (*.doorstep);;All files (*)"));
        if (file.isEmpty())
            return;
        m_existing = file;
        m_choice = Choice::OpenExisting;
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::createStore);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_pages->setCurrentIndex(0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(520);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::createStore()
{
    if (m_password->text() != m_confirm->text()) {
        MessageBox::warning(this, tr("Create store"), tr("The two passwords differ."));
        return;
    }
    services::NewStoreSpec spec;
    spec.officeName = m_office->text().trimmed();
    spec.adminDisplayName = m_adminName->text().trimmed();
    spec.adminUsername = m_adminUser->text().trimmed();
    spec.adminPassword = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_workspace = services::Workspace::create(m_path->text().trimmed(), spec);
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        MessageBox::error(this, e);
        return;
    }
    QApplication::restoreOverrideCursor();
    m_choice = Choice::Created;
    QDialog::accept();
}

} // namespace doorstep::ui
