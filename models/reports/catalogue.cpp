#include "reports/catalogue.h"

#include "reports/complaints_source.h"
#include "reports/orders_source.h"
#include "stats/summary_reports.h"

namespace doorstep::reports {

QList<const ReportSource *> catalogue()
{
    static const OrdersSource orders;
    static const ComplaintsSource complaints;
    // The summary reports (daily, providers, dispatch, revenue) read the dashboard's rollups.
    static const auto summaries = stats::summaryReportSources();
    QList<const ReportSource *> all{&orders};
    for (const auto &s : summaries)
        all.append(s.get());
    all.append(&complaints);
    return all;
}

const ReportSource *findSource(QStringView kind)
{
    for (const ReportSource *s : catalogue())
        if (s->kind() == kind)
            return s;
    return nullptr;
}

} // namespace doorstep::reports
