#pragma once
// Small forms for the directory's detail pane: a course completion, an
// assessment result, a manual ledger entry, a renewed credential. They only
// collect input; the pane hands it to the services, which validate it.
#include "ui/providers/provider_types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace doorstep::services {
struct CredentialInput;
}

namespace doorstep::ui {

class CourseCompletionDialog : public QDialog
{
    Q_OBJECT
public:
    CourseCompletionDialog(const QList<Choice> &courses, QDate today, QWidget *parent = nullptr);
    qint64 courseId() const;
    QDate completedOn() const;
    QComboBox *courseBox() const { return m_course; }

private:
    QComboBox *m_course;
    QDateEdit *m_date;
};

class AssessmentResultDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentResultDialog(const QList<Choice> &assessments, QDate today, QWidget *parent = nullptr);
    qint64 assessmentId() const;
    int score() const;
    QDate takenOn() const;
    QComboBox *assessmentBox() const { return m_assessment; }
    QSpinBox *scoreBox() const { return m_score; }

private:
    QComboBox *m_assessment;
    QSpinBox *m_score;
    QDateEdit *m_date;
};

class LedgerEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LedgerEntryDialog(QWidget *parent = nullptr);
    int points() const;
    qint64 amountFen() const;
    QString reason() const;
    QSpinBox *pointsBox() const { return m_points; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QSpinBox *m_points;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_reason;
};

// A new credential record, e.g. the renewal of an expiring one (then the
// type is preset and "seen the original" is ticked: the reviewer approves it),
// or the correction of a pending one (correct(): its kind stays, and an empty
// number keeps the stored one, so a masked ID number is never written back).
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialDialog(const QList<std::pair<QString, QString>> &qualifications, QDate today, QWidget *parent = nullptr);
    void preset(const QString &type, const QString &qualificationCode);
    void setApproveNow(bool approve);
    void correct(const CredentialInfo &credential);
    services::CredentialInput input() const;
    QComboBox *typeBox() const { return m_type; }
    QComboBox *qualificationBox() const { return m_qualification; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QDateEdit *validFromEdit() const { return m_from; }
    QDateEdit *validToEdit() const { return m_to; }
    QCheckBox *approvedBox() const { return m_approved; }

private:
    QComboBox *m_type;
    QComboBox *m_qualification;
    QLineEdit *m_number;
    QLineEdit *m_issuer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_expires;
    QCheckBox *m_approved;
};

// UTC seconds of 12:00 in the office on `day` (dates entered for past events).

} // namespace doorstep::ui
