#include "pg_cursor.h"

#include <QList>

#include <algorithm>

namespace doorstep::server {

static constexpr char Tag[] = "pg1";

std::optional<PgCursor> PgCursor::decode(const QByteArray &text)
{
    if (text.isEmpty())
        return PgCursor{};
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 5 || parts[0] != Tag)
        return std::nullopt;
    bool ok[4] = {};
    PgCursor c;
    c.seq = parts[1].toLongLong(&ok[0]);
    c.lo = parts[2].toULongLong(&ok[1]);
    c.hi = parts[3].toULongLong(&ok[2]);
    c.late = parts[4].toLongLong(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || c.seq < 0 || c.late < 0 || c.hi < c.lo || c.late > c.seq)
        return std::nullopt;
    return c;
}

QByteArray PgCursor::encode() const
{
    return QByteArray(Tag) + ':' + QByteArray::number(seq) + ':' + QByteArray::number(lo) + ':'
           + QByteArray::number(hi) + ':' + QByteArray::number(late);
}

std::optional<PgCursor> PgCursor::forRead(quint64 snapshotXmin) const
{
    if (hi > snapshotXmin)
        return std::nullopt;
    if (catchingUp())
        return *this;
    PgCursor c = *this;
    c.hi = snapshotXmin;
    c.late = 0; // nothing in [lo, new hi) has been delivered yet
    return c;
}

PgCursor PgCursor::after(std::optional<qint64> lastSeq, bool more) const
{
    const qint64 last = lastSeq.value_or(0);
    if (more && last < seq) {
        // Stopped inside the late band: keep both horizons, note the progress.
        PgCursor c = *this;
        c.late = last;
        return c;
    }
    // Either every candidate below hi was delivered, or the page went past
    // the late band into new rows: everything final below hi is delivered up
    // to the new high-water mark.
    const qint64 top = std::max(seq, last);
    return PgCursor{top, hi, hi, top};
}

} // namespace doorstep::server
