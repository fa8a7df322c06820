#pragma once
// A look-up by a whole phone number is an audited action: it answers "is
// this person in the store, and who are they", which is what the masked
// lists keep from the screen (domain/phone_search.h). Reads do not pass the
// spine, so the list's page records the search here, once per number typed,
// before it applies it. The entry holds the number masked.
#include "services/service_layer.h"

namespace doorstep::services {

enum class PhoneSearchList { Customers, Orders, Providers };

// Records the search ("customer.search_by_phone", "order.search_by_phone",
// "provider.search_by_phone") under the list's view permission. Throws
// ServiceError::Invalid when `number` is not a whole 11-digit number.
void recordPhoneSearch(ServiceLayer &services, PhoneSearchList list, const QString &number);

} // namespace doorstep::services
