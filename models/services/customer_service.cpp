#include "services/customer_service.h"

#include "domain/masking.h"
#include "domain/mobile.h"
#include "services/field_changes.h"
#include "services/validation.h"

namespace doorstep::services {

void CustomerService::check(const CustomerInput &input)
{
    validate::required(input.name, tr("Name"));
    validate::mobile(input.phone);
    if (!input.gender.isEmpty() && input.gender != u"m" && input.gender != u"f")
        throw ServiceError::invalid(tr("Gender is m, f or empty."));
}

namespace {
// A customer given a district but no position (a phone call rarely gives
// coordinates) is placed at the district's centre, so dispatch can measure travel.
CustomerInput located(store::Database &db, CustomerInput in)
{
    if (in.districtId && in.lat == 0 && in.lng == 0) {
        auto st = db.prepare("SELECT lat, lng FROM districts WHERE id = ?");
        st.bind(1, in.districtId);
        if (!st.next())
            throw ServiceError::invalid(CustomerService::tr("No such district."));
        in.lat = st.real(0);
        in.lng = st.real(1);
    }
    return in;
}
} // namespace

qint64 CustomerService::add(const CustomerInput &input, const QString &consentChannel)
{
    return m_services.perform(Permission::CustomerEdit, QStringLiteral("customer.add"), [&](ActionContext &ctx) {
        check(input);
        const CustomerInput in = located(ctx.db(), input);
        const QString phone = domain::normalizeMobile(in.phone);
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO customers(id, office_id, name, phone, gender, district_id, address, lat, lng, note,"
                     " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     id, ctx.actor().officeId, in.name.trimmed(), phone, in.gender.isEmpty() ? QString() : in.gender,
                     in.districtId ? QVariant(in.districtId) : QVariant(), in.address, in.lat, in.lng,
                     in.note.isEmpty() ? QString() : in.note, ctx.now(), ctx.now());
        const qint64 consentId = ctx.newId();
        ctx.db().run("INSERT INTO customer_consents(id, customer_id, purpose, version, channel, granted_at)"
                     " VALUES (?, ?, 'service', '2026-01', ?, ?)", consentId, id, consentChannel, ctx.now());
        ctx.changed(QStringLiteral("customers"), id);
        ctx.changed(QStringLiteral("customer_consents"), consentId);
        ctx.describe(QStringLiteral("customers"), id,
                     {{QStringLiteral("name"), domain::maskName(in.name)}, {QStringLiteral("phone"), domain::maskPhone(phone)}});
        return id;
    });
}

QStringList CustomerService::update(qint64 customerId, const CustomerCorrection &correction)
{
    return m_services.perform(Permission::CustomerEdit, QStringLiteral("customer.update"), [&](ActionContext &ctx) {
        auto st = ctx.db().prepare("SELECT name, phone, coalesce(gender, ''), coalesce(district_id, 0), coalesce(address, ''),"
                                   " coalesce(note, ''), lat, lng FROM customers WHERE id = ? AND erased_at IS NULL");
        st.bind(1, customerId);
        if (!st.next())
            throw ServiceError::notFound(tr("No such customer."));
        CustomerInput in{st.text(0), st.text(1), st.text(2), st.int64(3), st.text(4), st.real(6), st.real(7), st.text(5)};
        const CustomerInput before = in;
        in.name = correction.name.trimmed();
        if (correction.phone)
            in.phone = domain::normalizeMobile(*correction.phone);
        in.gender = correction.gender;
        in.districtId = correction.districtId;
        in.address = correction.address.trimmed();
        if (correction.note)
            in.note = *correction.note;
        check(in);

        FieldChanges changes;
        changes.compareMasked(QStringLiteral("name"), before.name, in.name, domain::maskName);
        changes.compareMasked(QStringLiteral("phone"), before.phone, in.phone, domain::maskPhone); // never the whole number
        changes.compare(QStringLiteral("gender"), before.gender, in.gender);
        changes.compare(QStringLiteral("district"), before.districtId, in.districtId);
        changes.compare(QStringLiteral("address"), before.address, in.address);
        changes.compare(QStringLiteral("note"), before.note, in.note);
        if (changes.isEmpty())
            throw ServiceError::invalid(tr("Nothing was changed."));
        // A new district or address: the old position was the old place's.
        // Placed first, so an unknown district is refused before any write.
        const bool moved = changes.has(QStringLiteral("district")) || changes.has(QStringLiteral("address"));
        if (moved) {
            in.lat = 0;
            in.lng = 0;
            in = located(ctx.db(), in);
        }
        ctx.db().run("UPDATE customers SET name = ?, phone = ?, gender = ?, district_id = ?, address = ?, note = ?,"
                     " updated_at = ? WHERE id = ?",
                     in.name, in.phone, in.gender.isEmpty() ? QString() : in.gender,
                     in.districtId ? QVariant(in.districtId) : QVariant(), in.address.isEmpty() ? QString() : in.address,
                     in.note.isEmpty() ? QString() : in.note, ctx.now(), customerId);
        if (moved)
            ctx.db().run("UPDATE customers SET lat = ?, lng = ? WHERE id = ?", in.districtId ? QVariant(in.lat) : QVariant(),
                         in.districtId ? QVariant(in.lng) : QVariant(), customerId);
        ctx.changed(QStringLiteral("customers"), customerId);
        ctx.describe(QStringLiteral("customers"), customerId, changes.auditDetail());
        return changes.fields();
    });
}

QString CustomerService::revealPhone(qint64 customerId)
{
    return m_services.perform(Permission::CustomerRevealPersonal, QStringLiteral("customer.reveal_phone"),
                              [&](ActionContext &ctx) {
        const QVariant phone = ctx.db().scalar("SELECT phone FROM customers WHERE id = ?", customerId);
        if (!phone.isValid())
            throw ServiceError::notFound(tr("No such customer."));
        ctx.describe(QStringLiteral("customers"), customerId);
        return phone.toString();
    });
}

} // namespace doorstep::services
