#include "services/audit_log.h"

#include "store/key_crypto.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace doorstep::services::audit {
namespace {
QString canonical(qint64 seq, qint64 at, qint64 staffId, const QString &username, const QString &action,
                  const QString &entity, qint64 entityId, const QString &detail)
{
    // Unit separators cannot occur in any field we store (detail is compact JSON).
    const QChar us(0x1f);
    return QString::number(seq) + us + QString::number(at) + us + QString::number(staffId) + us + username + us
        + action + us + entity + us + QString::number(entityId) + us + detail;
}

QString chain(const QString &prevHash, const QString &canonicalText)
{
    const QByteArray input = prevHash.toLatin1() + "\n" + canonicalText.toUtf8();
    return QString::fromLatin1(store::crypto::sha256(input).toHex());
}
} // namespace

QString genesisHash()
{
    return QString(64, u'0');
}

qint64 append(store::Database &db, const AuditEntry &e)
{
    QString prevHash = genesisHash();
    qint64 prevSeq = 0;
    {
        auto st = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (st.next()) {
            prevSeq = st.int64(0);
            prevHash = st.text(1);
        }
    }
    const qint64 seq = prevSeq + 1;
    const QString detail = QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    const QString hash = chain(prevHash, canonical(seq, e.at, e.staffId, e.username, e.action, e.entity, e.entityId, detail));
    // (a null entity and an empty one hash alike: canonical() concatenates text)
    db.run("INSERT INTO audit_log(seq, at, staff_id, username, action, entity, entity_id, detail, prev_hash, hash)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           seq, e.at, e.staffId, e.username, e.action, e.entity.isNull() ? QStringLiteral("") : e.entity, e.entityId, detail,
           prevHash, hash);
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)", QString::number(seq) + u':' + hash);
    return seq;
}

AuditVerification verify(store::Database &db)
{
    AuditVerification result;
    QString prevHash = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&](qint64 seq, const QString &why) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.reason = why;
        return result;
    };
    auto st = db.prepare("SELECT seq, at, staff_id, username, action, entity, entity_id, detail, prev_hash, hash"
                         " FROM audit_log ORDER BY seq");
    while (st.next()) {
        const qint64 seq = st.int64(0);
        if (seq != expectedSeq)
            return fail(expectedSeq, QCoreApplication::translate("Audit", "entry %1 is missing").arg(expectedSeq));
        if (st.text(8) != prevHash)
            return fail(seq, QCoreApplication::translate("Audit", "entry %1 does not follow entry %2").arg(seq).arg(seq - 1));
        const QString hash = chain(prevHash, canonical(seq, st.int64(1), st.int64(2), st.text(3), st.text(4), st.text(5),
                                                       st.int64(6), st.text(7)));
        if (hash != st.text(9))
            return fail(seq, QCoreApplication::translate("Audit", "entry %1 was altered after it was written").arg(seq));
        prevHash = hash;
        ++expectedSeq;
        ++result.entries;
    }
    const QString head = db.scalar("SELECT value FROM meta WHERE key = 'audit_head'").toString();
    const QString expectedHead = result.entries == 0 ? QString() : QString::number(result.entries) + u':' + prevHash;
    if (head != expectedHead)
        return fail(result.entries + 1,
                    QCoreApplication::translate("Audit", "the log ends early: entries after %1 were removed").arg(result.entries));
    return result;
}

} // namespace doorstep::services::audit
