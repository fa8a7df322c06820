#include "itemmodels/customer_contact.h"

#include "domain/masking.h"
#include "store/sqlite.h"

namespace doorstep::itemmodels {

std::optional<CustomerContact> loadCustomerContact(store::Database &db, const services::Session &session, qint64 customerId)
{
    auto st = db.prepare("SELECT id, name, phone, address, district_id, coalesce(gender, '') FROM customers WHERE id = ? AND erased_at IS NULL");
    st.bind(1, customerId);
    if (!st.next())
        return std::nullopt;
    CustomerContact c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.phoneMasked = !session.can(services::Permission::CustomerRevealPersonal);
    c.phone = c.phoneMasked ? domain::maskPhone(st.text(2)) : st.text(2);
    c.address = st.text(3);
    c.districtId = st.isNull(4) ? 0 : st.int64(4);
    c.gender = st.text(5);
    return c;
}

} // namespace doorstep::itemmodels
