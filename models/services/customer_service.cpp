#include "services/customer_service.h"

#include "domain/masking.h"
#include "domain/mobile.h"
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

void CustomerService::update(qint64 customerId, const CustomerInput &input)
{
    m_services.perform(Permission::CustomerEdit, QStringLiteral("customer.update"), [&](ActionContext &ctx) {
        check(input);
        const CustomerInput in = located(ctx.db(), input);
        ctx.db().run("UPDATE customers SET name = ?, phone = ?, gender = ?, district_id = ?, address = ?, lat = ?, lng = ?,"
                     " note = ?, updated_at = ? WHERE id = ? AND erased_at IS NULL",
                     in.name.trimmed(), domain::normalizeMobile(in.phone), in.gender.isEmpty() ? QString() : in.gender,
                     in.districtId ? QVariant(in.districtId) : QVariant(), in.address, in.lat, in.lng,
                     in.note.isEmpty() ? QString() : in.note, ctx.now(), customerId);
        if (ctx.db().changes() == 0)
            throw ServiceError::notFound(tr("No such customer."));
        ctx.changed(QStringLiteral("customers"), customerId);
        ctx.describe(QStringLiteral("customers"), customerId);
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
