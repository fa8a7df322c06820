#pragma once
// The pull cursor of the PostgreSQL backend, and why it is not just a number.
//
// change_log.seq comes from a sequence, handed out when a row is INSERTed,
// not when its transaction commits. Transaction T1 may take seq 1 and stay
// open while T2 takes seq 2 and commits: a reader that returns "seq > cursor"
// hands out 2, moves its cursor to 2, and never sees 1 when T1 commits.
// (The embedded store serialises its writers, so there seq alone is enough.)
//
// Each change-log row therefore records its transaction's xid8. A reader's
// snapshot has an xmin: every transaction with a lower xid has finished
// (committed or rolled back) and none can ever start again, so the set of
// rows with xid < xmin is final. A page only returns rows below such a
// horizon, in seq order. Seq order matters: two transactions that write one
// row are serialised by its row lock and the second takes its seq after the
// first committed, so seq order is commit order for any one row (xid order is
// not), and a console applying pages in order ends with the newest version.
//
// What has been delivered is described exactly by the cursor c's four
// numbers (xid and seq are a change-log row's):
//     D = { xid < c.lo and seq <= c.seq }  ∪  { c.lo <= xid < c.hi and seq <= c.late }
// (the first band: every final row below lo, up to the high-water mark; the
// second: rows of transactions that were still open at an earlier read but
// had taken numbers below the high-water mark, delivered up to c.late). In
// the steady state c.lo == c.hi and the second band is empty. A read raises
// c.hi to its snapshot's xmin; the candidates are then
//     xid < c.hi and seq > c.seq                       (new rows), and
//     c.lo <= xid < c.hi and c.late < seq <= c.seq     (the late band),
// and the page is the first `limit` of them by seq. If the page stops inside
// the late band the cursor keeps (seq, lo, hi) and records how far it got in
// c.late; otherwise everything final below c.hi is delivered up to the
// page's last seq, and the cursor collapses to the steady state lo = hi.
// Nothing is skipped and nothing is sent twice. Rows of a transaction still
// open (or committed above an older open one) wait: a long transaction on
// the cluster delays pulls, it never loses a change.

#include <QByteArray>

#include <optional>

namespace doorstep::server {

struct PgCursor
{
    qint64 seq = 0;   // high-water mark of delivered seq below lo
    quint64 lo = 0;   // horizon: rows with xid < lo are final and delivered up to seq
    quint64 hi = 0;   // second horizon while catching up (== lo in the steady state)
    qint64 late = 0;  // delivered up to this seq among lo <= xid < hi

    bool catchingUp() const { return lo < hi; }

    // Empty = the start. nullopt = not a cursor this backend wrote.
    static std::optional<PgCursor> decode(const QByteArray &text);
    QByteArray encode() const;

    // The cursor to read with, given the reading snapshot's xmin: a steady
    // cursor moves its horizon up to xmin; one catching up keeps its own
    // until that band is delivered. nullopt if the cursor claims a horizon
    // this database has not reached (forged, or the database was restored).
    std::optional<PgCursor> forRead(quint64 snapshotXmin) const;

    // The cursor after a page whose last row had lastSeq (nullopt = empty
    // page); more = candidates were left over.
    PgCursor after(std::optional<qint64> lastSeq, bool more) const;
};

} // namespace doorstep::server
