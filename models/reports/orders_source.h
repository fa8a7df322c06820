#pragma once
// The order detail report (kind "orders"): one row per order whose window
// starts in the period, in window order, streamed through orders(window_start, id)
// so 1,000,000 orders are read without loading or sorting the table. Customers'
// and providers' names and customers' phones are masked unless Params::unmasked
// (the one rule of every report: report_source.h, Column::personal).
#include "reports/report_source.h"

#include <QCoreApplication>

namespace doorstep::reports {

class OrdersSource final : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(OrdersSource)
public:
    QString kind() const override { return QStringLiteral("orders"); }
    QString title() const override;
    QList<Column> columns() const override;
    qint64 rowCount(store::Database &db, const Params &p) const override;
    bool readRows(store::Database &db, const Params &p, const RowSink &sink) const override;
    // By service category: orders, cancelled, order value, refunds; the totals
    // equal the sums of the rows.
    Summary summary(store::Database &db, const Params &p) const override;
};

} // namespace doorstep::reports
