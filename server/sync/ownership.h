#pragma once
// The ownership table of PROTOCOL.md as code: which office owns a row, who
// may write it and who sees it. Rows refer to their parents by id, so the
// owner of an order's event is the owner of the order, and so on.
//
// The rules (documented in PROTOCOL.md, "Ownership"):
//  - an order belongs to the office whose districts (`offices add
//    --districts`) include the adcode of the order's district row; an order
//    whose district the server does not know belongs to the office that
//    first sends it;
//  - a provider belongs to the office whose `offices` row has the
//    provider's office_id (office rows are matched by code at the snapshot,
//    so every office's row has one platform id); unknown → the sender;
//  - a row hanging off an order or a provider has its parent's owner
//    (unknown parent → the sender);
//  - once stored, a row keeps its owner: only that office writes it again.

#include "storage/sync_storage.h"

#include <QHash>

namespace doorstep::server::sync {

enum class Scope {
    Platform,  // offices, districts: matched by code, an office writes its own
    Catalogue, // matched by code, read-only for offices
    Order,
    Provider,
    Shared,    // customers: any office
    Never,     // staff, meta, settings, sync_*, audit_log: never leave the office
    Unknown,
};
Scope scopeOf(const QString &entity);

struct Ownership
{
    QString owner;         // office code, "platform" or "shared"
    QStringList audiences; // "*" or office codes
    QString refusal;       // reason code when the sender may not write it
    QString message;
    // Offices that get neighbourCopy() of the row instead: a provider's row
    // goes to the offices whose districts it serves (its "$districts").
    QStringList neighbours;
    // Offices the provider served before this change and no longer does (its
    // "$districts" dropped theirs, or the owner deleted it): they get
    // withdrawnCopy() of the row as it was, once.
    QStringList withdrawn;
    QJsonObject withdrawnRow;
};

// What a neighbouring office may see of a provider (PROTOCOL.md, "Providers
// serving a neighbour's districts"): the row without the identity number,
// birth date and home address; its served districts, skills and weekly
// hours ride along ("$districts", "$skills", "$hours").
QJsonObject neighbourCopy(const QJsonObject &provider);
// What an office the provider no longer serves gets (PROTOCOL.md, "A provider
// that stops serving a neighbour's districts"): the neighbour copy with no
// districts, skills or hours, so its console never offers the provider again
// but keeps the row its past orders name.
QJsonObject withdrawnCopy(const QJsonObject &provider);

// Decides one change for `office`. `pending` holds owners of rows earlier in
// the same mutation or page (entity/id → owner), so an order and its first
// event can travel together.
class OwnershipResolver
{
public:
    OwnershipResolver(StorageTransaction &tx, const OfficeInfo &office, const QList<OfficeInfo> &offices);
    Ownership decide(const QString &entity, qint64 id, const QJsonObject &row, bool deleted);
    void remember(const QString &entity, qint64 id, const QString &owner);
    // The offices that may book a provider: its owner and the offices whose
    // districts it serves (booking_share.h); empty for an unknown provider.
    QStringList officesBooking(qint64 providerId);
    // The offices other than `owner` whose districts a provider row's "$districts" include.
    QStringList neighboursOf(const QJsonObject &provider, const QString &owner);

private:
    std::optional<QString> ownerOf(const QString &entity, qint64 id);
    QString officeServing(const QString &adcode) const;
    Ownership refuse(const QString &reason, const QString &message) const;

    StorageTransaction &m_tx;
    const OfficeInfo &m_office;
    const QList<OfficeInfo> &m_offices;
    QHash<QString, QString> m_pending;
};

} // namespace doorstep::server::sync
