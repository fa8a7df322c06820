#include "ui/providers/provider_detail_pane.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/queries.h"
#include "services/provider_discipline_service.h"
#include "services/provider_ratings.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/providers/credential_actions.h"
#include "ui/providers/credential_card.h"
#include "ui/providers/discipline_dialogs.h"
#include "ui/providers/reason_dialog.h"
#include "ui/providers/scan_files.h"
#include "ui/providers/scan_viewer.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
QTreeWidget *tree(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    t->header()->setStretchLastSection(true);
    return t;
}

QString stars(int x100)
{
    return QStringLiteral("%1 ★").arg(QLocale::c().toString(x100 / 100.0, 'f', 2));
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString weekdayName(int weekday)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Mon"), QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Tue"),
                                        QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Wed"), QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Thu"),
                                        QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Fri"), QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Sat"),
                                        QT_TRANSLATE_NOOP("doorstep::ui::ProviderDetailPane", "Sun")};
    return weekday >= 1 && weekday <= 7 ? ProviderDetailPane::tr(names[weekday - 1]) : QString::number(weekday);
}

QWidget *tabPage(QWidget *parent, std::initializer_list<QWidget *> widgets, QLayout *buttons = nullptr)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    for (QWidget *w : widgets)
        layout->addWidget(w, qobject_cast<QTreeWidget *>(w) ? 1 : 0);
    if (buttons)
        layout->addLayout(buttons);
    return page;
}

bool isOpenFlag(const QString &stateKey)
{
    return domain::stateFromKey<domain::FlagState>(stateKey) == domain::FlagState::Open;
}
} // namespace

ProviderDetailPane::ProviderDetailPane(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_skills(tree({tr("Skill"), tr("State"), tr("Reason")}, this))
    , m_profile(new QLabel(this))
    , m_credentialBox(new QWidget(this))
    , m_credentialLayout(new QVBoxLayout(m_credentialBox))
    , m_training(tree({tr("Date"), tr("Course or assessment"), tr("Result")}, this))
    , m_ratingSummary(new QLabel(this))
    , m_trend(tree({tr("Month"), tr("Ratings"), tr("Average")}, this))
    , m_comments(tree({tr("Date"), tr("Stars"), tr("Comment")}, this))
    , m_points(new QLabel(this))
    , m_ledger(tree({tr("Date"), tr("Points"), tr("Amount"), tr("Reason")}, this))
    , m_flags(tree({tr("Raised"), tr("State"), tr("Detail")}, this))
    , m_confirm(new QPushButton(tr("Confirm deactivation…"), this))
    , m_override(new QPushButton(tr("Keep the provider…"), this))
{
    setObjectName(QStringLiteral("providerDetail"));
    setUpWidgets();
    buildTabs();
    connectFlags();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_contact);
    layout->addWidget(m_tabs, 1);
    showProvider(0);
}

void ProviderDetailPane::setUpWidgets()
{
    m_title->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: bold;"));
    m_status->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_skills->setColumnWidth(0, 110);
    m_skills->setColumnWidth(1, 80);
    m_skills->setMaximumHeight(150);
    m_training->setColumnWidth(0, 90);
    m_training->setColumnWidth(1, 170);
    m_ledger->setColumnWidth(0, 90);
    m_ledger->setColumnWidth(1, 55);
    m_ledger->setColumnWidth(2, 80);
    m_flags->setColumnWidth(0, 90);
    m_flags->setColumnWidth(1, 80);
    m_trend->setColumnWidth(0, 80);
    m_trend->setColumnWidth(1, 60);
    m_trend->setMaximumHeight(170);
    m_comments->setColumnWidth(0, 90);
    m_comments->setColumnWidth(1, 45);
    m_ratingSummary->setStyleSheet(QStringLiteral("font-size: 15px;"));
    m_credentialLayout->setContentsMargins(0, 0, 0, 0);
}

// The six tabs, each with the buttons for what the role may record there.
void ProviderDetailPane::buildTabs()
{
    const bool discipline = canDiscipline();
    auto *trainingButtons = new QHBoxLayout;
    auto *course = new QPushButton(tr("Course completed…"), this);
    auto *assessment = new QPushButton(tr("Assessment result…"), this);
    trainingButtons->addWidget(course);
    trainingButtons->addWidget(assessment);
    trainingButtons->addStretch();
    course->setVisible(discipline);
    assessment->setVisible(discipline);
    auto *ledgerButtons = new QHBoxLayout;
    auto *entry = new QPushButton(tr("Reward or penalty…"), this);
    entry->setVisible(discipline);
    ledgerButtons->addWidget(m_points, 1);
    ledgerButtons->addWidget(entry);
    auto *flagButtons = new QHBoxLayout;
    flagButtons->addStretch();
    flagButtons->addWidget(m_override);
    flagButtons->addWidget(m_confirm);
    m_confirm->setVisible(discipline);
    m_override->setVisible(discipline);
    const bool review = m_workspace.session().can(services::Permission::ProviderReview);
    auto *credentialButtons = new QHBoxLayout;
    auto *addCredential = new QPushButton(tr("Add credential…"), this);
    addCredential->setObjectName(QStringLiteral("addCredential"));
    addCredential->setVisible(review);
    credentialButtons->addStretch();
    credentialButtons->addWidget(addCredential);
    auto *profileButtons = new QHBoxLayout;
    auto *backgroundCheck = new QPushButton(tr("Record background check…"), this);
    backgroundCheck->setObjectName(QStringLiteral("recordBackgroundCheck"));
    backgroundCheck->setVisible(review);
    profileButtons->addStretch();
    profileButtons->addWidget(backgroundCheck);

    auto *credentialScroll = new QScrollArea(this);
    credentialScroll->setWidgetResizable(true);
    credentialScroll->setFrameShape(QFrame::NoFrame);
    auto *credentialInner = new QWidget(credentialScroll);
    auto *credentialColumn = new QVBoxLayout(credentialInner);
    credentialColumn->addWidget(m_credentialBox);
    credentialColumn->addStretch();
    credentialScroll->setWidget(credentialInner);

    m_tabs->addTab(tabPage(this, {m_skills, m_profile}, profileButtons), tr("Profile"));
    m_tabs->addTab(tabPage(this, {credentialScroll}, credentialButtons), tr("Credentials"));
    m_tabs->addTab(tabPage(this, {m_training}, trainingButtons), tr("Training"));
    m_tabs->addTab(tabPage(this, {m_ratingSummary, m_trend, m_comments}), tr("Ratings"));
    m_tabs->addTab(tabPage(this, {m_ledger}, ledgerButtons), tr("Ledger"));
    m_tabs->addTab(tabPage(this, {m_flags}, flagButtons), tr("Flags"));
    static_cast<QVBoxLayout *>(m_tabs->widget(1)->layout())->setStretch(0, 1);
    static_cast<QVBoxLayout *>(m_tabs->widget(0)->layout())->setStretch(1, 1);

    connect(course, &QPushButton::clicked, this, &ProviderDetailPane::recordCourse);
    connect(assessment, &QPushButton::clicked, this, &ProviderDetailPane::recordAssessment);
    connect(entry, &QPushButton::clicked, this, &ProviderDetailPane::addLedgerEntry);
    connect(addCredential, &QPushButton::clicked, this, &ProviderDetailPane::addCredential);
    connect(backgroundCheck, &QPushButton::clicked, this, &ProviderDetailPane::recordBackgroundCheck);
}

void ProviderDetailPane::connectFlags()
{
    auto selectedFlag = [this] {
        const QTreeWidgetItem *item = m_flags->currentItem();
        return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    };
    connect(m_confirm, &QPushButton::clicked, this, [this, selectedFlag] { confirmFlag(selectedFlag()); });
    connect(m_override, &QPushButton::clicked, this, [this, selectedFlag] { overrideFlag(selectedFlag()); });
    connect(m_flags, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const bool open = item && isOpenFlag(item->data(1, Qt::UserRole).toString());
        m_confirm->setEnabled(open);
        m_override->setEnabled(open);
    });
}

bool ProviderDetailPane::canDiscipline() const
{
    return m_workspace.session().can(services::Permission::ProviderDiscipline);
}

void ProviderDetailPane::showProvider(qint64 providerId)
{
    m_record = {};
    try {
        m_today = m_workspace.clock().officeToday();
        if (providerId)
            m_record = itemmodels::Queries(m_workspace).providerRecord(providerId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    fillHeader();
    fillProfile();
    fillCredentials();
    fillTraining();
    fillRatings();
    fillLedger();
    fillFlags();
    m_tabs->setEnabled(!m_record.isNull());
}

void ProviderDetailPane::reload()
{
    showProvider(m_record.id);
}

void ProviderDetailPane::fillHeader()
{
    if (m_record.isNull()) {
        m_title->setText(tr("No provider chosen"));
        m_status->setText(tr("Choose a provider in the list."));
        m_contact->clear();
        return;
    }
    m_title->setText(m_record.name);
    QString status = itemmodels::ProviderText::providerStatus(m_record.status);
    if (!m_record.statusReason.isEmpty())
        status += QStringLiteral(" — ") + m_record.statusReason;
    const bool active = domain::stateFromKey<domain::ProviderStatus>(m_record.status) == domain::ProviderStatus::Active;
    const QString color = itemmodels::toneText(active ? itemmodels::Tone::Good : itemmodels::Tone::Late, palette()).name();
    m_status->setText(QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span>").arg(color, status.toHtmlEscaped()));
    m_contact->setText(tr("Phone %1 · ID %2 · points %3").arg(m_record.maskedPhone, m_record.maskedIdNumber).arg(m_record.points));
}

void ProviderDetailPane::fillProfile()
{
    m_skills->clear();
    for (const SkillInfo &s : std::as_const(m_record.skills)) {
        auto *item = new QTreeWidgetItem(m_skills, {s.name, itemmodels::ProviderText::skillStatus(s.status), s.suspendedReason});
        if (domain::stateFromKey<domain::SkillStatus>(s.status) == domain::SkillStatus::Suspended) {
            item->setForeground(1, itemmodels::toneText(itemmodels::Tone::Late, palette()));
            item->setToolTip(2, s.suspendedReason);
        }
    }
    if (m_record.isNull()) {
        m_profile->clear();
        return;
    }
    QStringList hours;
    for (const HoursInfo &h : std::as_const(m_record.hours))
        hours.append(QStringLiteral("%1 %2–%3").arg(weekdayName(h.weekday), clock(h.startMin), clock(h.endMin)));
    // The background check that counts, as the onboarding checklist judges it.
    const QString background = m_record.backgroundCheck.isEmpty() ? tr("none recorded")
        : domain::stateFromKey<domain::BackgroundCheckResult>(m_record.backgroundCheck) == domain::BackgroundCheckResult::Pending
        ? tr("requested from %1, no result yet").arg(m_record.backgroundAgency)
        : tr("%1 (%2, %3)").arg(itemmodels::ProviderText::backgroundCheckResult(m_record.backgroundCheck), m_record.backgroundAgency,
                                itemmodels::formatDate(m_record.backgroundCheckedAt));
    m_profile->setText(tr("Home: %1 %2\nServes: %3\nWorking hours: %4\nJoined: %5\nBackground check: %6")
                           .arg(m_record.homeDistrict, m_record.address, m_record.districts.join(QStringLiteral("、")),
                                hours.isEmpty() ? tr("none set") : hours.join(QStringLiteral(" · ")),
                                m_record.joinedAt ? itemmodels::formatDate(m_record.joinedAt) : tr("not yet"), background));
}

void ProviderDetailPane::fillCredentials()
{
    const CredentialCardHandlers handlers{
        [this](qint64 scanId, const QString &fileName) { showScan(scanId, fileName); },
        [this](qint64 credentialId, const QStringList &paths) {
            if (attachScanFiles(this, m_workspace.services(), credentialId, paths) > 0)
                reload();
        },
        [this] { changed(); }};
    m_cards = rebuildCredentialCards(m_credentialLayout, m_credentialBox, this, m_workspace, m_record, m_today, handlers);
}

void ProviderDetailPane::fillTraining()
{
    m_training->clear();
    for (const TrainingInfo &c : std::as_const(m_record.courses))
        new QTreeWidgetItem(m_training, {itemmodels::formatDate(c.at), c.title, tr("completed")});
    for (const TrainingInfo &a : std::as_const(m_record.assessments)) {
        auto *item = new QTreeWidgetItem(m_training, {itemmodels::formatDate(a.at), a.title,
                                                      tr("%1 / pass mark %2 — %3").arg(a.score).arg(a.passMark).arg(a.passed ? tr("passed") : tr("failed"))});
        if (!a.passed)
            item->setForeground(2, itemmodels::toneText(itemmodels::Tone::Late, palette()));
    }
    m_training->sortItems(0, Qt::DescendingOrder);
}

void ProviderDetailPane::fillRatings()
{
    m_trend->clear();
    m_comments->clear();
    if (m_record.isNull()) {
        m_ratingSummary->clear();
        return;
    }
    try {
        const auto summary = itemmodels::Queries(m_workspace).ratingSummary(m_record.id);
        m_ratingSummary->setText(summary.count ? tr("%1 average from %n rating(s)", nullptr, summary.count).arg(stars(summary.averageX100))
                                               : tr("No ratings yet"));
        for (const auto &m : summary.byMonth) {
            auto *item = new QTreeWidgetItem(m_trend, {m.month, QString::number(m.count), stars(m.averageX100)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const auto &c : summary.recent)
            new QTreeWidgetItem(m_comments, {itemmodels::formatDate(c.at), QString::number(c.stars), c.comment});
    } catch (const std::exception &e) {
        m_ratingSummary->setText(QString::fromUtf8(e.what()));
    }
}

void ProviderDetailPane::fillLedger()
{
    m_ledger->clear();
    m_points->setText(m_record.isNull() ? QString() : tr("Balance: %1 points").arg(m_record.points));
    for (const LedgerInfo &l : std::as_const(m_record.ledger)) {
        auto *item = new QTreeWidgetItem(m_ledger, {itemmodels::formatDate(l.at), QString::asprintf("%+d", l.points),
                                                    l.amountFen ? itemmodels::formatFen(l.amountFen) : QString(), l.reason});
        item->setForeground(1, l.points < 0 ? itemmodels::toneText(itemmodels::Tone::Late, palette()) : itemmodels::toneText(itemmodels::Tone::Good, palette()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ProviderDetailPane::fillFlags()
{
    m_flags->clear();
    int open = 0;
    for (const FlagInfo &f : std::as_const(m_record.flags)) {
        const QString state = itemmodels::ProviderText::flagState(f.state);
        QString detail = f.detail;
        if (!f.decisionReason.isEmpty())
            detail += QStringLiteral(" — ") + f.decisionReason;
        auto *item = new QTreeWidgetItem(m_flags, {itemmodels::formatDate(f.raisedAt), state, detail});
        item->setData(0, Qt::UserRole, f.id);
        item->setData(1, Qt::UserRole, f.state);
        if (isOpenFlag(f.state)) {
            ++open;
            item->setForeground(1, itemmodels::toneText(itemmodels::Tone::Late, palette()));
        }
    }
    m_tabs->setTabText(5, open ? tr("Flags (%1)").arg(open) : tr("Flags"));
    if (m_flags->topLevelItemCount() > 0)
        m_flags->setCurrentItem(m_flags->topLevelItem(0));
    const QTreeWidgetItem *current = m_flags->currentItem();
    const bool currentOpen = current && isOpenFlag(current->data(1, Qt::UserRole).toString());
    m_confirm->setEnabled(currentOpen);
    m_override->setEnabled(currentOpen);
}

void ProviderDetailPane::showScan(qint64 scanId, const QString &fileName)
{
    try {
        QString mime;
        const QByteArray bytes = services::ProviderReviewService(m_workspace.services()).scanBytes(scanId, &mime);
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(fileName);
        auto *viewer = new ScanViewer(dialog);
        (new QVBoxLayout(dialog))->addWidget(viewer);
        dialog->resize(760, 640);
        viewer->setScan(bytes, mime, fileName);
        dialog->show();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void ProviderDetailPane::recordCourse()
{
    if (m_record.isNull())
        return;
    try {
        CourseCompletionDialog dialog(itemmodels::Queries(m_workspace).courses(), m_today, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        services::ProviderDisciplineService(m_workspace.services()).recordCourseCompletion(m_record.id, dialog.courseId(),
                                                                                          domain::officeMoment(dialog.completedOn(), m_workspace.services().now()));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    reload();
    Q_EMIT providerChanged(m_record.id);
}

void ProviderDetailPane::recordAssessment()
{
    if (m_record.isNull())
        return;
    try {
        AssessmentResultDialog dialog(itemmodels::Queries(m_workspace).assessments(), m_today, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const auto outcome = services::ProviderDisciplineService(m_workspace.services())
                                 .recordAssessment(m_record.id, dialog.assessmentId(), dialog.score(),
                                                   domain::officeMoment(dialog.takenOn(), m_workspace.services().now()));
        if (outcome.flagId)
            MessageBox::information(this, tr("Assessment"), tr("This is the second failed attempt: a deactivation flag was raised for a decision (Flags tab)."));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    reload();
    Q_EMIT providerChanged(m_record.id);
}

void ProviderDetailPane::addLedgerEntry()
{
    if (m_record.isNull())
        return;
    LedgerEntryDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            services::ProviderDisciplineService(m_workspace.services()).addLedgerEntry(m_record.id, dialog.points(), dialog.amountFen(), dialog.reason());
            reload();
            Q_EMIT providerChanged(m_record.id);
            return;
        } catch (const std::exception &e) {
            MessageBox::error(this, e); // keep what was typed and ask again
        }
    }
}

void ProviderDetailPane::confirmFlag(qint64 flagId)
{
    if (!flagId)
        return;
    int others = 0;
    for (const FlagInfo &f : std::as_const(m_record.flags))
        others += isOpenFlag(f.state) && f.id != flagId ? 1 : 0;
    QString prompt = tr("Why is %1 deactivated? They receive no more orders; the reason is shown with their status.").arg(m_record.name);
    if (others > 0)
        prompt += u'\n' + tr("Their %n other open flag(s) are settled with this decision.", nullptr, others);
    const QString reason = ReasonDialog::ask(this, tr("Deactivate %1").arg(m_record.name), prompt);
    if (reason.isEmpty())
        return;
    try {
        services::ProviderDisciplineService(m_workspace.services()).confirmFlag(flagId, reason);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    changed();
}

void ProviderDetailPane::overrideFlag(qint64 flagId)
{
    if (!flagId)
        return;
    const QString reason = ReasonDialog::ask(this, tr("Keep %1").arg(m_record.name), tr("Why does the provider stay despite the flag?"));
    if (reason.isEmpty())
        return;
    try {
        services::ProviderDisciplineService(m_workspace.services()).overrideFlag(flagId, reason);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    changed();
}

void ProviderDetailPane::addCredential()
{
    // A renewal brought to the office: "seen the original" starts ticked.
    if (!m_record.isNull() && ui::addCredential(this, m_workspace, m_record.id, m_today, true))
        changed();
}

void ProviderDetailPane::recordBackgroundCheck()
{
    if (!m_record.isNull() && ui::recordBackgroundCheck(this, m_workspace, m_record.id, m_record.name, m_today))
        changed();
}

void ProviderDetailPane::showFlags()
{
    m_tabs->setCurrentIndex(5);
}

void ProviderDetailPane::changed()
{
    const qint64 id = m_record.id;
    reload();
    Q_EMIT providerChanged(id);
}

} // namespace doorstep::ui
