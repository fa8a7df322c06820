#pragma once
// The console's one chart widget. Every use of Qt Charts stays behind this
// header (and its .cpp): pages hand over categories and series of numbers and
// get clicks back, so a later move to Qt Graphs changes ui/charts only.
// Series colours come from reports/chart_palette.h, shared with the PDF
// reports' charts (lifted a little when the widget's palette is dark); the
// text uses the widget's font, so labels render in the UI language, Chinese included.
#include "models/reports/chart_ticks.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace doorstep::ui::charts {

struct Series
{
    QString name;
    QList<double> values; // one per category
};

class BarChart : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Grouped, Stacked, Horizontal };
    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setData(const QStringList &categories, const QList<Series> &series, Layout layout);
    // What is shown (tests, screen readers).
    QStringList categories() const { return m_categories; }
    // The axis' labels as drawn: every few only when they would not fit
    // (the others blank), so days of a month read instead of "…".
    QStringList shownCategories() const;
    int labelEvery() const; // 1: every label
    QList<Series> series() const { return m_series; }
    // The value axis as drawn: 0 to max in round steps.
    reports::ValueTicks valueAxisTicks() const { return m_ticks; }
    // Where a bar is drawn, in this widget's coordinates (tests click there).
    QPoint barCenter(int series, int category) const;
    // The colour a series is drawn in (from the palette in use).
    QColor seriesColor(int series) const;

Q_SIGNALS:
    void barClicked(int series, int category);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    struct Parts;
    Parts *m_parts;
    QStringList m_categories;
    QList<Series> m_series;
    Layout m_layout = Layout::Grouped;
    reports::ValueTicks m_ticks;
    bool m_upright = false; // labels turned upright (many long ones)
};

} // namespace doorstep::ui::charts
