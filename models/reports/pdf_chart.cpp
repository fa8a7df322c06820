#include "reports/pdf_chart.h"

#include "reports/cell_text.h"
#include "reports/chart_palette.h"
#include "reports/chart_table.h"
#include "reports/chart_ticks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace doorstep::reports {
namespace {
QString axisLabel(double v)
{
    if (std::abs(v) >= 10000)
        return QString::number(v / 10000, 'g', 4) + QStringLiteral("万");
    return QString::number(v, 'g', 6);
}

// Returns the height it took: it wraps when the names outrun the area (ten categories).
double drawLegend(QPainter &p, const QRectF &area, const QStringList &names, const QFont &font)
{
    const QFontMetricsF fm(font, p.device());
    double x = area.left();
    double y = area.top();
    for (int i = 0; i < names.size(); ++i) {
        const double w = fm.height() * 0.8 + fm.horizontalAdvance(names[i]) + fm.height();
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += fm.height() * 1.2;
        }
        p.fillRect(QRectF(x, y + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6), chartSeriesColor(i));
        x += fm.height() * 0.8;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, y + fm.ascent()), names[i]);
        x += fm.horizontalAdvance(names[i]) + fm.height();
    }
    return y - area.top() + fm.height() * 1.5;
}

void drawPie(QPainter &p, const QRectF &area, const Summary &s, const QFont &font)
{
    const Summary::Chart &c = *s.chart;
    if (c.valueColumns.isEmpty())
        return;
    const int vc = c.valueColumns.first();
    const ColumnType type = s.columns.value(vc).type;
    double sum = 0;
    for (const QVariantList &row : s.rows)
        sum += std::max(0.0, chartValue(row.value(vc), type));
    if (sum <= 0)
        return;
    const double d = std::min(area.width() * 0.5, area.height());
    const QRectF pie(area.left(), area.top(), d, d);
    const QFontMetricsF fm(font, p.device());
    double start = 90 * 16;
    double ly = area.top();
    for (int i = 0; i < s.rows.size(); ++i) {
        const double v = std::max(0.0, chartValue(s.rows[i].value(vc), type));
        const double span = -v / sum * 360 * 16;
        p.setBrush(chartSeriesColor(i));
        p.setPen(QPen(Qt::white, 0.5));
        p.drawPie(pie, int(start), int(std::lround(span)));
        start += span;
        p.fillRect(QRectF(pie.right() + 12, ly + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6), chartSeriesColor(i));
        p.setPen(Qt::black);
        p.drawText(QPointF(pie.right() + 12 + fm.height(), ly + fm.ascent()),
                   QStringLiteral("%1  %2%").arg(s.rows[i].value(c.categoryColumn).toString()).arg(v / sum * 100, 0, 'f', 1));
        ly += fm.height() * 1.2;
    }
}
} // namespace

void drawChart(QPainter &p, const QRectF &area, const Summary &s, const QFont &font)
{
    if (!s.chart || s.rows.isEmpty())
        return;
    const Summary::Chart &c = *s.chart;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    const QFontMetricsF tfm(titleFont, p.device());
    p.setPen(Qt::black);
    p.drawText(QPointF(area.left(), area.top() + tfm.ascent()), c.title);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    QRectF plot = area.adjusted(0, tfm.height() * 1.5, 0, 0);
    if (c.kind == Summary::Chart::Pie) {
        drawPie(p, plot, s, font);
        p.restore();
        return;
    }
    const ChartTable t = chartTable(s);
    plot.adjust(0, drawLegend(p, plot, t.series, font), 0, 0);

    // The scale: the largest bar (stacked: the largest sum) or point.
    const int n = int(t.labels.size());
    const int series = int(t.series.size());
    double max = 0;
    for (int i = 0; i < n; ++i) {
        double stack = 0;
        for (int k = 0; k < series; ++k) {
            const double v = t.values[k][i];
            stack += std::max(0.0, v);
            max = std::max(max, v);
        }
        if (c.kind == Summary::Chart::StackedBar)
            max = std::max(max, stack);
    }
    // Round ticks as on screen (chart_ticks.h): four or five 1-2-5 steps.
    bool whole = true;
    for (int k = 0; k < series; ++k)
        for (int i = 0; i < n; ++i)
            whole = whole && t.values[k][i] == std::floor(t.values[k][i]);
    const ValueTicks ticks = valueTicks(max, whole);
    max = ticks.max;
    const double labelW = fm.horizontalAdvance(axisLabel(max)) + 6;
    const double bottomLabels = fm.height() * 1.6;
    const QRectF inner(plot.left() + labelW, plot.top(), plot.width() - labelW, plot.height() - bottomLabels);
    // Grid lines and the value axis.
    for (int i = 0; i <= ticks.intervals; ++i) {
        const double y = inner.bottom() - inner.height() * i / ticks.intervals;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        p.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
        p.setPen(Qt::black);
        const QString label = axisLabel(ticks.at(i));
        p.drawText(QPointF(inner.left() - 4 - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1), label);
    }
    p.setPen(QPen(Qt::black, 0.7));
    p.drawLine(inner.bottomLeft(), inner.bottomRight());

    const double slot = inner.width() / std::max(1, n);
    const int labelEvery = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("0000-00-00")) / slot)));
    QList<QPolygonF> lines(series);
    for (int i = 0; i < n; ++i) {
        const double x0 = inner.left() + slot * i;
        double stackTop = inner.bottom();
        for (int k = 0; k < series; ++k) {
            const double v = std::max(0.0, t.values[k][i]);
            const double h = inner.height() * v / max;
            if (c.kind == Summary::Chart::Line) {
                lines[k] << QPointF(x0 + slot / 2, inner.bottom() - h);
            } else if (c.kind == Summary::Chart::StackedBar) {
                p.fillRect(QRectF(x0 + slot * 0.15, stackTop - h, slot * 0.7, h), chartSeriesColor(k));
                stackTop -= h;
            } else {
                const double w = slot * 0.8 / series;
                p.fillRect(QRectF(x0 + slot * 0.1 + w * k, inner.bottom() - h, w, h), chartSeriesColor(k));
            }
        }
        if (i % labelEvery == 0) {
            p.setPen(Qt::black);
            const QString shown = fm.elidedText(t.labels[i], Qt::ElideRight, slot * labelEvery - 2);
            p.drawText(QPointF(x0 + (slot - fm.horizontalAdvance(shown)) / 2, inner.bottom() + fm.ascent() + 2), shown);
        }
    }
    for (int k = 0; k < series && c.kind == Summary::Chart::Line; ++k) {
        p.setPen(QPen(chartSeriesColor(k), 1.5));
        p.drawPolyline(lines[k]);
    }
    p.restore();
}

} // namespace doorstep::reports
