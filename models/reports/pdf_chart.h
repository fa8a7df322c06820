#pragma once
// A summary's chart drawn with QPainter as vector graphics (the PDF keeps the
// paths): QtCharts needs widgets and the GUI thread, and the CLI and the
// export worker have neither. Series colours come from chart_palette.h, as on
// the dashboard.
#include "reports/report_source.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace doorstep::reports {

// Draws summary.chart (nothing without one) inside `area`.
void drawChart(QPainter &painter, const QRectF &area, const Summary &summary, const QFont &font);

} // namespace doorstep::reports
