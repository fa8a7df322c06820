#pragma once
// The office's clock and complaint rules in the window (Settings → Office
// hours and complaints…, and from the SLA policies): the open hours per
// weekday and on make-up working days (调休上班), the days a closed complaint
// may be reopened, the upheld complaints that flag a provider and their
// window, and the holiday calendar (the years covered; administrators load a
// year's file). Saved as office settings, one audited action
// (services::SettingsService, services::officeHoursValues); read-only without
// SettingsEdit. New and changed complaints count with the new hours;
// deadlines already stored keep their dates.
#include <QDialog>

#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class OfficeHoursDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMakeUpDay = 7; // rows 0–6: Monday–Sunday

    explicit OfficeHoursDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    QCheckBox *openCheck(int day) const { return m_days[size_t(day)].open; }
    QTimeEdit *opensAt(int day) const { return m_days[size_t(day)].from; }
    QTimeEdit *closesAt(int day) const { return m_days[size_t(day)].to; }
    QSpinBox *reopenDays() const { return m_reopenDays; }
    QSpinBox *flagCount() const { return m_flagCount; }
    QSpinBox *flagDays() const { return m_flagDays; }
    QLabel *calendarLabel() const { return m_calendar; }
    bool readOnly() const { return m_readOnly; }

    // Loads a year's holiday calendar file (README.md, "The holiday calendar
    // file"); false, with the lines at fault on the error line, when refused.
    bool loadCalendarFile(const QString &path);
    void accept() override; // saves; stays open with the reason on a refusal

private:
    struct Day
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };
    void showCalendar();

    services::Workspace &m_workspace;
    bool m_readOnly;
    std::array<Day, 8> m_days;
    QSpinBox *m_reopenDays;
    QSpinBox *m_flagCount;
    QSpinBox *m_flagDays;
    QLabel *m_calendar;
    QLabel *m_error;
};

} // namespace doorstep::ui
