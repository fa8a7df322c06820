#pragma once
// The rights of the people in the store (PIPL arts. 44-47): a customer, or a
// provider who leaves, may ask for everything held about them, have it
// corrected (CustomerService::update), have it deleted, and withdraw a consent.
//
// Deletion is anonymisation: orders, ratings, refunds and the ledger stay
// (the accounts and the providers' averages need them), but every personal
// field is replaced by anonymisedMarker(id) or emptied, credential scans are
// deleted, and the sync outbox loses every queued copy of the rewritten rows
// (the action queues the anonymised rows in their place). The audit log is
// hash-chained and is not rewritten: its entries hold masked values only
// (ARCHITECTURE.md, "Personal data rights").
//
// Customers' requests need Permission::DataSubjectRequests (administrator,
// service agent), providers' Permission::ProviderDataRequests (administrator,
// supervisor). Each request is one audited action; a customer's is also kept
// in data_subject_requests (kind, when, who handled it).
#include "services/service_layer.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace doorstep::services {

// What replaces a name or an address: "已匿名 #<id>". Stored data, the same in
// every language and on every synced office.
QString anonymisedMarker(qint64 id);

struct SubjectExport
{
    QJsonObject data;  // everything held, section by section (machine-readable, portability)
    QString html;      // the same, to read, print and hand over
    QStringList files; // what was written (NAME.json, NAME.html), empty when no path was given
};

struct ErasureResult
{
    qint64 subjectId = 0;
    int rowsRewritten = 0; // rows whose personal fields were replaced (the subject's included)
    int scansPurged = 0;   // credential scans deleted (providers)
    int outboxPurged = 0;  // queued sync copies of those rows deleted
};

struct RetentionResult
{
    int years = 0;     // the setting; 0: retention is off and nothing was done
    qint64 cutoff = 0; // customers without activity since then were anonymised
    int customers = 0;
    int rowsRewritten = 0;
    int outboxPurged = 0;
    int actions = 0;   // audited actions (one per batch)
    bool cancelled = false;
};

class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyService)
public:
    explicit PrivacyService(ServiceLayer &services) : m_services(services) {}

    // The customer or provider named by an id or a full 11-digit mobile number
    // (what a request form or the CLI gives); NotFound otherwise. A phone
    // shared by several people is refused as ambiguous: give the id.
    qint64 findCustomer(const QString &idOrPhone);
    qint64 findProvider(const QString &idOrPhone);

    // Everything held about the person. With a path, writes PATH.json and
    // PATH.html (a ".json"/".html" suffix on the path is dropped first).
    // Audited (and, for a customer, recorded as an access request).
    SubjectExport exportCustomer(qint64 customerId, const QString &path = {});
    SubjectExport exportProvider(qint64 providerId, const QString &path = {});

    // Refused while the customer has an order still open (finish or cancel it
    // first) and for a customer already anonymised.
    ErasureResult anonymiseCustomer(qint64 customerId);
    // Refused unless the provider was deactivated or rejected first (the
    // discipline and review services decide that), and while a job is still
    // theirs.
    ErasureResult anonymiseProvider(qint64 providerId);

    // Withdraws the customer's consent for `purpose` ("marketing", "location",
    // "sensitive_data", "cross_border"); the service consent cannot be
    // withdrawn on its own: that is a deletion request. Returns how many
    // consent records were withdrawn (0 is refused: none in force).
    int withdrawConsent(qint64 customerId, const QString &purpose = QStringLiteral("marketing"));

    // settings::CustomerRetentionYears (0 = off). A value that does not parse
    // is an error here, never a default: a sweep that erases runs only on a
    // value someone chose.
    int retentionYears();
    // Customers the sweep would anonymise now (read only).
    qint64 retentionDue();
    // Anonymises them in batches of `batchSize` (kBatch unless a caller
    // needs shorter transactions), one audited action each. `progress`
    // (done, total) is asked between batches; returning false stops there.
    static constexpr int kBatch = 100;
    RetentionResult retentionSweep(const std::function<bool(qint64, qint64)> &progress = {}, int batchSize = kBatch);

private:
    ServiceLayer &m_services;
};

// Whether the customer holds a consent for `purpose` that is not withdrawn.
// Every marketing use (campaigns, exports for them) asks this first.
bool consentInForce(store::Database &db, qint64 customerId, const QString &purpose);

} // namespace doorstep::services
