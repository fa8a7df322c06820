-- Doorstep schema v14: the sync outbox found by audit entry (issues #10 and #11).
--
-- Recording a push marks each answered mutation's rows sent by audit_seq
-- (sync.push, up to 500 mutations in one transaction). Without this index
-- each of those UPDATEs walked every unsent row, so with thousands pending
-- the transaction held the store's write lock for seconds, and a console
-- action waited behind the sync worker that long; and a console that kept N
-- changes while offline needed time quadratic in N to catch up (100,000
-- changes: hours; tests/bench/server/bench_syncload).
CREATE INDEX sync_outbox_audit ON sync_outbox(audit_seq);
