#pragma once
// Round ticks for a chart's value axis, for every chart: the dashboard
// (ui/charts) and the reports' PDF charts (pdf_chart.cpp). 0 up to the first
// multiple of a 1-2-5 step (…, 0.5, 1, 2, 5, 10, 20, 50, …) at or above the
// tallest value, in at most `maxIntervals` steps, so a revenue axis reads 0,
// 10000, 20000, 30000, 40000 yuan rather than 0, 9900.25, 19800.5 … (what an
// axis stretched to 1.1 × the top shows). Header-only, like chart_palette.h:
// the dashboard uses it without linking the writers.
#include <QString>

#include <algorithm>
#include <cmath>

namespace doorstep::reports {

struct ValueTicks
{
    double step = 1;  // between two ticks
    double max = 1;   // the axis' top: intervals × step
    int intervals = 1;
    int decimals = 0; // what a label needs to tell the ticks apart
    int tickCount() const { return intervals + 1; }
    double at(int i) const { return step * i; }
    // printf-style, as QValueAxis::setLabelFormat takes it.
    QString labelFormat() const { return QStringLiteral("%.%1f").arg(decimals); }
};

// `top`: the tallest bar (or stack); `whole`: every value is a whole number
// (counts), so no step is below 1.
inline ValueTicks valueTicks(double top, bool whole, int maxIntervals = 5)
{
    maxIntervals = std::max(1, maxIntervals);
    ValueTicks t;
    if (!(top > 0) || !std::isfinite(top)) // nothing to show (or nonsense): 0 to 1
        return t;
    // The smallest 1-2-5 step covering `top` in maxIntervals steps. The
    // tolerances keep a top of exactly k × step from asking for one more
    // step after a rounding error.
    const double raw = top / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    if (whole)
        step = std::max(step, 1.0);
    t.step = step;
    t.intervals = std::max(1, int(std::ceil(top / step * (1 - 1e-9))));
    t.max = t.intervals * step;
    t.decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return t;
}

} // namespace doorstep::reports
