#include "sync/sync_service.h"

#include "storage/row_facts.h"
#include "sync/accept_watch.h"
#include "sync/booking_share.h"
#include "sync/customer_merge.h"
#include "sync/enrollment_code.h"
#include "sync/messages.h"
#include "sync/ownership.h"
#include "sync/refund_watch.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace doorstep::server::sync {
namespace {
QJsonObject officeJson(const OfficeInfo &o)
{
    return {{QStringLiteral("code"), o.code},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("districts"), QJsonArray::fromStringList(o.districts)},
            {QStringLiteral("node"), o.node}};
}

const QString kCreatedBy = QStringLiteral("created_by");
const QString kFields = QStringLiteral("fields");

// Who wrote a shared row's field last: the office named for the field, else
// the one that sent the row first (empty for rows stored before protocol 2).
QString writerOf(const QJsonObject &provenance, const QString &field)
{
    const QString writer = provenance.value(kFields).toObject().value(field).toString();
    return writer.isEmpty() ? provenance.value(kCreatedBy).toString() : writer;
}

// The provenance after `office` stored `row` over `stored`.
QJsonObject provenanceAfter(const std::optional<StoredRow> &stored, const QJsonObject &row, const QString &office)
{
    if (!stored || stored->deleted)
        return {{kCreatedBy, office}};
    QJsonObject provenance = stored->provenance;
    QJsonObject fields = provenance.value(kFields).toObject();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key() != u"updated_at" && stored->row.value(it.key()) != it.value())
            fields.insert(it.key(), office);
    }
    if (!fields.isEmpty())
        provenance.insert(kFields, fields);
    return provenance;
}

// A row id another office made first, sent as a different row: two consoles
// minted one id (before enrollment gave each office a node of its own).
bool idTaken(const std::optional<StoredRow> &stored, const QString &office)
{
    if (!stored || stored->deleted)
        return false;
    const QString creator = stored->provenance.value(kCreatedBy).toString();
    return !creator.isEmpty() && creator != office;
}

Reply badRequest(const QString &message)
{
    return errorReply(400, QStringLiteral("bad_request"), message);
}

struct Decision
{
    bool applied = true;
    QString reason;
    QString message;
    QJsonObject conflict;
    // customer_fields: what the server did not take, and what it replaced
    QStringList notTaken;
    QJsonObject serverValues;
    QJsonObject overwritten;
    // The offices whose values this mutation's later edit replaced, told
    // through their pull (office, notice).
    QList<QPair<QString, ChangeEntry>> notices;
};

QJsonObject bookingJson(const StoredRow &order)
{
    const auto booking = bookingOf(order.entity, order.row, order.deleted);
    return {{QStringLiteral("office"), order.owner},
            {QStringLiteral("order_id"), order.id},
            {QStringLiteral("order_no"), order.row.value(QLatin1StringView("order_no"))},
            {QStringLiteral("start_at"), booking ? booking->startAt : 0},
            {QStringLiteral("end_at"), booking ? booking->endAt : 0}};
}

// provider_day: no other live order of the provider overlaps, across offices.
std::optional<Decision> providerBusy(StorageTransaction &tx, qint64 providerId, qint64 start, qint64 end,
                                     qint64 orderId)
{
    tx.lockProvider(providerId);
    const QList<StoredRow> others = tx.providerBookings(providerId, start, end, orderId);
    if (others.isEmpty())
        return std::nullopt;
    return Decision{false, QStringLiteral("provider_busy"),
                    QStringLiteral("the provider is booked by office %1 at that time").arg(others.first().owner),
                    bookingJson(others.first())};
}

// Takes, up front and in ascending order, every provider lock the batch's
// undecided mutations will ask for. Taken as each mutation came to them, two
// pushes booking providers P and Q in opposite orders could each hold one and
// wait for the other: PostgreSQL ends that with a deadlock error and one
// push fails (500) and is sent again. In one order, the second simply waits.
// (decide() asks again; the locks are re-entrant.)
void lockProvidersInOrder(StorageTransaction &tx, const QList<Mutation> &mutations, qint64 decidedBefore)
{
    QList<qint64> providers;
    for (const Mutation &m : mutations) {
        if (m.id <= decidedBefore)
            continue;
        if (m.condition && m.condition->kind == u"provider_day")
            providers.append(m.condition->providerId);
        for (const RowChange &c : m.changes) {
            if (const auto booking = bookingOf(c.entity, c.row, c.deleted))
                providers.append(booking->providerId);
        }
    }
    std::sort(providers.begin(), providers.end());
    providers.erase(std::unique(providers.begin(), providers.end()), providers.end());
    for (const qint64 provider : providers)
        tx.lockProvider(provider);
}

struct Planned
{
    StoredRow row;
    QStringList audiences;
    QStringList neighbours; // get neighbourCopy(row) instead
    QStringList withdrawn;  // no longer served: get withdrawnRow
    QJsonObject withdrawnRow;
    QList<Notice> bookings; // booking_share.h, read before the row is stored
};

void put(StorageTransaction &tx, const Planned &p, const QString &office, qint64 now)
{
    trackAcceptance(tx, p.row, now); // server-owned accept timeouts (accept_watch.h)
    watchRefund(tx, p.row, now);     // approved refunds the platform pays back (refund_watch.h)
    tx.putRow(p.row, office, p.audiences);
    if (!p.neighbours.isEmpty())
        tx.appendChange({p.row.entity, p.row.id, false, neighbourCopy(p.row.row), office}, p.neighbours);
    if (!p.withdrawn.isEmpty())
        tx.appendChange({p.row.entity, p.row.id, false, p.withdrawnRow, office}, p.withdrawn);
    for (const auto &[entry, audiences] : p.bookings)
        tx.appendChange(entry, audiences);
}

// The notice an office gets when a later edit from `winner` replaced its
// value of a customer's fields: what it had, and what was kept instead.
ChangeEntry overwrittenNotice(const StoredRow &stored, const QJsonObject &lost, const QJsonObject &kept,
                              const QString &winner, qint64 at)
{
    QJsonObject fields;
    for (auto it = lost.constBegin(); it != lost.constEnd(); ++it)
        fields.insert(it.key(), QJsonObject{{QStringLiteral("lost"), it.value()},
                                            {QStringLiteral("kept"), kept.value(it.key())}});
    return {QStringLiteral("conflicts"), stored.id, false,
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("field_overwritten")},
                        {QStringLiteral("entity"), stored.entity},
                        {QStringLiteral("id"), stored.id},
                        {QStringLiteral("fields"), fields},
                        {QStringLiteral("by"), winner},
                        {QStringLiteral("at"), at}},
            winner};
}

Decision decide(StorageTransaction &tx, OwnershipResolver &resolver, const QString &office, const Mutation &m,
                QList<Planned> &plan)
{
    Decision merged;
    const std::optional<QJsonObject> base =
        m.condition && m.condition->kind == u"customer_fields" ? m.condition->base : std::nullopt;
    const bool newCustomer = m.condition && m.condition->kind == u"customer_new";
    for (const RowChange &c : m.changes) {
        const Ownership o = resolver.decide(c.entity, c.id, c.row, c.deleted);
        if (!o.refusal.isEmpty())
            return {false, o.refusal, o.message, {}};
        resolver.remember(c.entity, c.id, o.owner);
        QJsonObject row = c.row;
        QJsonObject provenance;
        if (scopeOf(c.entity) == Scope::Shared && !c.deleted) {
            const std::optional<StoredRow> stored = tx.row(c.entity, c.id);
            // customer_new: the console has never had the server's version
            // of this customer, it made it. Another office's customer under
            // that id is a different person.
            if (c.entity == u"customers" && newCustomer && idTaken(stored, office))
                return {false, QStringLiteral("id_taken"),
                        QStringLiteral("customer %1 is a different customer of office %2: both consoles made the "
                                       "same id before this office was enrolled")
                            .arg(c.id)
                            .arg(stored->provenance.value(kCreatedBy).toString()),
                        {}};
            // Shared rows are merged per field, never overwritten whole.
            MergeOutcome outcome = mergeSharedRow(c.entity, c.row, stored, base, m.at);
            row = outcome.row;
            merged.notTaken += outcome.notTaken;
            for (auto it = outcome.serverValues.constBegin(); it != outcome.serverValues.constEnd(); ++it)
                merged.serverValues.insert(it.key(), it.value());
            QHash<QString, QJsonObject> lostBy; // office -> fields it lost
            for (auto it = outcome.overwritten.constBegin(); it != outcome.overwritten.constEnd(); ++it) {
                merged.overwritten.insert(it.key(), it.value());
                const QString writer = writerOf(stored->provenance, it.key());
                if (!writer.isEmpty() && writer != office)
                    lostBy[writer].insert(it.key(), it.value());
            }
            for (auto it = lostBy.constBegin(); it != lostBy.constEnd(); ++it)
                merged.notices.append({it.key(), overwrittenNotice(*stored, it.value(), row, office, m.at)});
            provenance = provenanceAfter(stored, row, office);
        }
        const StoredRow next{c.entity, c.id, o.owner, row, c.deleted, provenance};
        plan.append({next, o.audiences, o.neighbours, o.withdrawn, o.withdrawnRow, bookingNotices(tx, resolver, next, office, m.at - 86400)});
    }
    if (m.condition) {
        const Condition &c = *m.condition;
        if (c.kind == u"provider_day") {
            if (auto busy = providerBusy(tx, c.providerId, c.startAt, c.endAt, c.orderId))
                return *busy;
        } else if (c.kind != u"customer_fields" && c.kind != u"customer_new") { // decided per row above
            return {false, QStringLiteral("unsupported_condition"),
                    QStringLiteral("the server does not know the condition \"%1\"").arg(c.kind), {}};
        }
    }
    // Every booking an order change makes is checked too, with or without a
    // condition: a provider is never double-booked, whatever a console sent.
    for (const Planned &p : plan) {
        if (const auto booking = bookingOf(p.row.entity, p.row.row, p.row.deleted)) {
            if (auto busy = providerBusy(tx, booking->providerId, booking->startAt, booking->endAt, p.row.id))
                return *busy;
        }
    }
    return merged;
}

QString encodeCursor(const QByteArray &cursor)
{
    return QString::fromLatin1(cursor.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

Reply errorReply(int status, const QString &code, const QString &message)
{
    return {status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

SyncService::SyncService(SyncStorage &storage, pki::KeyAndCert ca, QString syncUrl)
    : m_storage(storage),
      m_ca(std::move(ca)),
      m_syncUrl(std::move(syncUrl)),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

std::optional<OfficeInfo> SyncService::knownOffice(const QString &code, Reply &error)
{
    auto office = m_storage.office(code);
    if (!office)
        error = errorReply(403, QStringLiteral("forbidden"), QStringLiteral("unknown office %1").arg(code));
    return office;
}

QString SyncService::officeForCertificate(const QByteArray &certPem)
{
    try {
        if (!pki::verifies(certPem, m_ca.certPem))
            return {};
        const QString office = pki::commonName(certPem);
        if (!m_storage.certificateValid(office, pki::serialHex(certPem), m_now()))
            return {};
        return office;
    } catch (const pki::PkiError &) {
        return {};
    }
}

Reply SyncService::enroll(QByteArrayView body)
{
    const auto parsed = parseEnroll(body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const EnrollRequest &request = *parsed.value;
    if (normaliseEnrollmentCode(request.code).isEmpty())
        return errorReply(401, QStringLiteral("unknown_code"), QStringLiteral("the enrollment code is not valid"));
    try {
        pki::checkCsr(request.csrPem); // before the code is spent on a request that cannot be signed
    } catch (const pki::PkiError &e) {
        return badRequest(QStringLiteral("the certificate request is not valid: %1").arg(QString::fromUtf8(e.what())));
    }
    const qint64 now = m_now();
    const auto office = m_storage.redeemCode(enrollmentCodeHash(request.code), now);
    if (!office)
        return errorReply(401, QStringLiteral("unknown_code"),
                          QStringLiteral("the enrollment code is unknown, already used or expired"));
    const pki::Issued issued = pki::signOfficeCsr(m_ca, request.csrPem, office->code);
    m_storage.recordCertificate(office->code, issued.serial, issued.notAfter, now);
    return {200,
            {{QStringLiteral("office"), officeJson(*office)},
             {QStringLiteral("certificate"), QString::fromLatin1(issued.certPem)},
             {QStringLiteral("ca"), QString::fromLatin1(m_ca.certPem)},
             {QStringLiteral("sync_url"), m_syncUrl}}};
}

Reply SyncService::hello(const QString &officeCode, const QUrlQuery &query, int protocol)
{
    Reply error;
    const auto office = knownOffice(officeCode, error);
    if (!office)
        return error;
    const auto uid = parseStoreUid(query.queryItemValue(QStringLiteral("store_uid")));
    bool epochOk = false;
    const qint64 epoch = query.queryItemValue(QStringLiteral("epoch")).toLongLong(&epochOk);
    if (!uid || !epochOk)
        return badRequest(QStringLiteral("hello needs store_uid (32 hex digits) and epoch"));
    // The office's accept timeout, from a console that leaves the timeouts
    // to the server once it says it owns them (accept_watch.h).
    const QString timeoutText = query.queryItemValue(QStringLiteral("accept_timeout_minutes"));
    bool ownsTimeouts = false;
    {
        auto tx = m_storage.begin();
        if (!timeoutText.isEmpty()) {
            bool ok = false;
            const int minutes = timeoutText.toInt(&ok);
            if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
                return badRequest(QStringLiteral("accept_timeout_minutes is a whole number of minutes, 0 to 10080"));
            setAcceptTimeout(*tx, officeCode, minutes, m_now());
        }
        ownsTimeouts = acceptTimeoutOf(*tx, officeCode).has_value();
        tx->commit();
    }
    // The newest audit-chain head this office pushed, for `doorstep-cli verify`.
    QJsonObject auditHead{{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), QString()}};
    for (const OfficeStatus &s : m_storage.status()) {
        if (s.office.code == officeCode)
            auditHead = {{QStringLiteral("seq"), s.auditSeq}, {QStringLiteral("hash"), s.auditHash}};
    }
    return {200,
            {{QStringLiteral("protocol"), protocol},
             {QStringLiteral("office"), officeJson(*office)},
             {QStringLiteral("last_id"), m_storage.lastMutationId({officeCode, *uid, epoch})},
             {QStringLiteral("audit_head"), auditHead},
             {QStringLiteral("server_time"), m_now()},
             {QStringLiteral("accept_timeouts"), ownsTimeouts}}};
}

Reply SyncService::push(const QString &officeCode, QByteArrayView body)
{
    Reply error;
    const auto office = knownOffice(officeCode, error);
    if (!office)
        return error;
    const auto parsed = parsePush(body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const PushRequest &request = *parsed.value;
    const MutationKey key{officeCode, request.storeUid, request.epoch};
    const QList<OfficeInfo> offices = m_storage.offices();
    const qint64 now = m_now();

    // One transaction for the batch: every mutation's rows, its outcome and
    // last_id commit together (one disk sync per batch, not per mutation), so
    // a reply lost after COMMIT makes the retry all duplicates, and a failure
    // before it leaves nothing applied. Checks only read, so a rejected
    // mutation writes no row: nothing to roll back but itself.
    QJsonArray results;
    auto tx = m_storage.begin();
    qint64 lastId = tx->lockMutations(key);
    const qint64 decidedBefore = lastId;
    lockProvidersInOrder(*tx, request.mutations, decidedBefore);
    QList<std::pair<QString, qint64>> touched;
    for (const Mutation &m : request.mutations) {
        for (const RowChange &c : m.changes) {
            if (m.id > decidedBefore)
                touched.append({c.entity, c.id});
        }
    }
    tx->prefetchRows(touched); // one round trip instead of one per row on PostgreSQL
    for (const Mutation &m : request.mutations) {
        QJsonObject result{{QStringLiteral("id"), m.id}};
        if (m.id <= decidedBefore) {
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            results.append(result);
            continue;
        }
        OwnershipResolver resolver(*tx, *office, offices);
        QList<Planned> plan;
        const Decision d = decide(*tx, resolver, officeCode, m, plan);
        if (d.applied) {
            for (const Planned &p : plan)
                put(*tx, p, officeCode, now);
            for (const auto &[loser, notice] : d.notices)
                tx->appendChange(notice, {loser});
        }
        tx->recordMutation(key, m.id, d.applied, d.reason, now);
        lastId = m.id;
        result.insert(QStringLiteral("status"), !d.applied           ? QStringLiteral("rejected")
                                                : d.notTaken.isEmpty() ? QStringLiteral("applied")
                                                                       : QStringLiteral("merged"));
        if (!d.notTaken.isEmpty()) {
            result.insert(QStringLiteral("not_taken"), QJsonArray::fromStringList(d.notTaken));
            result.insert(QStringLiteral("server_values"), d.serverValues);
        }
        if (!d.overwritten.isEmpty())
            result.insert(QStringLiteral("overwritten"), d.overwritten);
        if (!d.applied) {
            result.insert(QStringLiteral("reason"), d.reason);
            result.insert(QStringLiteral("message"), d.message);
            if (!d.conflict.isEmpty())
                result.insert(QStringLiteral("conflict"), d.conflict);
        }
        results.append(result);
    }
    tx->commit(); // rings the offices told (storage/announcing_storage.h)
    if (request.auditSeq)
        m_storage.recordAuditHead(officeCode, *request.auditSeq, request.auditHash, now);
    else
        m_storage.touch(officeCode, now);
    return {200, {{QStringLiteral("results"), results}, {QStringLiteral("last_id"), lastId}}};
}

Reply SyncService::snapshot(const QString &officeCode, QByteArrayView body)
{
    Reply error;
    const auto office = knownOffice(officeCode, error);
    if (!office)
        return error;
    const auto parsed = parseSnapshot(body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const QList<OfficeInfo> offices = m_storage.offices();
    QJsonArray idMap;
    QJsonArray refused;
    auto tx = m_storage.begin();
    OwnershipResolver resolver(*tx, *office, offices);
    for (const RowChange &c : parsed.value->rows) {
        const Scope scope = scopeOf(c.entity);
        if (scope == Scope::Platform || scope == Scope::Catalogue) {
            // Matched by natural key: the platform's row wins where there is one.
            const auto natural = naturalKey(c.entity, c.row);
            if (!natural) {
                refused.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                           {QStringLiteral("id"), c.id},
                                           {QStringLiteral("reason"), QStringLiteral("bad_row")}});
                continue;
            }
            if (const auto platformId = tx->platformIdByKey(c.entity, *natural)) {
                if (*platformId != c.id)
                    idMap.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                             {QStringLiteral("local"), c.id},
                                             {QStringLiteral("platform"), *platformId}});
                continue;
            }
            // The first office to know a code gives the platform its row, even
            // for a district or office it does not serve: then every console
            // gets one id per code from its id_map. Which office serves a
            // district is the server's configuration (offices add
            // --districts), not this row; pushes still edit only their own.
            tx->putRow({c.entity, c.id, QStringLiteral("platform"), c.row, false}, officeCode,
                       {QStringLiteral("*")});
            continue;
        }
        const Ownership o = resolver.decide(c.entity, c.id, c.row, false);
        if (!o.refusal.isEmpty()) {
            refused.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                       {QStringLiteral("id"), c.id},
                                       {QStringLiteral("reason"), o.refusal}});
            continue;
        }
        // A page sent twice changes nothing the second time.
        const auto stored = tx->row(c.entity, c.id);
        if (stored && !stored->deleted && stored->row == c.row && stored->owner == o.owner) {
            resolver.remember(c.entity, c.id, o.owner);
            continue;
        }
        // Another office's shared row under this id (an order's or a
        // provider's is refused as not_owner above): two consoles minted one
        // id before enrollment gave each a node. Refused, never merged into
        // a different person.
        if (scope == Scope::Shared && idTaken(stored, officeCode)) {
            refused.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                       {QStringLiteral("id"), c.id},
                                       {QStringLiteral("reason"), QStringLiteral("id_taken")}});
            continue;
        }
        resolver.remember(c.entity, c.id, o.owner);
        const QJsonObject provenance = scope == Scope::Shared ? provenanceAfter(stored, c.row, officeCode) : QJsonObject();
        const StoredRow next{c.entity, c.id, o.owner, c.row, false, provenance};
        const Planned planned{next, o.audiences, o.neighbours, o.withdrawn, o.withdrawnRow,
                              bookingNotices(*tx, resolver, next, officeCode, m_now() - 86400)};
        put(*tx, planned, officeCode, m_now());
    }
    tx->commit(); // rings the offices told (storage/announcing_storage.h)
    m_storage.touch(officeCode, m_now());
    return {200,
            {{QStringLiteral("page"), parsed.value->page},
             {QStringLiteral("id_map"), idMap},
             {QStringLiteral("refused"), refused}}};
}

Reply SyncService::changes(const QString &officeCode, const QUrlQuery &query)
{
    Reply error;
    if (!knownOffice(officeCode, error))
        return error;
    const auto pull =
        parsePull(query.queryItemValue(QStringLiteral("cursor")), query.queryItemValue(QStringLiteral("limit")));
    if (!pull.value)
        return badRequest(pull.error);
    ChangePage page;
    try {
        page = m_storage.changesSince(officeCode, pull.value->cursor, pull.value->limit);
    } catch (const std::invalid_argument &) {
        return badRequest(QStringLiteral("that cursor was not given out by this server"));
    }
    QJsonArray changes;
    for (const ChangeEntry &c : page.changes) {
        QJsonObject entry{{QStringLiteral("entity"), c.entity},
                          {QStringLiteral("id"), c.id},
                          {QStringLiteral("op"), c.deleted ? QStringLiteral("delete") : QStringLiteral("upsert")},
                          {QStringLiteral("office"), c.office}};
        if (!c.deleted)
            entry.insert(QStringLiteral("row"), c.row);
        changes.append(entry);
    }
    m_storage.touch(officeCode, m_now());
    return {200,
            {{QStringLiteral("changes"), changes},
             {QStringLiteral("cursor"), encodeCursor(page.cursor)},
             {QStringLiteral("more"), page.more}}};
}

} // namespace doorstep::server::sync
