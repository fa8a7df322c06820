#pragma once
// When customers order over a day (doorstep-sim): a home-services day has a
// morning peak (people book before work, ~9:00) and a larger evening one
// (after work, ~20:00), little at night; at weekends there is more cleaning.
// Pure functions, so the simulator's script and its test read one curve.

#include <QtGlobal>

namespace doorstep::server::sim {

// Relative order rate at `minuteOfDay` (0–1439, local time); weekend is
// Saturday or Sunday; cleaning: the service's category is cleaning.
double orderRate(int minuteOfDay, bool weekend, bool cleaning);

// Share of a day's orders that are cleaning (weekends: more).
double cleaningShare(bool weekend);

// The minute of the day where `u` (0 ≤ u < 1) falls in the day's cumulative
// rate: inverse-CDF sampling, so uniform draws give the curve's shape.
int sampleMinute(double u, bool weekend, bool cleaning);

} // namespace doorstep::server::sim
