#pragma once
// The reports one can export (the CLI's `report --list`, the export dialog),
// in the order they are offered. The sources are stateless singletons.
#include "reports/report_source.h"

#include <QList>

namespace doorstep::reports {

QList<const ReportSource *> catalogue();
const ReportSource *findSource(QStringView kind); // nullptr: no such report

} // namespace doorstep::reports
