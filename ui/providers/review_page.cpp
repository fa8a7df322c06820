#include "ui/providers/review_page.h"

#include "itemmodels/display_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/queries.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/providers/check_icons.h"
#include "ui/providers/credential_actions.h"
#include "ui/providers/credential_card.h"
#include "ui/providers/reason_dialog.h"
#include "ui/providers/scan_files.h"
#include "ui/providers/scan_viewer.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
QString eventText(const services::ApplicationEvent &e, const QHash<QString, QString> &qualificationNames)
{
    QString line = itemmodels::formatDateTime(e.at) + QStringLiteral("  ") + itemmodels::ProviderText::applicationEvent(e.kind);
    if (!e.staffName.isEmpty())
        line += ReviewPage::tr(" — %1").arg(e.staffName);
    const QString note = itemmodels::ProviderText::eventNote(e.kind, e.note, qualificationNames);
    if (!note.isEmpty())
        line += QStringLiteral(": ") + note;
    return line;
}

QAction *shortcutAction(QWidget *owner, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    // Only while the review page (or something in it) has the focus: the same
    // keys mean other things on other pages.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"));
    return box;
}
} // namespace

ReviewPage::ReviewPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_idNumber(new QLabel(this))
    , m_phone(new QLabel(this))
    , m_showId(new QPushButton(tr("Show"), this))
    , m_showPhone(new QPushButton(tr("Show"), this))
    , m_personal(new QLabel(this))
    , m_checklist(new QTreeWidget(this))
    , m_backgroundSummary(new QLabel(this))
    , m_backgroundCheck(new QPushButton(tr("Record background check…"), this))
    , m_addCredential(new QPushButton(tr("Add credential…"), this))
    , m_credentialBox(new QWidget(this))
    , m_credentialLayout(new QVBoxLayout(m_credentialBox))
    , m_timeline(new QListWidget(this))
    , m_viewer(new ScanViewer(this))
    , m_back(new QPushButton(tr("← Queue"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_info(new QPushButton(tr("Ask for information…"), this))
    , m_next(new QPushButton(tr("Next application"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setFocusPolicy(Qt::ClickFocus); // takes the focus when opened, so its shortcuts work at once
    setUpWidgets();
    setUpChecklist();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildDecisionBar());
    layout->addWidget(buildEvidenceSplit(), 1);
    auto *keys = new QLabel(tr("Keys: Ctrl+Enter approve · Ctrl+R reject · Ctrl+I ask for information · Ctrl+N next · Esc back to the queue"), this);
    keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(keys);
    connectActions();
    updateDecisionButtons();
}

void ReviewPage::setUpWidgets()
{
    m_title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_info->setObjectName(QStringLiteral("requestInformation"));
    m_approve->setStyleSheet(QStringLiteral("QPushButton:enabled { font-weight: bold; }"));
    m_approve->setToolTip(tr("Approve (Ctrl+Enter)"));
    m_reject->setToolTip(tr("Reject with a reason (Ctrl+R)"));
    m_info->setToolTip(tr("Ask the applicant for more information (Ctrl+I)"));
    m_next->setToolTip(tr("Open the next application in the queue (Ctrl+N)"));
    m_back->setToolTip(tr("Back to the queue (Esc)"));
    m_idNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personal->setWordWrap(true);
    m_personal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool mayReveal = m_workspace.session().can(services::Permission::ProviderRevealPersonal);
    m_showId->setVisible(mayReveal);
    m_showPhone->setVisible(mayReveal);
    m_showId->setToolTip(tr("Show the full ID number (recorded in the audit log)"));
    m_showPhone->setToolTip(tr("Show the full phone number (recorded in the audit log)"));
    const bool mayReview = m_workspace.session().can(services::Permission::ProviderReview);
    m_backgroundCheck->setObjectName(QStringLiteral("recordBackgroundCheck"));
    m_backgroundCheck->setToolTip(tr("Record the agency's answer, or that a check was requested"));
    m_backgroundCheck->setVisible(mayReview);
    m_addCredential->setObjectName(QStringLiteral("addCredential"));
    m_addCredential->setToolTip(tr("Add a credential the applicant brought or sent (e.g. a renewal), then attach its scan and approve it"));
    m_addCredential->setVisible(mayReview);
    m_backgroundSummary->setWordWrap(true);
    m_backgroundSummary->setForegroundRole(QPalette::PlaceholderText);
}

void ReviewPage::setUpChecklist()
{
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Check"), tr("Kind")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->setIconSize(QSize(18, 18));
    m_checklist->setWordWrap(true);
    m_checklist->setTextElideMode(Qt::ElideNone); // a check message is read whole, wrapped
    m_checklist->header()->setStretchLastSection(false);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    // A check message is read whole: rows grow to the wrapped text whenever the
    // message column changes width (QTreeView does not measure wrapped rows itself).
    connect(m_checklist->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0)
            fitChecklistRows();
    });
    m_timeline->setObjectName(QStringLiteral("applicationTimeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setFocusPolicy(Qt::NoFocus);
    m_credentialLayout->setContentsMargins(0, 0, 0, 0);
}

QSplitter *ReviewPage::buildEvidenceSplit()
{
    // The left column: who, what was checked, the evidence, what happened.
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    auto *personalBox = section(tr("Applicant"), content);
    auto *form = new QFormLayout(personalBox);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber);
    idRow->addWidget(m_showId);
    idRow->addStretch();
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_showPhone);
    phoneRow->addStretch();
    form->addRow(tr("ID number"), idRow);
    form->addRow(tr("Phone"), phoneRow);
    form->addRow(m_personal);
    auto *checkBox = section(tr("Checklist"), content);
    auto *checkColumn = new QVBoxLayout(checkBox);
    checkColumn->addWidget(m_checklist);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_backgroundSummary, 1);
    checkButtons->addWidget(m_backgroundCheck);
    checkColumn->addLayout(checkButtons);
    auto *credentialBox = section(tr("Credentials"), content);
    auto *credentialColumn = new QVBoxLayout(credentialBox);
    credentialColumn->addWidget(m_credentialBox);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->addStretch();
    credentialButtons->addWidget(m_addCredential);
    credentialColumn->addLayout(credentialButtons);
    auto *timelineBox = section(tr("Timeline"), content);
    (new QVBoxLayout(timelineBox))->addWidget(m_timeline);
    m_timeline->setMinimumHeight(110);
    m_checklist->setMinimumHeight(190);
    column->addWidget(personalBox);
    column->addWidget(checkBox);
    column->addWidget(credentialBox);
    column->addWidget(timelineBox);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(440);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QHBoxLayout *ReviewPage::buildDecisionBar()
{
    auto *heading = new QVBoxLayout;
    heading->setSpacing(0);
    heading->addWidget(m_title);
    heading->addWidget(m_state);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addSpacing(8);
    bar->addLayout(heading, 1);
    bar->addWidget(m_info);
    bar->addWidget(m_reject);
    bar->addWidget(m_approve);
    bar->addSpacing(8);
    bar->addWidget(m_next);
    return bar;
}

void ReviewPage::connectActions()
{
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::reject);
    connect(m_info, &QPushButton::clicked, this, &ReviewPage::requestInformation);
    connect(m_next, &QPushButton::clicked, this, &ReviewPage::nextRequested);
    connect(m_back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    connect(m_showId, &QPushButton::clicked, this, &ReviewPage::revealIdNumber);
    connect(m_showPhone, &QPushButton::clicked, this, &ReviewPage::revealPhone);
    connect(m_backgroundCheck, &QPushButton::clicked, this, &ReviewPage::recordBackgroundCheck);
    connect(m_addCredential, &QPushButton::clicked, this, &ReviewPage::addCredential);
    // The shortcut stays live while the button is disabled, so a keyboard
    // user who presses it is told why approval is not possible.
    connect(shortcutAction(this, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}), &QAction::triggered, this,
            &ReviewPage::approve);
    connect(shortcutAction(this, {QKeySequence(Qt::CTRL | Qt::Key_R)}), &QAction::triggered, this, &ReviewPage::reject);
    connect(shortcutAction(this, {QKeySequence(Qt::CTRL | Qt::Key_I)}), &QAction::triggered, this, &ReviewPage::requestInformation);
    connect(shortcutAction(this, {QKeySequence(Qt::CTRL | Qt::Key_N)}), &QAction::triggered, this, &ReviewPage::nextRequested);
    connect(shortcutAction(this, {QKeySequence(Qt::Key_Escape)}), &QAction::triggered, this, &ReviewPage::backRequested);
}

void ReviewPage::open(qint64 applicationId)
{
    m_applicationId = applicationId;
    m_viewer->clear();
    reload();
    // The first scan is what a reviewer looks at first.
    for (const CredentialInfo &c : std::as_const(m_record.credentials)) {
        if (!c.scans.isEmpty()) {
            showScan(c.scans.first().id, c.scans.first().fileName);
            break;
        }
    }
}

void ReviewPage::reload()
{
    m_record = {};
    m_checks.clear();
    try {
        m_today = m_workspace.clock().officeToday();
        if (m_applicationId)
            m_record = itemmodels::Queries(m_workspace).applicationRecord(m_applicationId);
        if (!m_record.isNull())
            m_checks = services::ProviderReviewService(m_workspace.services()).checks(m_record.id);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    fillPersonal();
    fillChecklist();
    fillCredentials();
    fillTimeline();
    updateDecisionButtons();
}

bool ReviewPage::isOpenApplication() const
{
    const auto state = domain::stateFromKey<domain::ApplicationState>(m_record.applicationState);
    return state && domain::isOpen(*state);
}

void ReviewPage::fillPersonal()
{
    if (m_record.isNull()) {
        m_title->setText(tr("No application open"));
        m_state->setText(tr("Choose one in the queue and press Enter."));
        m_idNumber->clear();
        m_phone->clear();
        m_personal->clear();
        return;
    }
    m_title->setText(m_record.name);
    QString state = itemmodels::ProviderText::applicationState(m_record.applicationState);
    if (m_record.submittedAt)
        state += tr(" · submitted %1").arg(itemmodels::formatDateTime(m_record.submittedAt));
    m_state->setText(state);
    m_idNumber->setText(m_record.maskedIdNumber);
    m_phone->setText(m_record.maskedPhone);
    QStringList skills;
    for (const SkillInfo &s : std::as_const(m_record.skills))
        skills.append(s.name);
    const QString gender = m_record.gender == u"m" ? tr("male") : m_record.gender == u"f" ? tr("female") : tr("not stated");
    // The age, never the birth date: the masked ID number hides exactly those digits.
    m_personal->setText(tr("Age %1 · %2\nHome: %3 %4\nServes: %5\nApplies for: %6")
                            .arg(m_record.age >= 0 ? QString::number(m_record.age) : tr("unknown"), gender,
                                 m_record.homeDistrict, m_record.address, m_record.districts.join(QStringLiteral("、")),
                                 skills.join(QStringLiteral("、"))));
}

void ReviewPage::fillChecklist()
{
    m_checklist->clear();
    m_backgroundSummary->clear();
    if (!m_record.isNull()) {
        // The same check the checklist judged (provider_facts: the latest recorded).
        if (m_record.backgroundCheck.isEmpty())
            m_backgroundSummary->setText(tr("Background check: none recorded"));
        else if (domain::stateFromKey<domain::BackgroundCheckResult>(m_record.backgroundCheck) == domain::BackgroundCheckResult::Pending)
            m_backgroundSummary->setText(tr("Background check: requested from %1, no result yet").arg(m_record.backgroundAgency));
        else
            m_backgroundSummary->setText(tr("Background check: %1 (%2, %3)")
                                             .arg(itemmodels::ProviderText::backgroundCheckResult(m_record.backgroundCheck), m_record.backgroundAgency,
                                                  itemmodels::formatDate(m_record.backgroundCheckedAt)));
    }
    for (const domain::ProviderCheck &check : std::as_const(m_checks)) {
        auto *item = new QTreeWidgetItem(m_checklist, {check.message, checkSeverityText(check.severity)});
        item->setIcon(0, checkStateIcon(check.state));
        item->setToolTip(0, checkStateText(check.state) + QStringLiteral(": ") + check.message);
        item->setData(0, Qt::UserRole, check.key);
        if (check.blocksApproval())
            item->setForeground(0, itemmodels::toneText(itemmodels::Tone::Late, palette()));
    }
    fitChecklistRows();
}

void ReviewPage::fitChecklistRows()
{
    const int width = m_checklist->header()->sectionSize(0) - m_checklist->iconSize().width() - 12;
    if (width <= 40)
        return;
    const QFontMetrics fm(m_checklist->font());
    int rows = 0;
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_checklist->topLevelItem(i);
        const QRect text = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text(0));
        const int height = std::max(m_checklist->iconSize().height(), text.height()) + 4;
        item->setSizeHint(0, QSize(width, height));
        rows += height;
    }
    m_checklist->doItemsLayout();
    // Every check in view at once: the list is read whole, not scrolled.
    m_checklist->setMinimumHeight(std::max(190, rows + m_checklist->header()->height() + 2 * m_checklist->frameWidth() + 6));
}

void ReviewPage::fillCredentials()
{
    const CredentialCardHandlers handlers{[this](qint64 scanId, const QString &fileName) { showScan(scanId, fileName); },
                                          [this](qint64 credentialId, const QStringList &paths) { addScanFiles(credentialId, paths); },
                                          [this] { reload(); }};
    m_cards = rebuildCredentialCards(m_credentialLayout, m_credentialBox, this, m_workspace, m_record, m_today, handlers);
    if (m_record.credentials.isEmpty() && !m_record.isNull()) {
        auto *none = new QLabel(tr("No credentials have been submitted."), m_credentialBox);
        m_credentialLayout->addWidget(none);
    }
}

void ReviewPage::fillTimeline()
{
    m_timeline->clear();
    if (!m_applicationId || m_record.isNull())
        return;
    try {
        QHash<QString, QString> qualificationNames;
        for (const auto &[code, name] : itemmodels::Queries(m_workspace).qualificationTypes())
            qualificationNames.insert(code, name);
        for (const auto &e : services::ProviderReviewService(m_workspace.services()).timeline(m_applicationId))
            m_timeline->addItem(eventText(e, qualificationNames));
    } catch (const std::exception &e) {
        m_timeline->addItem(QString::fromUtf8(e.what()));
    }
    m_timeline->scrollToBottom();
}

void ReviewPage::updateDecisionButtons()
{
    const bool canDecide = m_workspace.session().can(services::Permission::ProviderReview) && isOpenApplication();
    const bool blocked = domain::approvalBlocked(m_checks);
    m_approve->setEnabled(canDecide && !blocked);
    m_reject->setEnabled(canDecide);
    m_info->setEnabled(canDecide);
    m_approve->setToolTip(blocked ? tr("Cannot be approved yet:\n%1").arg(domain::blockingMessages(m_checks).join(u'\n'))
                                  : tr("Approve (Ctrl+Enter)"));
    m_showId->setEnabled(!m_record.isNull());
    m_showPhone->setEnabled(!m_record.isNull());
    m_backgroundCheck->setEnabled(!m_record.isNull());
    m_addCredential->setEnabled(!m_record.isNull());
}

void ReviewPage::approve()
{
    if (m_record.isNull())
        return;
    if (!isOpenApplication()) {
        MessageBox::warning(this, tr("Approve"), tr("This application has already been decided (%1).")
                                                     .arg(itemmodels::ProviderText::applicationState(m_record.applicationState)));
        return;
    }
    if (domain::approvalBlocked(m_checks)) {
        MessageBox::warning(this, tr("Cannot approve"), tr("%1 cannot be approved yet:\n%2")
                                                            .arg(m_record.name, domain::blockingMessages(m_checks).join(u'\n')));
        return;
    }
    if (!MessageBox::question(this, tr("Approve"), tr("Approve %1? They become an active provider for the skills applied for.").arg(m_record.name)))
        return;
    decide([this](services::ProviderReviewService &review) { review.approve(m_applicationId); });
}

void ReviewPage::reject()
{
    if (m_record.isNull() || !m_reject->isEnabled())
        return;
    const QString reason = ReasonDialog::ask(this, tr("Reject %1").arg(m_record.name),
                                             tr("Why is the application rejected? The reason is kept with the decision."));
    if (reason.isEmpty())
        return;
    decide([&](services::ProviderReviewService &review) { review.reject(m_applicationId, reason); });
}

void ReviewPage::requestInformation()
{
    if (m_record.isNull() || !m_info->isEnabled())
        return;
    const QString reason = ReasonDialog::ask(this, tr("Ask %1 for information").arg(m_record.name),
                                             tr("What is missing or unclear? The applicant is told this."));
    if (reason.isEmpty())
        return;
    decide([&](services::ProviderReviewService &review) { review.requestInformation(m_applicationId, reason); });
}

void ReviewPage::decide(const std::function<void(services::ProviderReviewService &)> &call)
{
    // A refusal (or a decision someone else made meanwhile) is shown, and the
    // page shows the application as it now stands either way.
    try {
        services::ProviderReviewService review(m_workspace.services());
        call(review);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        reload();
        return;
    }
    reload();
    Q_EMIT decided(m_applicationId);
}

void ReviewPage::revealIdNumber()
{
    if (m_record.isNull())
        return;
    try {
        const QString full = services::ProviderReviewService(m_workspace.services()).revealIdNumber(m_record.id);
        m_idNumber->setText(full);
        for (CredentialCard *card : std::as_const(m_cards))
            if (domain::stateFromKey<domain::CredentialType>(card->credential().type) == domain::CredentialType::IdCard)
                card->showNumber(full);
        m_showId->setEnabled(false);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void ReviewPage::revealPhone()
{
    if (m_record.isNull())
        return;
    try {
        m_phone->setText(services::ProviderReviewService(m_workspace.services()).revealPhone(m_record.id));
        m_showPhone->setEnabled(false);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void ReviewPage::showScan(qint64 scanId, const QString &fileName)
{
    try {
        QString mime;
        const QByteArray bytes = services::ProviderReviewService(m_workspace.services()).scanBytes(scanId, &mime);
        m_viewer->setScan(bytes, mime, fileName);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

int ReviewPage::addScanFiles(qint64 credentialId, const QStringList &paths)
{
    const int added = attachScanFiles(this, m_workspace.services(), credentialId, paths);
    if (added > 0) {
        reload();
        // Show what was just attached: the newest scan of that credential.
        for (const CredentialInfo &c : std::as_const(m_record.credentials))
            if (c.id == credentialId && !c.scans.isEmpty())
                showScan(c.scans.last().id, c.scans.last().fileName);
    }
    return added;
}

// After each change to the evidence the page reloads: the checklist and the
// cards show it at once (the scan on show stays).
void ReviewPage::recordBackgroundCheck()
{
    if (m_record.isNull())
        return;
    if (ui::recordBackgroundCheck(this, m_workspace, m_record.id, m_record.name, m_today))
        reload();
}

void ReviewPage::addCredential()
{
    if (m_record.isNull())
        return;
    // An upload to look at first: approving is the next step, on its card.
    if (ui::addCredential(this, m_workspace, m_record.id, m_today, false))
        reload();
}

} // namespace doorstep::ui
