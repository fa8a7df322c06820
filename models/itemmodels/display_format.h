#pragma once
// How stored values are shown: UTC seconds in Asia/Shanghai time, fen as
// yuan. The store never holds local times.
#include <QString>

namespace doorstep::itemmodels {

QString formatDateTime(qint64 utcSecs); // "2026-11-25 14:30"
QString formatDate(qint64 utcSecs);     // "2026-11-25"
QString formatFen(qint64 fen);          // "¥1,234.50": domain::Money::toDisplayString of stored fen

} // namespace doorstep::itemmodels
