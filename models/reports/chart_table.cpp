#include "reports/chart_table.h"

namespace doorstep::reports {

double chartValue(const QVariant &v, ColumnType type)
{
    return type == ColumnType::MoneyFen ? double(v.toLongLong()) / 100.0 : v.toDouble();
}

namespace {
QString labelOf(const QVariant &v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
}
} // namespace

ChartTable chartTable(const Summary &s)
{
    ChartTable t;
    if (!s.chart || s.chart->valueColumns.isEmpty())
        return t;
    const Summary::Chart &c = *s.chart;
    if (c.seriesColumn < 0) {
        for (int vc : c.valueColumns) {
            t.series << s.columns.value(vc).title;
            t.values.append(QList<double>());
        }
        for (const QVariantList &row : s.rows) {
            t.labels << labelOf(row.value(c.categoryColumn));
            for (int k = 0; k < c.valueColumns.size(); ++k)
                t.values[k] << chartValue(row.value(c.valueColumns[k]), s.columns.value(c.valueColumns[k]).type);
        }
        return t;
    }
    // Pivot: labels and series in the order they first appear (the source's
    // order: districts and categories as the catalogue sorts them).
    const int vc = c.valueColumns.first();
    const ColumnType type = s.columns.value(vc).type;
    for (const QVariantList &row : s.rows) {
        const QString label = labelOf(row.value(c.categoryColumn)), series = labelOf(row.value(c.seriesColumn));
        qsizetype li = t.labels.indexOf(label);
        if (li < 0) {
            li = t.labels.size();
            t.labels << label;
            for (QList<double> &v : t.values)
                v << 0.0;
        }
        qsizetype si = t.series.indexOf(series);
        if (si < 0) {
            si = t.series.size();
            t.series << series;
            t.values.append(QList<double>(t.labels.size(), 0.0));
        }
        t.values[si][li] += chartValue(row.value(vc), type);
    }
    return t;
}

} // namespace doorstep::reports
