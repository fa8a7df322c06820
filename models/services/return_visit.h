#pragma once
// Return visits (返工, issue #13): from a complaint, a free order for the same
// service at the same address, linked to the order complained about
// (orders.reservice_of) and to the complaint (reservice_complaint_id), straight
// into the dispatch queue. The customer chooses the provider:
//   * same: the original provider is the order's preferred provider, which the
//     schedule board and auto-dispatch already favour (preferredBonus);
//   * another: the original provider is refused for it by the dispatch rules,
//     as a provider the customer blocked is (services/dispatch_day adds them to
//     the order's blocked list), for manual and automatic dispatch alike.
// One action (complaint.return_visit, ComplaintHandle): the order, its first
// two timeline rows and the complaint's timeline note commit together.
#include "domain/complaint_states.h"
#include "services/service_layer.h"

namespace doorstep::services {

struct ReturnVisitRequest
{
    qint64 complaintId = 0;
    domain::ReserviceProvider provider = domain::ReserviceProvider::Same;
    qint64 windowStart = 0; // UTC seconds: the customer's new arrival window
    qint64 windowEnd = 0;
    QString note;           // for the provider (optional)
};

struct ReturnVisitCreated
{
    qint64 orderId = 0;
    QString orderNo;
};

class ReturnVisitService
{
    Q_DECLARE_TR_FUNCTIONS(ReturnVisitService)
public:
    explicit ReturnVisitService(ServiceLayer &services) : m_services(services) {}

    ReturnVisitCreated create(const ReturnVisitRequest &request);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
