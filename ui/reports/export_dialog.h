#pragma once
// File → Export a report…: which report, the period (presets as on the
// dashboard, or two days), district and service, the format and the file; the
// "unmasked" box only for roles that may export personal data in full. The
// export runs on a worker (reports::ExportRun) with progress and Cancel; at
// the end "Open the folder" shows where the file went.
#include "reports/report_writer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::reports {
class ExportRun;
}

namespace doorstep::ui {

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(services::Workspace &workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests, as a person would reach them.
    QComboBox *reportCombo() const { return m_report; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *districtCombo() const { return m_district; }
    QComboBox *formatCombo() const { return m_format; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *chooseButton() const { return m_choose; }
    QCheckBox *unmaskedBox() const { return m_unmasked; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const;

    void reject() override; // while running: cancels the export first

private:
    void applyPreset();
    void chooseFile();
    void formatChanged();
    void startExport();
    void setRunning(bool running);
    reports::Format format() const;

    services::Workspace &m_workspace;
    reports::ExportRun *m_run;
    QComboBox *m_report, *m_preset, *m_district, *m_category, *m_format;
    QDateEdit *m_from, *m_to;
    QLineEdit *m_file;
    QPushButton *m_choose, *m_export, *m_cancel, *m_openFolder;
    QCheckBox *m_unmasked;
    QProgressBar *m_progress;
    QLabel *m_status;
    QString m_lastPath;
};

} // namespace doorstep::ui
