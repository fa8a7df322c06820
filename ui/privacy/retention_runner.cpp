#include "ui/privacy/retention_runner.h"

#include <QTimer>

namespace doorstep::ui {

RetentionRunner::RetentionRunner(services::ServiceLayer &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

void RetentionRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    QTimer::singleShot(0, this, &RetentionRunner::step);
}

void RetentionRunner::step()
{
    services::RetentionResult batch;
    try {
        // One batch: the sweep asks before each batch whether to go on.
        int batches = 0;
        batch = services::PrivacyService(m_services).retentionSweep([&batches](qint64, qint64) { return batches++ == 0; }, kBatch);
    } catch (const std::exception &e) {
        m_running = false;
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return;
    }
    m_result.years = batch.years;
    m_result.cutoff = batch.cutoff;
    m_result.customers += batch.customers;
    m_result.rowsRewritten += batch.rowsRewritten;
    m_result.outboxPurged += batch.outboxPurged;
    m_result.actions += batch.actions;
    // Stopped after its one batch with more due, and that batch did some work
    // (a batch that anonymised nobody would loop for ever): the next batch.
    if (batch.cancelled && batch.customers > 0) {
        QTimer::singleShot(0, this, &RetentionRunner::step);
        return;
    }
    m_running = false;
    Q_EMIT finished(m_result);
}

QString RetentionRunner::summary(const services::RetentionResult &result)
{
    if (result.customers == 0)
        return {};
    return tr("Retention: %n customer(s) without activity for %1 year(s) were anonymised (%2 record(s) rewritten); "
              "see the audit log.", nullptr, result.customers)
        .arg(result.years)
        .arg(result.rowsRewritten);
}

} // namespace doorstep::ui
