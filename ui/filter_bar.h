#pragma once
// The bar above every list page (customers, providers, onboarding queue,
// expiring credentials, orders; complaints and statistics to come): text
// filters that apply after a pause in typing, combos that each set one thing
// on the page's model, and the count of matching rows shown under the list.
// A page declares its filters here and keeps only what is its own.
#include "itemmodels/catalogue_choices.h"

#include <QList>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace doorstep::itemmodels {
class PagedTableModel;
}

namespace doorstep::ui {

class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    using Items = QList<std::pair<QString, QVariant>>; // label, data

    explicit FilterBar(QWidget *parent = nullptr);

    // A text filter: `apply` runs 250 ms after the last keystroke, or at once
    // on Enter (which also emits submitted()).
    QLineEdit *addText(const QString &placeholder, const QString &objectName,
                       std::function<void(const QString &)> apply, int stretch = 1);
    // A combo of fixed items; choosing one applies its data.
    QComboBox *addCombo(const Items &items, std::function<void(const QVariant &)> apply);
    // "All …" (id 0) followed by catalogue choices read by `load`; a failed
    // read is reported and leaves only "All …".
    QComboBox *addChoices(const QString &allLabel, const std::function<QList<itemmodels::Choice>()> &load,
                          std::function<void(qint64)> apply);
    // Anything else (a date range, a spin box, a check box, a button): the
    // page connects it and calls filterApplied() after changing its model.
    void addWidget(QWidget *widget, int stretch = 0);
    void addStretch();

    // The page's line under the list: `text` is asked after every change; an
    // error it throws is shown in its place.
    void showCountIn(QLabel *label, std::function<QString()> text);
    // The same for the rows of `model`: on a model that loads on a worker
    // the count comes with each reload ("Counting…" until then), else it is
    // read after every change. `text` words the number.
    void showCountIn(QLabel *label, itemmodels::PagedTableModel *model, std::function<QString(qint64)> text);
    // A hint under the filters (e.g. which phone digits a search may use);
    // hidden while empty.
    void setHint(const QString &text);
    QLabel *hintLabel() const { return m_hint; }

public Q_SLOTS:
    // Applies a text filter still waiting for its pause (tests, Enter).
    void flush();
    // Refreshes the count and tells the page (filterChanged) after a filter moved.
    void filterApplied();

Q_SIGNALS:
    void submitted();     // Enter in a text filter
    void filterChanged(); // after any filter was applied to the model

private:
    QHBoxLayout *m_layout;
    QLabel *m_hint;
    QLabel *m_count = nullptr;
    std::function<QString()> m_countText;
    itemmodels::PagedTableModel *m_countModel = nullptr; // counts on its worker
    QList<std::function<void()>> m_pending; // flushers of the text filters
};

} // namespace doorstep::ui
