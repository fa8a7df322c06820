#pragma once
// A real doorstep-server for end-to-end tests, driven as an operator drives
// it: `init --host 127.0.0.1`, `offices add … --districts`, `run` on loopback
// ports chosen by the kernel. The state lives in an encrypted store under a
// temporary --data (the embedded backend) or in a PostgreSQL database given
// as --postgres CONNINFO. kill() is SIGKILL; restart() runs it again on the
// same ports, so the sync URL the consoles stored stays right.
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace doorstep::tests {

class ServerProcess
{
public:
    // conninfo empty: the embedded backend.
    explicit ServerProcess(QString conninfo = {});
    ~ServerProcess();

    // init; false with error() saying why.
    bool init();
    // offices add: the one-time enrollment code, empty on failure.
    QString addOffice(const QString &code, const QString &name, const QStringList &districts);
    // run (ports 0 the first time, the same ones afterwards); false with error().
    bool start();
    void kill();       // SIGKILL, no chance to close anything
    bool restart() { kill(); return start(); }
    // `providers credential ID`: the provider app's secret, empty on failure.
    QString providerCredential(qint64 providerId);
    // `providers credential --office CODE`: "ID SECRET" lines, one per active
    // provider of the office (what doorstep-sim reads); empty on failure.
    QStringList providerCredentials(const QString &officeCode);
    // `status`' lines, one per office.
    QStringList status();
    // More options for `run` (e.g. --enroll-rate 0 for a load test).
    QStringList runOptions;

    QString fingerprint() const { return m_fingerprint; }
    // The CA's certificate, as the apps pin it.
    QByteArray caPem() const;
    // The last sign-in code `run` logged for the customer apps (its default
    // sender writes them to its log); empty if none within 10 s.
    QString waitForSignInCode();
    // One HTTPS call to the apps' API (/api/v1/PATH), the server's CA pinned:
    // GET, or POST with the body. status: the HTTP status, 0 if no answer in 20 s.
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token,
                    int *status);
    QString enrollUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_enrollPort); }
    quint16 syncPort() const { return m_syncPort; }
    QString error() const { return m_error; }

private:
    QStringList storageArgs() const;
    bool command(const QStringList &args, QStringList *out);

    QString m_conninfo;
    QTemporaryDir m_dir;
    QProcess m_run;
    QString m_fingerprint;
    quint16 m_syncPort = 0;
    quint16 m_enrollPort = 0;
    QString m_error;
    QByteArray m_log; // run's standard error so far
};

} // namespace doorstep::tests
