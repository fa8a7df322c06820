#pragma once
// Exponential backoff with jitter for failed sync rounds: the n-th failure in
// a row waits base·2^(n-1), capped, times a factor in [0.5, 1) drawn by the
// caller, so many consoles coming back after an outage do not all knock at
// once (the "equal jitter" scheme).
#include <QtGlobal>

#include <algorithm>

namespace doorstep::sync {

struct Backoff
{
    qint64 baseMs = 2000;
    qint64 capMs = 5 * 60 * 1000;

    // failures >= 1; jitter in [0, 1).
    qint64 delayMs(int failures, double jitter) const
    {
        const int shift = std::clamp(failures - 1, 0, 30);
        const qint64 raw = std::min(capMs, baseMs << shift);
        return raw / 2 + qint64(double(raw / 2) * std::clamp(jitter, 0.0, 1.0));
    }
};

} // namespace doorstep::sync
