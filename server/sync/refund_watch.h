#pragma once
// Which refunds the platform pays back (issue #12; PROTOCOL.md is
// unchanged: this is the server's own bookkeeping). A customer who paid in
// the app is paid back through the same payment provider, whoever asked for
// the refund: the customer in the app (ApiService::askRefund watches it
// then) or an agent in the console (RefundService::request, a row that only
// ever arrives by push). The server notices the console's refunds here, as
// their rows are stored, rather than by looking at every refunds row after
// each push:
//  - an approval always travels as a push (or a snapshot) of the refunds row
//    with status "approved" (RefundService::approve), so a row stored with
//    that status is the one moment a refund becomes payable;
//  - only orders with a payment in the app (api_keys "order_payment") are
//    the platform's to pay back; the office pays back the others by hand;
//  - the watch (api_keys "refund_watch", by office) is written in the
//    push's own transaction and read by ApiService::payBackApprovedRefunds
//    once it has committed, so an approval is never lost: a server that dies
//    before paying finds it watched after the next push (or its one-minute
//    retry).
// Storing a refund that was paid back already (a second console's
// approval, a stale copy) watches it again: payBackApprovedRefunds then
// finds it paid in the payment's record and puts the row right, without
// asking the provider again.

#include "storage/sync_storage.h"

namespace doorstep::server::sync {

// Keeps the watch in step with a refunds row about to be stored as `next`.
// Called by the sync service for every row it stores (nothing for other
// entities or other statuses).
void watchRefund(StorageTransaction &tx, const StoredRow &next, qint64 now);

} // namespace doorstep::server::sync
