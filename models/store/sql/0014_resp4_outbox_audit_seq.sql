-- Doorstep schema v14: the sync outbox found by audit entry (issue #10).
--
-- Recording a push marks each answered mutation's rows sent by audit_seq
-- (sync.push, up to 500 mutations in one transaction). Without this index
-- each of those UPDATEs walked every unsent row, so with thousands pending
-- the transaction held the store's write lock for seconds, and a console
-- action waited behind the sync worker that long.
CREATE INDEX sync_outbox_audit ON sync_outbox(audit_seq);
