#pragma once
// Order numbers staff read out on the phone: "DS" + the office day
// (Asia/Shanghai) + this store's node (4 digits) + a sequence of that day on
// this node (5 digits), e.g. DS20261201000300042. The node keeps numbers made
// by different offices' consoles apart once they sync; the sequence is the
// next one after the largest number of the day on this node, found through
// the UNIQUE index on order_no, so it needs no counter table and survives a
// restore from backup.
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

QString nextOrderNumber(store::Database &db, qint64 nowUtc, qint64 node);

} // namespace doorstep::services
