#pragma once
// One customer as a form shows them: name, phone (masked unless the role may
// see it), address and district. The masking is decided here, once, by the
// session's role, as the customers list does.
#include "services/session.h"

#include <QString>

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct CustomerContact
{
    qint64 id = 0;
    QString name;
    QString phone; // masked unless the session may see personal data
    bool phoneMasked = false;
    QString gender; // "m", "f" or empty
    QString address;
    qint64 districtId = 0;
};

std::optional<CustomerContact> loadCustomerContact(store::Database &db, const services::Session &session, qint64 customerId);

} // namespace doorstep::itemmodels
