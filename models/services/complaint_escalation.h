#pragma once
// A breach escalates (issue #13): a complaint whose running deadline has
// passed is flagged to the office manager (complaints.escalated_at), once; the
// detail says when. A safety or privacy incident is flagged when recorded
// (ComplaintService::open), this sweep catches the rest.
//
// Every console with the complaints workbench (ComplaintView) sweeps at login
// and once a minute, like the accept-timeout sweep: a quiet minute reads and
// writes nothing; otherwise one audited action flags all that are due (at most
// kBatch, earliest deadline first). Two consoles may race: the second finds
// them flagged already.
#include "services/service_layer.h"

namespace doorstep::services {

class ComplaintEscalation
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintEscalation)
public:
    explicit ComplaintEscalation(ServiceLayer &services) : m_services(services) {}

    static constexpr int kBatch = 500;
    // Flags the breached complaints not yet flagged; returns how many.
    int sweep();

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
