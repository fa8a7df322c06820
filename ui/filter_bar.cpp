#include "ui/filter_bar.h"

#include "itemmodels/paged_table_model.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout)
    , m_hint(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_layout->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_layout);
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    column->addWidget(m_hint);
}

void FilterBar::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

QLineEdit *FilterBar::addText(const QString &placeholder, const QString &objectName,
                              std::function<void(const QString &)> apply, int stretch)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setObjectName(objectName);
    // Typing filters after a short pause rather than on every keystroke.
    auto *pause = new QTimer(edit);
    pause->setSingleShot(true);
    pause->setInterval(250);
    auto run = [this, edit, pause, apply = std::move(apply)] {
        pause->stop();
        apply(edit->text());
        filterApplied();
    };
    connect(edit, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, run);
    connect(edit, &QLineEdit::returnPressed, this, [this, run] {
        run();
        Q_EMIT submitted();
    });
    m_pending.append([pause, run] {
        if (pause->isActive())
            run();
    });
    m_layout->addWidget(edit, stretch);
    return edit;
}

QComboBox *FilterBar::addCombo(const Items &items, std::function<void(const QVariant &)> apply)
{
    auto *combo = new QComboBox(this);
    for (const auto &[label, data] : items)
        combo->addItem(label, data);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, apply = std::move(apply)] {
        apply(combo->currentData());
        filterApplied();
    });
    m_layout->addWidget(combo);
    return combo;
}

QComboBox *FilterBar::addChoices(const QString &allLabel, const std::function<QList<itemmodels::Choice>()> &load,
                                 std::function<void(qint64)> apply)
{
    Items items{{allLabel, qint64(0)}};
    try {
        for (const itemmodels::Choice &c : load())
            items.append({c.name, c.id});
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    return addCombo(items, [apply = std::move(apply)](const QVariant &id) { apply(id.toLongLong()); });
}

void FilterBar::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

void FilterBar::addStretch()
{
    m_layout->addStretch(1);
}

void FilterBar::showCountIn(QLabel *label, std::function<QString()> text)
{
    m_count = label;
    m_countText = std::move(text);
    filterApplied();
}

void FilterBar::showCountIn(QLabel *label, itemmodels::PagedTableModel *model, std::function<QString(qint64)> text)
{
    if (!model->loadsOnWorker()) {
        showCountIn(label, [model, text = std::move(text)] { return text(model->matchingCount()); });
        return;
    }
    m_count = label;
    m_countModel = model;
    connect(model, &itemmodels::PagedTableModel::countReady, label, [label, text = std::move(text)](qint64 count) {
        try {
            label->setText(text(count));
        } catch (const std::exception &e) {
            label->setText(QString::fromUtf8(e.what()));
        }
    });
    connect(model, &itemmodels::PagedTableModel::countFailed, label, &QLabel::setText);
    filterApplied();
}

void FilterBar::flush()
{
    for (const auto &flushOne : std::as_const(m_pending))
        flushOne();
}

void FilterBar::filterApplied()
{
    if (m_countModel) {
        // The reload that applied the filter counts on the worker; the number comes by countReady.
        if (m_countModel->isCounting())
            m_count->setText(tr("Counting…"));
    } else if (m_count && m_countText) {
        try {
            m_count->setText(m_countText());
        } catch (const std::exception &e) {
            m_count->setText(QString::fromUtf8(e.what()));
        }
    }
    Q_EMIT filterChanged();
}

} // namespace doorstep::ui
