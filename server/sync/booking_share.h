#pragma once
// Bookings of shared providers (PROTOCOL.md, "Bookings of shared
// providers"): a provider serving several offices' districts is booked by
// each, and the server's provider_day check refuses a double booking; but a
// console offline must see the other offices' jobs to warn its dispatcher
// before booking. Every change of an order's booking (provider and time) goes,
// as a `provider_bookings` row of the slot only (order number, provider, time,
// district: no customer, address or price), to every other office that may
// book that provider: its owner and the offices whose districts it serves.

#include "storage/sync_storage.h"
#include "sync/ownership.h"

#include <utility>

namespace doorstep::server::sync {

using Notice = std::pair<ChangeEntry, QStringList>; // entry, audiences

// The provider_bookings entries that `office` storing `next` (as it will be
// stored) makes, read against the row as stored before:
//  - an orders row: an upsert for its booking now, a delete for a booking it
//    no longer holds (unassigned, cancelled, moved to another provider);
//  - a providers row whose districts now reach an office they did not: that
//    office gets the provider's bookings that end after `since` (the ones a
//    dispatcher may still clash with), as if each had just been made.
// Nothing otherwise.
QList<Notice> bookingNotices(StorageTransaction &tx, OwnershipResolver &resolver, const StoredRow &next,
                             const QString &office, qint64 since);

// The same for a write the platform makes itself to an order of next.owner
// (the apps' API: a provider's decline, a customer's cancellation; the
// server's accept timeouts): as if its owning office had sent it.
QList<Notice> platformBookingNotices(StorageTransaction &tx, SyncStorage &storage, const StoredRow &next);

} // namespace doorstep::server::sync
