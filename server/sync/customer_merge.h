#pragma once
// Concurrent edits of shared customer rows (PROTOCOL.md, "customer_fields"):
// decided per field, never by the whole row.
//  - With a customer_fields condition the console names the fields it
//    changed and their values as it last pulled them (`base`); every other
//    field keeps the server's value (the console's copy of it may be stale).
//    A named field that changed on the server since the base goes to the
//    later edit (the mutation's `at` against the row's `updated_at`); the
//    value that loses is reported either way, so both versions are kept.
//  - Whatever was sent: an erased (anonymised) customer stays erased, and a
//    withdrawn consent stays withdrawn (the withdrawal wins). An erasure sent
//    with a base wins over a concurrent edit in either order: its whole
//    anonymised row is stored, and the values it replaced are not reported.

#include "storage/sync_storage.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace doorstep::server::sync {

struct MergeOutcome
{
    QJsonObject row;          // what is stored
    QStringList notTaken;     // the console's values the server did not take
    QJsonObject serverValues; // …and what it kept instead
    QJsonObject overwritten;  // the server's values the console's edit replaced
};

// base: nullopt without a customer_fields condition.
MergeOutcome mergeSharedRow(const QString &entity, const QJsonObject &incoming, const std::optional<StoredRow> &stored,
                            const std::optional<QJsonObject> &base, qint64 at);

} // namespace doorstep::server::sync
