#pragma once
// Complaints and refunds (kind "complaints") of the orders whose window starts
// in the period, as every order-based figure counts: one row per complaint
// (with the refunds requested for it) and one per refund made without a
// complaint, in window order. Customers' and providers' names are masked
// unless Params::unmasked (report_source.h, Column::personal).
#include "reports/report_source.h"

#include <QCoreApplication>

namespace doorstep::reports {

class ComplaintsSource final : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintsSource)
public:
    QString kind() const override { return QStringLiteral("complaints"); }
    QString title() const override;
    QList<Column> columns() const override;
    qint64 rowCount(store::Database &db, const Params &p) const override;
    bool readRows(store::Database &db, const Params &p, const RowSink &sink) const override;
    // By complaint category (refunds without a complaint last): rows, upheld,
    // refunds requested and granted; the totals equal the sums of the rows.
    Summary summary(store::Database &db, const Params &p) const override;
};

} // namespace doorstep::reports
