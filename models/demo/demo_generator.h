#pragma once
// The demo franchise: a Shanghai office with its districts, a 58到家-style
// catalogue, staff for every role, providers in every onboarding state
// (including invalid ID numbers and expired health certificates planted for
// reviewers to catch) and a year of orders in every status. The same seed
// and reference day always give the same content.

#include "store/key_crypto.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace doorstep::services {
class Workspace;
}

namespace doorstep::demo {

struct DemoOptions
{
    QString adminUsername = QStringLiteral("admin");
    QString password = QStringLiteral("doorstep-demo"); // every demo account's password
    int providers = 400;
    int orders = 30000;
    int customers = 0;            // 0: orders / 8, at least 200
    quint64 seed = 20261125;
    // A second demo office beside the first (packaging/dev.sh demo enrolls
    // two with one server): its code, name and the adcodes it serves. Empty:
    // the Xuhui franchise and its nine districts.
    QString officeCode;
    QString officeName;
    QStringList servedDistricts;
    qint64 referenceSecs = 0;     // "today" (UTC seconds); 0: now, truncated to the day
    // A franchise day for auto-dispatch at scale: this many more orders, all
    // waiting for dispatch, on the day `pendingDayOffset` days after "today"
    // (windows 08:00-18:00, more in the morning). Made after everything else,
    // so 0 leaves the rest of the content exactly as it was.
    int pendingDayOrders = 0;
    int pendingDayOffset = 1;
    store::KdfParams kdf = store::KdfParams::calibrated();
};

struct DemoSummary
{
    int staff = 0;
    int customers = 0;
    int providers = 0;
    int orders = 0;
};

// progress(percent) returns false to cancel; the store is then not created.
using Progress = std::function<bool(int percent)>;

// Creates a new store at `path` and fills it.
DemoSummary createDemoStore(const QString &path, const DemoOptions &options, const Progress &progress = {});
// Fills an open, empty store (one audited action, DemoSeed permission).
DemoSummary seedDemo(services::Workspace &workspace, const DemoOptions &options, const Progress &progress = {});

class Cancelled : public std::runtime_error
{
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace doorstep::demo
