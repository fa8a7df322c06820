#pragma once
// One figure of the dashboard: what it is, its value, and how it compares
// with the previous period (环比) and the same period last year (同比), the
// change tinted good or bad by which way is better for this figure.
#include <QFrame>

#include <optional>

class QLabel;

namespace doorstep::ui {

class StatTile : public QFrame
{
    Q_OBJECT
public:
    StatTile(const QString &title, bool higherIsBetter, QWidget *parent = nullptr);

    // value: shown as given; now/previous/lastYear: the comparable numbers
    // (nullopt: no figure, e.g. no order dispatched), for the two changes.
    void show(const QString &value, std::optional<double> now, std::optional<double> previous, std::optional<double> lastYear);
    // A figure without comparisons (e.g. not per period).
    void showPlain(const QString &value, const QString &note);

    QString valueText() const;
    QString previousText() const;
    QString lastYearText() const;
    // A tile whose figure has rows behind it (complaints): a pointing hand,
    // the tooltip, and clicked() on a left click.
    void setClickable(const QString &toolTip);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString change(std::optional<double> now, std::optional<double> then, QLabel *label, const QString &prefix) const;

    bool m_higherIsBetter;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_previous;
    QLabel *m_lastYear;
    bool m_clickable = false;
};

} // namespace doorstep::ui
