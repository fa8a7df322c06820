#include "sim/day_curve.h"

#include <array>
#include <cmath>

namespace doorstep::server::sim {
namespace {
double bump(double minute, double centre, double width)
{
    const double d = (minute - centre) / width;
    return std::exp(-0.5 * d * d);
}

constexpr int kMinutes = 24 * 60;

// Cumulative rate per minute, for each of the four (weekend, cleaning) days.
const std::array<double, kMinutes + 1> &cumulative(bool weekend, bool cleaning)
{
    static const auto make = [](bool w, bool c) {
        std::array<double, kMinutes + 1> cdf{};
        for (int m = 0; m < kMinutes; ++m)
            cdf[m + 1] = cdf[m] + orderRate(m, w, c);
        return cdf;
    };
    static const std::array<std::array<double, kMinutes + 1>, 4> tables{make(false, false), make(false, true),
                                                                         make(true, false), make(true, true)};
    return tables[(weekend ? 2 : 0) + (cleaning ? 1 : 0)];
}
} // namespace

double orderRate(int minuteOfDay, bool weekend, bool cleaning)
{
    const double m = minuteOfDay;
    // Night floor, a daytime plateau, the two peaks. At weekends people book
    // later in the morning and cleaning fills the late morning too.
    const double morningCentre = weekend ? 10 * 60 : 9 * 60;
    double rate = 0.03 + 0.25 * (m >= 7 * 60 && m < 23 * 60 ? 1.0 : 0.0);
    rate += 1.0 * bump(m, morningCentre, 50);
    rate += 1.4 * bump(m, 20 * 60, 70);
    if (weekend && cleaning)
        rate += 0.6 * bump(m, 11 * 60 + 30, 90);
    return rate;
}

double cleaningShare(bool weekend)
{
    return weekend ? 0.6 : 0.4;
}

int sampleMinute(double u, bool weekend, bool cleaning)
{
    const auto &cdf = cumulative(weekend, cleaning);
    const double target = u * cdf[kMinutes];
    // The first minute whose cumulative rate passes the target.
    int lo = 0, hi = kMinutes - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (cdf[mid + 1] > target)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

} // namespace doorstep::server::sim
