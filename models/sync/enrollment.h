#pragma once
// Enrolling a console with its office's server (server/PROTOCOL.md,
// "Enrollment"): the server is accepted only if its chain ends in the CA whose
// SHA-256 fingerprint the administrator typed, and only then is the one-time
// code sent. The office key is made here and stored, with the certificate the
// server signed, its CA and the sync URL, in the encrypted store's meta
// (sync.enroll, Permission::SyncAdmin; never queued for sync). Then the
// office's existing rows go to the server as the first snapshot.
#include "sync/https_client.h"
#include "sync/sync_round.h"

namespace doorstep::sync {

struct EnrollRequest
{
    QString serverUrl;   // the enrollment listener, "https://host:port"
    QString fingerprint; // the CA's SHA-256, "AB:CD:…" or hex
    QString code;        // the one-time enrollment code
};

struct EnrollOutcome
{
    QString officeCode;
    QString officeName;
    QString syncUrl;
    int node = 0; // the node of the ids this console mints from now on
    int snapshotRows = 0;
    int snapshotPages = 0;
};

class Enrollment
{
    Q_DECLARE_TR_FUNCTIONS(Enrollment)
public:
    explicit Enrollment(OnStore onStore, const std::atomic<bool> *cancel = nullptr)
        : m_onStore(std::move(onStore)), m_cancel(cancel) {}

    // "enroll", "snapshot" and rows sent so far.
    std::function<void(const QString &stage, int done)> progress;

    // Throws SyncError (a wrong fingerprint is Tls, a used code Refused) or
    // services::ServiceError (not an administrator: checked before any
    // network work).
    EnrollOutcome enroll(const EnrollRequest &request);

private:
    OnStore m_onStore;
    const std::atomic<bool> *m_cancel;
};

// The office's existing rows to a newly enrolled server, in pages of at most
// 2,000 rows (POST /v1/snapshot); the outbox rows they already carry are then
// marked sent (sync.snapshot) and the replies' id_map applied (sync.id_map).
// Returns rows sent and pages.
std::pair<int, int> uploadSnapshot(const OnStore &onStore, HttpsClient &client, const SyncIdentity &id,
                                   const std::atomic<bool> *cancel = nullptr);

} // namespace doorstep::sync
