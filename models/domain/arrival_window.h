#pragma once
// The arrival window a new order offers first when a customer calls: the
// next half hour at least an hour from now, inside the office's bookable
// hours (08:00–20:00 office time), else 09:00 the next morning.
#include <QtGlobal>

namespace doorstep::domain {

qint64 suggestedArrivalStart(qint64 utcNow); // UTC seconds

} // namespace doorstep::domain
