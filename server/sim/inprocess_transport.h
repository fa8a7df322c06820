#pragma once
// The simulator's transport without a network: each request goes straight
// to ApiService::handle and is answered before send() returns, so a run over
// a virtual clock is deterministic (tests/server/tst_simulator).

#include "sim/sim_transport.h"

namespace doorstep::server::api {
class ApiService;
}

namespace doorstep::server::sim {

class InProcessTransport final : public Transport
{
public:
    explicit InProcessTransport(api::ApiService &api) : m_api(api) {}
    void send(const SimRequest &request, Done done) override;
    int inFlight() const override { return 0; }

private:
    api::ApiService &m_api;
};

} // namespace doorstep::server::sim
