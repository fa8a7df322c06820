#include "reports/catalogue.h"

#include "reports/complaints_source.h"
#include "reports/orders_source.h"

namespace doorstep::reports {

QList<const ReportSource *> catalogue()
{
    static const OrdersSource orders;
    static const ComplaintsSource complaints;
    // The summary reports (daily, providers, dispatch, revenue) join here from models/stats.
    return {&orders, &complaints};
}

const ReportSource *findSource(QStringView kind)
{
    for (const ReportSource *s : catalogue())
        if (s->kind() == kind)
            return s;
    return nullptr;
}

} // namespace doorstep::reports
