#pragma once
// Customers and their consents (PIPL). Reading a customer's full phone
// number is an audited action of its own.
#include "services/service_layer.h"

namespace doorstep::services {

struct CustomerInput
{
    QString name;
    QString phone;
    QString gender; // "m", "f" or empty
    qint64 districtId = 0;
    QString address;
    double lat = 0; // 0, 0 with a district: the service places the customer at the district's centre
    double lng = 0;
    QString note;
};

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    explicit CustomerService(ServiceLayer &services) : m_services(services) {}

    // Adds a customer with consent to process their data for the service
    // (the lawful basis for keeping the record), given through `channel`.
    qint64 add(const CustomerInput &input, const QString &consentChannel = QStringLiteral("phone"));
    void update(qint64 customerId, const CustomerInput &input);
    // The unmasked phone number, for roles allowed to see it; audited.
    QString revealPhone(qint64 customerId);

private:
    void check(const CustomerInput &input);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
