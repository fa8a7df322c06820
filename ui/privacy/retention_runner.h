#pragma once
// The retention sweep without a person watching: ConsoleFlow starts one at
// the first login of an office day by an account allowed to run it
// (DataSubjectRequests), when a retention period is set.
//
// It runs on the GUI thread, like the expiry sweep, because the services and
// the store's connection are not for two threads at once (a worker would need
// a second connection, and so the password). It stays responsive by doing one
// small batch (kBatch customers, one audited action) per turn of the event
// loop. Anonymising one customer takes ~18 ms on the default demo store on a
// busy 2-core machine (bench_securedelete), so the sweep's own batches of 100
// would hold the window for ~2 s each; 10 keep a turn near 0.2 s there.
// finished() reports the sum.
#include "services/privacy_service.h"

#include <QObject>

namespace doorstep::ui {

class RetentionRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 10;
    RetentionRunner(services::ServiceLayer &services, QObject *parent = nullptr);

    // Starts at the next turn of the event loop.
    void start();
    bool isRunning() const { return m_running; }
    const services::RetentionResult &result() const { return m_result; }

    // What a status bar says about a finished sweep (empty: nothing was due).
    static QString summary(const services::RetentionResult &result);

Q_SIGNALS:
    void finished(const services::RetentionResult &result);
    void failed(const QString &message);

private:
    void step();

    services::ServiceLayer &m_services;
    services::RetentionResult m_result;
    bool m_running = false;
};

} // namespace doorstep::ui
