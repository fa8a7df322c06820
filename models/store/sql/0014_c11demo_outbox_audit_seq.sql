-- Doorstep schema v14: the sync outbox by audit entry (issue #11).
--
-- A push marks each answered mutation's outbox rows sent by their audit_seq
-- (sync/sync_ledger.cpp). With only sync_outbox_unsent, each of those
-- updates walked every unsent row, so a console that kept N changes while
-- offline needed time quadratic in N to catch up (100,000 changes: hours;
-- tests/bench/server/bench_syncload).
CREATE INDEX sync_outbox_audit ON sync_outbox(audit_seq);
