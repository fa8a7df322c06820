#include "ui/aftersales/office_hours_dialog.h"

#include "itemmodels/queries.h"
#include "services/settings_service.h"
#include "services/sla_clock.h"
#include "services/workspace.h"
#include "ui/error_label.h"
#include "ui/message_box.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
constexpr int kMidnight = 24 * 60;

// A QTime holds 23:59 at most: the office closing at midnight (24:00) is shown as 23:59.
QTime timeOf(int minutes)
{
    return minutes >= kMidnight ? QTime(23, 59) : QTime(minutes / 60, minutes % 60);
}
int minutesOf(const QTime &t, bool closing)
{
    const int m = t.hour() * 60 + t.minute();
    return closing && m == kMidnight - 1 ? kMidnight : m;
}
} // namespace

OfficeHoursDialog::OfficeHoursDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_readOnly(!workspace.session().can(services::Permission::SettingsEdit))
    , m_reopenDays(new QSpinBox(this))
    , m_flagCount(new QSpinBox(this))
    , m_flagDays(new QSpinBox(this))
    , m_calendar(new QLabel(this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Office hours and complaints"));
    using namespace services::settings;
    const services::OfficeSettings office(workspace.services());
    domain::OfficeHours hours = domain::OfficeHours::standard();
    int reopen = int(ComplaintReopenDays.defaultValue);
    int flagCount = int(UpheldComplaintsFlagCount.defaultValue);
    int flagDays = int(UpheldComplaintsFlagDays.defaultValue);
    // A stored value that is wrong is named; the form shows the defaults, and saving replaces it.
    try {
        hours = services::storedOfficeHours(office);
        reopen = office.whole(ComplaintReopenDays);
        flagCount = office.whole(UpheldComplaintsFlagCount);
        flagDays = office.whole(UpheldComplaintsFlagDays);
    } catch (const std::exception &e) {
        showError(m_error, QString::fromUtf8(e.what()));
    }

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Open"), this), 0, 1);
    grid->addWidget(new QLabel(tr("From"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Until"), this), 0, 3);
    const QLocale locale;
    for (int d = 0; d <= kMakeUpDay; ++d) {
        const domain::DayHours h = d == kMakeUpDay ? hours.makeUpDay : hours.weekday[size_t(d)];
        Day &day = m_days[size_t(d)];
        const QString name = d == kMakeUpDay ? tr("Make-up working day (调休)") : locale.standaloneDayName(d + 1, QLocale::LongFormat);
        day.open = new QCheckBox(this);
        day.open->setAccessibleName(name);
        day.from = new QTimeEdit(timeOf(h.isOpen() ? h.open : 9 * 60), this);
        day.to = new QTimeEdit(timeOf(h.isOpen() ? h.close : 18 * 60), this);
        for (QTimeEdit *t : {day.from, day.to})
            t->setDisplayFormat(QStringLiteral("HH:mm"));
        day.to->setToolTip(tr("23:59 means until midnight"));
        day.open->setChecked(h.isOpen());
        const auto enable = [this, &day] {
            day.from->setEnabled(!m_readOnly && day.open->isChecked());
            day.to->setEnabled(!m_readOnly && day.open->isChecked());
        };
        connect(day.open, &QCheckBox::toggled, this, enable);
        enable();
        day.open->setEnabled(!m_readOnly);
        grid->addWidget(new QLabel(name, this), d + 1, 0);
        grid->addWidget(day.open, d + 1, 1);
        grid->addWidget(day.from, d + 1, 2);
        grid->addWidget(day.to, d + 1, 3);
    }

    const auto range = [](QSpinBox *box, const services::Setting &s, int value) {
        box->setRange(int(s.min), int(s.max));
        box->setValue(value);
    };
    range(m_reopenDays, ComplaintReopenDays, reopen);
    m_reopenDays->setSuffix(tr(" days"));
    range(m_flagCount, UpheldComplaintsFlagCount, flagCount);
    m_flagCount->setSpecialValueText(tr("never"));
    range(m_flagDays, UpheldComplaintsFlagDays, flagDays);
    m_flagDays->setSuffix(tr(" days"));
    m_reopenDays->setObjectName(QStringLiteral("reopenDays"));
    m_flagCount->setObjectName(QStringLiteral("upheldFlagCount"));
    m_flagDays->setObjectName(QStringLiteral("upheldFlagDays"));
    auto *rules = new QFormLayout;
    rules->addRow(tr("A closed complaint may be reopened within"), m_reopenDays);
    rules->addRow(tr("Flag a provider for deactivation after this many upheld complaints"), m_flagCount);
    rules->addRow(tr("… within"), m_flagDays);
    for (QSpinBox *box : {m_reopenDays, m_flagCount, m_flagDays})
        box->setEnabled(!m_readOnly);

    m_calendar->setObjectName(QStringLiteral("calendarYears"));
    m_calendar->setWordWrap(true);
    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(m_calendar, 1);
    if (!m_readOnly) {
        auto *load = new QPushButton(tr("Load a year's calendar…"), this);
        load->setObjectName(QStringLiteral("loadCalendar"));
        load->setToolTip(tr("A text file in the documented format (README, \"The holiday calendar file\"), e.g. cn-statutory-2027.txt"));
        connect(load, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Load a holiday calendar"), QString(), tr("Calendar files (*.txt)"));
            if (!path.isEmpty())
                loadCalendarFile(path);
        });
        calendarRow->addWidget(load);
    }
    showCalendar();

    auto *intro = new QLabel(tr("Business-hours SLA targets count only these hours; statutory days off are closed whatever the "
                                "weekday. Complaints recorded or changed from now on count with what is saved here; deadlines "
                                "already given keep their dates."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)
                                                    : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeHoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficeHoursDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_readOnly) {
        auto *note = new QLabel(QCoreApplication::translate("SettingsDialog", "Only an administrator can change these office settings."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(grid);
    layout->addLayout(rules);
    layout->addLayout(calendarRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void OfficeHoursDialog::showCalendar()
{
    QString text;
    try {
        const QList<int> years = itemmodels::Queries(m_workspace).holidayCalendarYears();
        QStringList names;
        for (int y : years)
            names.append(QString::number(y));
        text = years.isEmpty() ? tr("Holiday calendar: no year loaded.") : tr("Holiday calendar: %1.").arg(names.join(QStringLiteral(", ")));
        if (const QString warning = itemmodels::Queries(m_workspace).holidayCalendarWarning(); !warning.isEmpty())
            text += u' ' + warning;
    } catch (const std::exception &e) {
        text = QString::fromUtf8(e.what());
    }
    m_calendar->setText(text);
}

bool OfficeHoursDialog::loadCalendarFile(const QString &path)
{
    QFile file(path);
    // A year's file is a few hundred bytes: anything over 64 KiB is not one.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        showError(m_error, tr("\"%1\" cannot be read as a calendar file.").arg(QFileInfo(path).fileName()));
        return false;
    }
    try {
        const int year = services::loadHolidayCalendar(m_workspace.services(), QString::fromUtf8(file.readAll()));
        m_error->hide();
        showCalendar();
        MessageBox::information(this, tr("Holiday calendar"), tr("The %1 calendar is loaded. Deadlines already given keep their dates; "
                                                                 "complaints recorded or changed from now on count with it.").arg(year));
        return true;
    } catch (const std::exception &e) {
        showError(m_error, QString::fromUtf8(e.what()));
        return false;
    }
}

void OfficeHoursDialog::accept()
{
    if (m_readOnly)
        return QDialog::accept();
    domain::OfficeHours hours;
    for (int d = 0; d <= kMakeUpDay; ++d) {
        const Day &day = m_days[size_t(d)];
        domain::DayHours h;
        if (day.open->isChecked()) {
            h = {minutesOf(day.from->time(), false), minutesOf(day.to->time(), true)};
            if (!h.isOpen()) {
                showError(m_error, tr("%1: the office must close after it opens (or untick the day to close it).")
                                       .arg(d == kMakeUpDay ? tr("Make-up working day") : QLocale().standaloneDayName(d + 1, QLocale::LongFormat)));
                return;
            }
        }
        (d == kMakeUpDay ? hours.makeUpDay : hours.weekday[size_t(d)]) = h;
    }
    try {
        using namespace services::settings;
        services::SettingsService(m_workspace.services())
            .set(services::officeHoursValues(hours) + services::SettingValues{{&ComplaintReopenDays, m_reopenDays->value()},
                                                                              {&UpheldComplaintsFlagCount, m_flagCount->value()},
                                                                              {&UpheldComplaintsFlagDays, m_flagDays->value()}});
    } catch (const std::exception &e) {
        showError(m_error, QString::fromUtf8(e.what()));
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
