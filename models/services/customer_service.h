#pragma once
// Customers and their consents (PIPL). Reading a customer's full phone
// number is an audited action of its own.
#include "services/service_layer.h"

#include <optional>

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

// A correction of a customer's record (PIPL art. 46): the fields given
// replace the stored ones.
struct CustomerCorrection
{
    QString name;
    // nullopt: the stored number stays. A role that sees numbers masked is
    // shown the mask, never the number, and replaces it only by typing a
    // whole new one.
    std::optional<QString> phone;
    QString gender; // "m", "f" or empty
    qint64 districtId = 0;
    QString address;
    std::optional<QString> note; // nullopt: the stored note stays
};

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    explicit CustomerService(ServiceLayer &services) : m_services(services) {}

    // Adds a customer with consent to process their data for the service
    // (the lawful basis for keeping the record), given through `channel`.
    qint64 add(const CustomerInput &input, const QString &consentChannel = QStringLiteral("phone"));
    // Corrects the record; returns the fields that changed (name, phone,
    // gender, district, address, note). The audit entry names them, with the
    // new name and phone masked. A changed address or district moves the
    // customer to the district's centre (the old position was the old
    // address's). Refused when nothing changed (nothing is written) and for
    // an anonymised customer.
    QStringList update(qint64 customerId, const CustomerCorrection &correction);
    // The unmasked phone number, for roles allowed to see it; audited.
    QString revealPhone(qint64 customerId);

private:
    void check(const CustomerInput &input);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
