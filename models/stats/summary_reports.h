#pragma once
// The summary reports of issue #14 read from the same rollups as the
// dashboard: daily operations, provider performance, dispatch performance,
// revenue by district and category. The export side (models/reports) lists
// them in its catalogue beside the order-detail and complaints sources.
#include "reports/report_source.h"

#include <memory>
#include <vector>

namespace doorstep::stats {

// kinds: daily, providers, dispatch, revenue (in that order).
std::vector<std::unique_ptr<reports::ReportSource>> summaryReportSources();

} // namespace doorstep::stats
