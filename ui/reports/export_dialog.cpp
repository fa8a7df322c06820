#include "ui/reports/export_dialog.h"

#include "domain/office_time.h"
#include "reports/catalogue.h"
#include "reports/export_run.h"
#include "services/workspace.h"
#include "ui/message_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace doorstep::ui {

ExportDialog::ExportDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_run(new reports::ExportRun(workspace, this))
{
    setWindowTitle(tr("Export a report"));
    m_report = new QComboBox;
    for (const reports::ReportSource *s : reports::catalogue())
        m_report->addItem(s->title(), s->kind());
    m_preset = new QComboBox;
    m_preset->addItem(tr("Today"), int(stats::PeriodPreset::Today));
    m_preset->addItem(tr("This week"), int(stats::PeriodPreset::ThisWeek));
    m_preset->addItem(tr("This month"), int(stats::PeriodPreset::ThisMonth));
    m_preset->addItem(tr("Last 30 days"), int(stats::PeriodPreset::Last30Days));
    m_preset->addItem(tr("Last 12 months"), int(stats::PeriodPreset::Last12Months));
    m_preset->addItem(tr("Custom"), int(stats::PeriodPreset::Custom));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_district = new QComboBox;
    m_category = new QComboBox;
    m_district->addItem(tr("All districts"), QString());
    m_category->addItem(tr("All services"), QString());
    const reports::FilterChoices choices = reports::filterChoices(workspace);
    for (const auto &[code, name] : choices.districts)
        m_district->addItem(name, code);
    for (const auto &[code, name] : choices.categories)
        m_category->addItem(name, code);
    m_format = new QComboBox;
    m_format->addItem(tr("Excel workbook (XLSX)"), int(reports::Format::Xlsx));
    m_format->addItem(tr("CSV (UTF-8, for Excel and scripts)"), int(reports::Format::Csv));
    m_format->addItem(tr("PDF (A4, to print)"), int(reports::Format::Pdf));
    m_file = new QLineEdit;
    m_choose = new QPushButton(tr("Choose…"));
    m_unmasked = new QCheckBox(tr("Names (customers and providers) and phone numbers in full (the file must be kept safe)"));
    m_unmasked->setVisible(workspace.session().can(services::Permission::ReportExportUnmasked));
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *period = new QHBoxLayout;
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–")));
    period->addWidget(m_to);
    auto *file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_report);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("District:"), m_district);
    form->addRow(tr("Service:"), m_category);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), file);
    form->addRow(QString(), m_unmasked);

    auto *buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_openFolder = buttons->addButton(tr("Open the folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setVisible(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::userDateChanged, this, [this] { m_preset->setCurrentIndex(m_preset->findData(int(stats::PeriodPreset::Custom))); });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath()));
    });
    connect(m_run, &reports::ExportRun::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_status->setText(tr("%1 of %2 rows written…").arg(done).arg(total));
    });
    connect(m_run, &reports::ExportRun::finished, this, [this](qint64 rows) {
        setRunning(false);
        m_status->setText(tr("%n row(s) written to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(QDir::toNativeSeparators(m_lastPath)));
        m_openFolder->setVisible(true);
    });
    connect(m_run, &reports::ExportRun::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled: no file was written."));
    });
    connect(m_run, &reports::ExportRun::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("The export failed: %1").arg(message));
    });

    m_preset->setCurrentIndex(m_preset->findData(int(stats::PeriodPreset::ThisMonth)));
    applyPreset();
    m_file->setText(QDir::home().filePath(tr("orders-report") + reports::formatSuffix(reports::Format::Xlsx)));
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::isRunning() const
{
    return m_run->isRunning();
}

reports::Format ExportDialog::format() const
{
    return reports::Format(m_format->currentData().toInt());
}

void ExportDialog::applyPreset()
{
    const auto preset = stats::PeriodPreset(m_preset->currentData().toInt());
    if (preset == stats::PeriodPreset::Custom)
        return;
    const stats::Period p = stats::presetPeriod(preset, m_workspace.clock().officeToday());
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

void ExportDialog::formatChanged()
{
    const QFileInfo info(m_file->text());
    if (!m_file->text().isEmpty())
        m_file->setText(info.dir().filePath(info.completeBaseName() + reports::formatSuffix(format())));
}

void ExportDialog::chooseFile()
{
    const QString filter = format() == reports::Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                           : format() == reports::Format::Csv ? tr("CSV (*.csv)")
                                                              : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report to"), m_file->text(), filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::startExport()
{
    reports::ExportRequest request;
    request.kind = m_report->currentData().toString();
    request.format = format();
    request.path = QFileInfo(m_file->text()).absoluteFilePath();
    request.params.filter.period = {m_from->date(), m_to->date()};
    request.params.filter.districtCode = m_district->currentData().toString();
    request.params.filter.categoryCode = m_category->currentData().toString();
    request.params.unmasked = m_unmasked->isVisible() && m_unmasked->isChecked();
    if (m_file->text().trimmed().isEmpty()) {
        chooseFile();
        if (m_file->text().trimmed().isEmpty())
            return;
        request.path = QFileInfo(m_file->text()).absoluteFilePath();
    }
    m_lastPath = request.path;
    m_openFolder->setVisible(false);
    try {
        m_run->start(request);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    setRunning(true);
    m_status->setText(tr("Reading…"));
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_report, m_preset, m_from, m_to, m_district, m_category, m_format, m_file,
                                                       m_choose, m_unmasked, m_export})
        w->setEnabled(!running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel(); // the dialog stays until the worker has stopped
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace doorstep::ui
