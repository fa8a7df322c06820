#include "services/phone_search_audit.h"

#include "domain/masking.h"
#include "domain/phone_search.h"

namespace doorstep::services {

void recordPhoneSearch(ServiceLayer &services, PhoneSearchList list, const QString &number)
{
    const QString digits = number.trimmed();
    if (domain::phoneSearchKind(digits, true) != domain::PhoneSearch::Whole)
        throw ServiceError::invalid(QCoreApplication::translate("PhoneSearch", "A look-up needs the whole 11-digit number."));
    Permission permission = Permission::CustomerView;
    QString action = QStringLiteral("customer.search_by_phone");
    QString entity = QStringLiteral("customers");
    switch (list) {
    case PhoneSearchList::Customers: break;
    case PhoneSearchList::Orders:
        permission = Permission::OrderView;
        action = QStringLiteral("order.search_by_phone");
        entity = QStringLiteral("orders");
        break;
    case PhoneSearchList::Providers:
        permission = Permission::ProviderView;
        action = QStringLiteral("provider.search_by_phone");
        entity = QStringLiteral("providers");
        break;
    }
    services.perform(permission, action, [&](ActionContext &ctx) {
        ctx.describe(entity, 0, {{QStringLiteral("phone"), domain::maskPhone(digits)}});
    });
}

} // namespace doorstep::services
