#include "sync/ownership.h"

#include <QJsonArray>
#include <QJsonValue>

namespace doorstep::server::sync {
namespace {
const QString kPlatform = QStringLiteral("platform");
const QString kShared = QStringLiteral("shared");
const QString kEveryone = QStringLiteral("*");

struct Parent
{
    QString entity;
    QLatin1StringView column;
};

// Rows that hang off an order or a provider, and the column naming the parent.
std::optional<Parent> parentOf(const QString &entity)
{
    static const QStringList orderChildren{QStringLiteral("order_events"), QStringLiteral("dispatch_records"),
                                           QStringLiteral("ratings"),      QStringLiteral("complaints"),
                                           QStringLiteral("refunds")};
    static const QStringList providerChildren{
        QStringLiteral("provider_skills"),      QStringLiteral("provider_districts"),
        QStringLiteral("provider_hours"),       QStringLiteral("provider_ledger"),
        QStringLiteral("provider_suspensions"), QStringLiteral("provider_flags"),
        QStringLiteral("credentials"),          QStringLiteral("background_checks"),
        QStringLiteral("course_completions"),   QStringLiteral("assessment_results"),
        QStringLiteral("provider_applications")};
    if (orderChildren.contains(entity))
        return Parent{QStringLiteral("orders"), QLatin1StringView("order_id")};
    if (entity == u"complaint_events" || entity == u"complaint_attachments")
        return Parent{QStringLiteral("complaints"), QLatin1StringView("complaint_id")};
    if (entity == u"credential_scans")
        return Parent{QStringLiteral("credentials"), QLatin1StringView("credential_id")};
    if (entity == u"application_events")
        return Parent{QStringLiteral("provider_applications"), QLatin1StringView("application_id")};
    if (providerChildren.contains(entity))
        return Parent{QStringLiteral("providers"), QLatin1StringView("provider_id")};
    return std::nullopt;
}

QString key(const QString &entity, qint64 id)
{
    return entity + u'/' + QString::number(id);
}
} // namespace

Scope scopeOf(const QString &entity)
{
    if (entity == u"offices" || entity == u"districts")
        return Scope::Platform;
    static const QStringList catalogue{
        QStringLiteral("qualification_types"), QStringLiteral("service_categories"), QStringLiteral("service_items"),
        QStringLiteral("ledger_rules"),        QStringLiteral("courses"),            QStringLiteral("assessments"),
        QStringLiteral("sla_policies"),        QStringLiteral("holiday_calendars")};
    if (catalogue.contains(entity))
        return Scope::Catalogue;
    if (entity == u"orders")
        return Scope::Order;
    if (entity == u"providers")
        return Scope::Provider;
    if (const auto parent = parentOf(entity))
        return parent->entity == u"providers" || parent->entity == u"credentials" || parent->entity == u"provider_applications"
                   ? Scope::Provider
                   : Scope::Order;
    static const QStringList shared{QStringLiteral("customers"), QStringLiteral("customer_consents"),
                                    QStringLiteral("customer_blocked_providers"),
                                    QStringLiteral("data_subject_requests")};
    if (shared.contains(entity))
        return Scope::Shared;
    if (entity == u"staff" || entity == u"meta" || entity == u"settings" || entity == u"audit_log"
        || entity.startsWith(u"sync_"))
        return Scope::Never;
    return Scope::Unknown;
}

OwnershipResolver::OwnershipResolver(StorageTransaction &tx, const OfficeInfo &office,
                                     const QList<OfficeInfo> &offices)
    : m_tx(tx), m_office(office), m_offices(offices)
{
}

void OwnershipResolver::remember(const QString &entity, qint64 id, const QString &owner)
{
    m_pending.insert(key(entity, id), owner);
}

std::optional<QString> OwnershipResolver::ownerOf(const QString &entity, qint64 id)
{
    const auto it = m_pending.constFind(key(entity, id));
    if (it != m_pending.cend())
        return *it;
    if (const auto stored = m_tx.row(entity, id))
        return stored->owner;
    return std::nullopt;
}

QString OwnershipResolver::officeServing(const QString &adcode) const
{
    for (const OfficeInfo &o : m_offices) {
        if (o.districts.contains(adcode))
            return o.code;
    }
    return {};
}

Ownership OwnershipResolver::refuse(const QString &reason, const QString &message) const
{
    return {QString(), {}, reason, message, {}, {}, {}};
}

QStringList OwnershipResolver::neighboursOf(const QJsonObject &provider, const QString &owner)
{
    QStringList out;
    for (const QJsonValue &d : provider.value(QLatin1StringView("$districts")).toArray()) {
        const auto district = m_tx.row(QStringLiteral("districts"), d.toInteger());
        if (!district || district->deleted)
            continue;
        const QString office = officeServing(district->row.value(QLatin1StringView("adcode")).toString());
        if (!office.isEmpty() && office != owner && !out.contains(office))
            out.append(office);
    }
    return out;
}

QStringList OwnershipResolver::officesBooking(qint64 providerId)
{
    const auto provider = m_tx.row(QStringLiteral("providers"), providerId);
    if (!provider || provider->deleted)
        return {};
    return QStringList{provider->owner} + neighboursOf(provider->row, provider->owner);
}

QJsonObject neighbourCopy(const QJsonObject &provider)
{
    QJsonObject copy = provider;
    copy.insert(QStringLiteral("id_number"), QString()); // NOT NULL in the console: empty, never the number
    for (const char *personal : {"birth_date", "home_address", "home_lat", "home_lng"})
        copy.insert(QLatin1StringView(personal), QJsonValue::Null);
    return copy;
}

QJsonObject withdrawnCopy(const QJsonObject &provider)
{
    QJsonObject copy = neighbourCopy(provider);
    for (const char *extra : {"$districts", "$skills", "$hours"})
        copy.insert(QLatin1StringView(extra), QJsonArray());
    return copy;
}

Ownership OwnershipResolver::decide(const QString &entity, qint64 id, const QJsonObject &row, bool deleted)
{
    const Scope scope = scopeOf(entity);
    const auto stored = m_tx.row(entity, id);
    switch (scope) {
    case Scope::Never:
        return refuse(QStringLiteral("not_owner"), QStringLiteral("%1 rows never leave their office").arg(entity));
    case Scope::Unknown:
        return refuse(QStringLiteral("unknown_entity"), QStringLiteral("the server does not keep %1").arg(entity));
    case Scope::Catalogue:
        return refuse(QStringLiteral("not_owner"),
                      QStringLiteral("%1 belongs to the platform and is read-only in offices").arg(entity));
    case Scope::Shared:
        return {kShared, {kEveryone}, {}, {}, {}, {}, {}};
    case Scope::Platform: {
        // An office writes its own office row and the districts it serves.
        const bool offices = entity == u"offices";
        const QLatin1StringView column = offices ? QLatin1StringView("code") : QLatin1StringView("adcode");
        auto mine = [&](const QJsonObject &r) {
            const QString value = r.value(column).toString();
            return offices ? value == m_office.code : m_office.districts.contains(value);
        };
        if ((stored && !mine(stored->row)) || (!deleted && !mine(row)))
            return refuse(QStringLiteral("not_owner"),
                          offices ? QStringLiteral("an office writes only its own office row")
                                  : QStringLiteral("an office writes only the districts it serves"));
        return {kPlatform, {kEveryone}, {}, {}, {}, {}, {}};
    }
    case Scope::Order:
    case Scope::Provider:
        break;
    }

    QString owner;
    const auto pending = m_pending.constFind(key(entity, id));
    if (pending != m_pending.cend()) {
        owner = *pending;
    } else if (stored) { // read once above: no second lookup of the same row
        owner = stored->owner;
    } else if (entity == u"orders") {
        const qint64 districtId = row.value(QLatin1StringView("district_id")).toInteger();
        if (const auto district = m_tx.row(QStringLiteral("districts"), districtId))
            owner = officeServing(district->row.value(QLatin1StringView("adcode")).toString());
    } else if (entity == u"providers") {
        const qint64 officeId = row.value(QLatin1StringView("office_id")).toInteger();
        if (const auto officeRow = m_tx.row(QStringLiteral("offices"), officeId))
            owner = officeRow->row.value(QLatin1StringView("code")).toString();
    } else if (const auto parent = parentOf(entity)) {
        if (const auto parentOwner = ownerOf(parent->entity, row.value(parent->column).toInteger()))
            owner = *parentOwner;
    }
    if (owner.isEmpty())
        owner = m_office.code; // nobody has it yet: the first office to send it
    if (owner != m_office.code)
        return refuse(QStringLiteral("not_owner"),
                      QStringLiteral("%1 %2 belongs to office %3").arg(entity).arg(id).arg(owner));
    // A provider's row also goes, without personal data, to the offices
    // whose districts it serves, so their dispatchers can book it; an office
    // it no longer serves is told so.
    Ownership out{owner, {owner}, {}, {}, entity == u"providers" && !deleted ? neighboursOf(row, owner) : QStringList(), {}, {}};
    if (entity == u"providers" && stored && !stored->deleted) {
        for (const QString &office : neighboursOf(stored->row, owner))
            if (!out.neighbours.contains(office))
                out.withdrawn.append(office);
        if (!out.withdrawn.isEmpty())
            out.withdrawnRow = withdrawnCopy(deleted ? stored->row : row);
    }
    return out;
}

} // namespace doorstep::server::sync
