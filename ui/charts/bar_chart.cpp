#include "ui/charts/bar_chart.h"

#include "models/reports/chart_palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace doorstep::ui::charts {
namespace {
constexpr int kLegendRowMax = 4; // more series: the legend is a column on the right
} // namespace

struct BarChart::Parts
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QAbstractBarSeries *bars = nullptr;
    QAbstractAxis *categoryAxis = nullptr; // QBarCategoryAxis, or QCategoryAxis when labels are thinned
    int labelEvery = 1;
    QValueAxis *valueAxis = nullptr;
};

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_parts(new Parts)
{
    m_parts->chart = new QChart;
    m_parts->chart->legend()->setAlignment(Qt::AlignBottom);
    m_parts->chart->setAnimationOptions(QChart::NoAnimation); // figures appear at once, and grabs are stable
    m_parts->view = new QChartView(m_parts->chart, this);
    m_parts->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parts->view);
    setMinimumHeight(220);
    applyPalette();
}

BarChart::~BarChart()
{
    delete m_parts;
}

void BarChart::setTitle(const QString &title)
{
    m_parts->chart->setTitle(title);
}

QString BarChart::title() const
{
    return m_parts->chart->title();
}

void BarChart::setData(const QStringList &categories, const QList<Series> &series, Layout layout)
{
    m_categories = categories;
    m_series = series;
    m_layout = layout;
    rebuild();
}

int BarChart::labelEvery() const
{
    if (m_upright || m_layout == Layout::Horizontal || m_categories.size() < 2)
        return 1;
    // The plot is about the widget's width less the value axis; each label
    // needs its text and a little air.
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString &c : m_categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    // The legend in a column on the right (many series) takes its widest name and a marker.
    int legend = 0;
    if (m_series.size() > kLegendRowMax)
        for (const Series &series : m_series)
            legend = std::max(legend, fm.horizontalAdvance(series.name) + 3 * fm.height());
    const double slot = std::max(1.0, (width() - legend - 3.0 * fm.horizontalAdvance(QStringLiteral("0000"))) / double(m_categories.size()));
    // Qt Charts gives a label less than the whole run of slots (and the plot is
    // narrower than this estimate): half as much again keeps "11/10" whole.
    return std::max(1, int(std::ceil(1.5 * (widest + fm.horizontalAdvance(QStringLiteral("  "))) / slot)));
}

QStringList BarChart::shownCategories() const
{
    const int every = labelEvery();
    QStringList shown;
    for (int i = 0; i < m_categories.size(); ++i)
        shown << (i % every == 0 ? m_categories.at(i) : QString());
    return shown;
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_parts->bars && labelEvery() != m_parts->labelEvery)
        rebuild();
}

QColor BarChart::seriesColor(int series) const
{
    // The reports' palette, so a PDF's chart matches the screen; brighter on a dark base.
    return reports::chartSeriesColor(series, palette().color(QPalette::Base).lightness() < 128);
}

void BarChart::rebuild()
{
    QChart *chart = m_parts->chart;
    chart->removeAllSeries(); // deletes the old series and their sets
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QAbstractBarSeries *bars = nullptr;
    switch (m_layout) {
    case Layout::Grouped: bars = new QBarSeries; break;
    case Layout::Stacked: bars = new QStackedBarSeries; break;
    case Layout::Horizontal: bars = new QHorizontalBarSeries; break;
    }
    double top = 0;
    QList<double> stacks(m_categories.size(), 0.0);
    for (int s = 0; s < m_series.size(); ++s) {
        auto *set = new QBarSet(m_series.at(s).name);
        for (int c = 0; c < m_categories.size(); ++c) {
            const double v = m_series.at(s).values.value(c);
            *set << v;
            stacks[c] += v;
            top = std::max(top, v);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) { Q_EMIT barClicked(s, index); });
        bars->append(set);
    }
    if (m_layout == Layout::Stacked)
        for (double v : stacks)
            top = std::max(top, v);
    chart->addSeries(bars);
    m_parts->bars = bars;
    // Many long labels (16 districts): upright, else Qt elides them to "…".
    // Short ones (days of a month) stay level (upright they are elided too);
    // when they do not all fit, a QBarCategoryAxis elides each to its bar's
    // width, so every few are written under their bar on a QCategoryAxis
    // instead (bars stand at 0 … n-1 on it). Longer than a day's "MM-dd"
    // (district names, months) counts as long.
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString &c : std::as_const(m_categories))
        widest = std::max(widest, fm.horizontalAdvance(c));
    m_upright = m_layout != Layout::Horizontal && m_categories.size() > 8 && widest > fm.horizontalAdvance(QStringLiteral("00-00"));
    m_parts->labelEvery = labelEvery();
    if (m_parts->labelEvery == 1) {
        auto *axis = new QBarCategoryAxis;
        if (m_upright)
            axis->setLabelsAngle(-90);
        axis->append(m_categories);
        m_parts->categoryAxis = axis;
    } else {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(-0.5, double(m_categories.size()) - 0.5);
        axis->setStartValue(-0.5);
        for (int i = 0; i < m_categories.size(); i += m_parts->labelEvery)
            axis->append(m_categories.at(i), i);
        m_parts->categoryAxis = axis;
    }
    // Round ticks (1-2-5 steps) from 0 to just above the tallest bar; counts
    // never get a step below 1.
    bool whole = true;
    for (const Series &s : std::as_const(m_series))
        for (double v : s.values)
            whole = whole && v == std::floor(v);
    m_ticks = reports::valueTicks(top, whole);
    m_parts->valueAxis = new QValueAxis;
    m_parts->valueAxis->setRange(0, m_ticks.max);
    m_parts->valueAxis->setTickCount(m_ticks.tickCount());
    m_parts->valueAxis->setLabelFormat(m_ticks.labelFormat());
    const bool horizontal = m_layout == Layout::Horizontal;
    chart->addAxis(m_parts->categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(m_parts->valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(m_parts->categoryAxis);
    bars->attachAxis(m_parts->valueAxis);
    chart->legend()->setVisible(m_series.size() > 1);
    // Eight service categories in one row below are elided ("Home cl…"); a
    // column on the right has room for whole names.
    chart->legend()->setAlignment(m_series.size() > kLegendRowMax ? Qt::AlignRight : Qt::AlignBottom);
    applyPalette();
}

void BarChart::applyPalette()
{
    const QPalette p = palette();
    QChart *chart = m_parts->chart;
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setTitleBrush(p.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(font());
    m_parts->view->setBackgroundBrush(p.color(QPalette::Window));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    if (m_parts->bars) {
        const QList<QBarSet *> sets = m_parts->bars->barSets();
        for (int s = 0; s < sets.size(); ++s) {
            sets.at(s)->setColor(seriesColor(s));
            sets.at(s)->setBorderColor(seriesColor(s).darker(115));
            sets.at(s)->setLabelColor(p.color(QPalette::Text));
        }
    }
}

QPoint BarChart::barCenter(int series, int category) const
{
    if (!m_parts->bars || category < 0 || category >= m_categories.size() || series < 0 || series >= m_series.size())
        return {};
    // The middle of the bar: in a stack, halfway up this series' own block.
    double below = 0;
    if (m_layout == Layout::Stacked)
        for (int s = 0; s < series; ++s)
            below += m_series.at(s).values.value(category);
    const double v = m_series.at(series).values.value(category);
    double offset = 0; // grouped bars sit side by side within the category
    if (m_layout != Layout::Stacked && m_series.size() > 1) {
        const double width = m_parts->bars->barWidth() / m_series.size();
        offset = -m_parts->bars->barWidth() / 2 + width * (series + 0.5);
    }
    const QPointF value = m_layout == Layout::Horizontal ? QPointF(below + v / 2, category + offset)
                                                         : QPointF(category + offset, below + v / 2);
    const QPointF scene = m_parts->chart->mapToPosition(value, m_parts->bars);
    const QPoint inView = m_parts->view->mapFromScene(scene);
    return m_parts->view->viewport()->mapTo(this, inView);
}

void BarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace doorstep::ui::charts
