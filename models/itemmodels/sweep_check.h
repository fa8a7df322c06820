#pragma once
// Whether the console's periodic sweeps (the expiry sweep of a console left
// open past midnight, the accept-timeout sweep every minute) have anything
// to do, read on a worker's read-only connection (PageWorker). Both sweeps
// read first and write only when something is due; that read is the costly
// part (the expiry plan reads every lapsing credential: 67 ms at 20,000
// providers on a quiet machine), so a quiet minute or day costs the GUI
// thread nothing. The write itself stays on the GUI thread's connection,
// through the spine, and reads again in its own transaction (ARCHITECTURE.md,
// "Threads").
#include "store/store.h"

#include <QDate>
#include <QObject>

namespace doorstep::itemmodels {

class PageWorker;

class SweepCheck final : public QObject
{
    Q_OBJECT
public:
    enum class Sweep { Expiry, Timeouts };
    Q_ENUM(Sweep)

    explicit SweepCheck(store::Store::ReaderOpener openReader, QObject *parent = nullptr);

    // Each answers with checked() (or checkFailed()) later; a check of the
    // same sweep still on its way makes a new one unnecessary (false).
    bool checkExpiry(QDate today);
    bool checkTimeouts(qint64 now);
    bool isChecking(Sweep sweep) const;

Q_SIGNALS:
    void checked(itemmodels::SweepCheck::Sweep sweep, bool due);
    void checkFailed(itemmodels::SweepCheck::Sweep sweep, const QString &message);

private:
    bool start(Sweep sweep, std::function<bool(store::Database &db)> due);

    PageWorker *m_worker;
    bool m_checking[2] = {false, false};
};

} // namespace doorstep::itemmodels
