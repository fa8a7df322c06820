#include "store/store.h"

#include <QDateTime>

namespace doorstep::store {

// Row ids are 64-bit and time-ordered: 41 bits of milliseconds since
// 2024-01-01 UTC, 10 bits of node (this store's copy; assigned at creation,
// reassigned by the sync server when an office registers), 12 bits of
// sequence. Ids made by different offices never collide, so sync can merge
// rows without renumbering, and ids sort roughly by creation time.
namespace {
constexpr qint64 kEpochMs = 1704067200000; // 2024-01-01T00:00:00Z
}

qint64 Store::nodeId()
{
    if (m_nodeId < 0)
        m_nodeId = m_db.scalar("SELECT value FROM meta WHERE key = 'node_id'").toLongLong() & 0x3ff;
    return m_nodeId;
}

void Store::adoptNode(qint64 node)
{
    m_db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('node_id', ?)", QString::number(node & 0x3ff));
    m_nodeId = node & 0x3ff;
}

qint64 Store::newId()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch() - kEpochMs;
    if (ms <= m_lastIdMs) {
        ms = m_lastIdMs;
        if (++m_idSeq > 0xfff) { // 4096 ids in one millisecond: borrow the next one
            ++ms;
            m_idSeq = 0;
        }
    } else {
        m_idSeq = 0;
    }
    m_lastIdMs = ms;
    m_lastIssued = (ms << 22) | (nodeId() << 12) | m_idSeq;
    return m_lastIssued;
}

void Store::claimIds()
{
    m_nodeId = -1; // read again by the next newId(): enrollment may have changed it
    const qint64 high = m_db.scalar("SELECT value FROM meta WHERE key = 'id_high_water'").toLongLong();
    m_claimedHigh = high;
    const qint64 ms = high >> 22;
    const qint64 seq = high & 0xfff;
    if (ms > m_lastIdMs || (ms == m_lastIdMs && seq > m_idSeq)) {
        // The next newId() is (ms, seq + 1) or a later millisecond.
        m_lastIdMs = ms;
        m_idSeq = seq;
    }
}

void Store::recordIds()
{
    if (m_lastIssued > m_claimedHigh) {
        m_db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('id_high_water', ?)", QString::number(m_lastIssued));
        m_claimedHigh = m_lastIssued;
    }
}

} // namespace doorstep::store
