#pragma once
// What a summary's chart shows, as labels × series of numbers: the one reading
// of Summary::Chart shared by the PDF chart (pdf_chart) and the XLSX writer's
// native chart, so both label and stack the same way. Without a series column
// each row is a label and each value column a series; with one (the revenue
// report: district × category rows) the rows are pivoted, so each district is
// one label, not one per category.
#include "reports/report_source.h"

#include <QStringList>

namespace doorstep::reports {

struct ChartTable
{
    QStringList labels;          // the x axis, in the rows' order
    QStringList series;          // the legend
    QList<QList<double>> values; // [series][label]; money in yuan
};

// Empty when the summary has no chart. Pie and the other kinds alike.
ChartTable chartTable(const Summary &summary);

// A cell as a chart's number: money in yuan, anything else as a double.
double chartValue(const QVariant &v, ColumnType type);

} // namespace doorstep::reports
