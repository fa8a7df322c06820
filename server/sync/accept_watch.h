#pragma once
// Server-owned accept timeouts (issue #12; PROTOCOL.md, "Accept timeouts"):
// the server sees a provider's silence, so once an office's console has told
// it the office's accept timeout (hello's accept_timeout_minutes), the server
// sends jobs left unanswered back to the office's queue
// (ApiService::sweepAcceptTimeouts) and that console stops its own sweep.
//
// What the sweep needs, kept in the storage's api_keys table (no state
// outside the storage: two server processes share it):
//  - "accept_timeout": office code -> the office's minutes (one live row);
//  - "accept_wait": "office/day" -> the ids of the office's orders waiting
//    for their provider's answer (assigned) since that day (UTC days since
//    the epoch); an order that stops waiting is expired there. By day, so a
//    sweep reads the last few days' entries, never the office's history;
//  - "accept_since": order id -> when the server saw the current
//    assignment (its server time), so a re-assignment starts a new wait.

#include "storage/sync_storage.h"

#include <optional>

namespace doorstep::server::sync {

inline const QString kAcceptTimeout = QStringLiteral("accept_timeout");
inline const QString kAcceptWait = QStringLiteral("accept_wait");
inline const QString kAcceptSince = QStringLiteral("accept_since");

// Keeps the waits in step with an orders row about to be stored as `next`
// (read against the row as stored). Called by every writer of orders rows
// before putRow: a push or snapshot (SyncService) and the platform's own
// transitions (ApiService::recordTransition). Nothing for other entities.
void trackAcceptance(StorageTransaction &tx, const StoredRow &next, qint64 now);

// The office's accept timeout as its console last said (0: no limit), or
// nullopt when no console of the office has said it (an older console, which
// still sweeps itself: the server then leaves the office's jobs alone).
std::optional<int> acceptTimeoutOf(StorageTransaction &tx, const QString &office);
// Records it; false when it was that already (nothing written).
bool setAcceptTimeout(StorageTransaction &tx, const QString &office, int minutes, qint64 now);

// When the server saw the order's current assignment, if it still waits.
std::optional<qint64> waitingSince(StorageTransaction &tx, qint64 orderId);
// The office's orders whose wait began at or before `cutoff` (at most
// limit, read from the last week of waits: a job unanswered for longer was
// due long before, unless no server ran for a week).
QList<qint64> waitsBegunBy(StorageTransaction &tx, const QString &office, qint64 cutoff, int limit);

} // namespace doorstep::server::sync
