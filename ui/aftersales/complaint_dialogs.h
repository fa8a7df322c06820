#pragma once
// The forms of the complaints workbench: taking a complaint on the phone
// (from the complaints page, by order number, or from an order's detail, for
// that order) and the steps that need words (a note or call, waiting for the
// customer, the resolution and whether it was upheld, a reopening). Each
// collects what ComplaintService needs; the page or pane calls the service.
// The intake takes photos too (Add photo… or dropped on the form): each is
// read and judged by the complaint photos' rules when chosen, so a bad file
// is named at once and nothing typed is lost; the photos are stored with the
// complaint in its one action.
#include "services/complaint_service.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class ComplaintIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    // orderId 0: the order is asked for by its number.
    ComplaintIntakeDialog(services::Workspace &workspace, qint64 orderId, QWidget *parent = nullptr);

    QLineEdit *orderEdit() const { return m_order; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *askCombo() const { return m_ask; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QListWidget *photoList() const { return m_photoList; }
    // Reads the file and checks it (PNG, JPEG or PDF, at most 10 MiB): false,
    // with the file named on the form's error line, when it is refused.
    bool addPhotoFile(const QString &path);
    // The complaint recorded by accept() (0 before).
    qint64 complaintId() const { return m_complaintId; }
    // Deadlines of the recorded complaint (what the dialog's caller tells the agent).
    const services::ComplaintDeadlines &deadlines() const { return m_deadlines; }

    void accept() override; // records the complaint; stays open with the problem on a refusal

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void removeSelectedPhoto();

    services::Workspace &m_workspace;
    qint64 m_orderId;
    QLineEdit *m_order = nullptr;
    QComboBox *m_category;
    QComboBox *m_severity;
    QComboBox *m_ask;
    QPlainTextEdit *m_description;
    QListWidget *m_photoList;
    QList<services::ComplaintPhoto> m_photos; // in the list's order
    QLabel *m_error;
    qint64 m_complaintId = 0;
    services::ComplaintDeadlines m_deadlines;
};

// Words for a step, required; with "upheld" for a resolution, and the
// customer's satisfaction with the resolution when closing.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintStepDialog(const QString &title, const QString &prompt, bool askUpheld, QWidget *parent = nullptr);

    // Closing: adds the satisfaction choice (1–5, or "not asked").
    void askSatisfaction();

    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *upheldCheck() const { return m_upheld; }
    QComboBox *satisfactionCombo() const { return m_satisfaction; }
    QString text() const;
    bool upheld() const;
    std::optional<int> satisfaction() const;
    void accept() override;

private:
    QPlainTextEdit *m_text;
    QCheckBox *m_upheld = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLabel *m_error;
};

// "Satisfied (4/5)": the customer's satisfaction with a resolution, 1–5.
QString satisfactionText(int score);

} // namespace doorstep::ui
