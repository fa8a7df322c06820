#pragma once
// Records what a background-check agency answered (or that a check was
// requested): result, the agency and its reference, the day it checked, a
// note. It only collects input; the caller hands it to
// ProviderReviewService::recordBackgroundCheck, which validates it.
#include "domain/provider_states.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace doorstep::ui {

class BackgroundCheckDialog : public QDialog
{
    Q_OBJECT
public:
    BackgroundCheckDialog(const QString &providerName, QDate today, QWidget *parent = nullptr);

    domain::BackgroundCheckResult result() const;
    QString agency() const;
    QDate checkedOn() const;     // invalid while pending
    QString note() const;
    void accept() override;      // stays open (saying why) without an agency

    QComboBox *resultBox() const { return m_result; }
    QLineEdit *agencyEdit() const { return m_agency; }
    QDateEdit *checkedOnEdit() const { return m_date; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_result;
    QLineEdit *m_agency;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace doorstep::ui
