// enroll and sync: the console's sync client without a window
// (models/sync). One round per `sync`, for scripts and scheduled jobs.
#include "commands.h"

#include "services/workspace.h"
#include "sync/enrollment.h"
#include "sync/sync_round.h"

namespace doorstep::cli {
namespace {

// A sync failure's exit code: Failed when trying again later may work (the
// network, the server), Rejected when something must change first.
int reportSync(const sync::SyncError &e)
{
    err() << "error: " << e.message() << "\n";
    err().flush();
    using K = sync::SyncError::Kind;
    switch (e.kind()) {
    case K::Network:
    case K::Server:
    case K::Protocol:
    case K::Cancelled:
        return Failed;
    case K::Tls:
    case K::Refused:
    case K::NotEnrolled:
        return Rejected;
    }
    return Failed;
}

} // namespace

int runEnroll(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Enroll this store with its office's sync server: the server is accepted only if its certificate chains to the CA "
        "with the fingerprint given (printed by doorstep-server init); the one-time code (from doorstep-server offices add) "
        "is then exchanged for the office's certificate, whose key stays in the encrypted store, and the store's existing "
        "data is sent as the first snapshot. You must be an administrator."));
    const LoginOptions login(QStringLiteral("Your user name (an administrator)."), QStringLiteral("Read your password from standard input."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The server's enrollment address, https://HOST:PORT."),
                                    QStringLiteral("URL"));
    const QCommandLineOption fingerprint(QStringLiteral("ca-fingerprint"),
                                         QStringLiteral("SHA-256 fingerprint of the server's CA (AB:CD:… or hex)."), QStringLiteral("F"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("The one-time enrollment code."), QStringLiteral("C"));
    p.addOptions(login.options());
    p.addOptions({server, fingerprint, code});
    int exit = Ok;
    if (!parse(p, args, login.required() + QStringList{server.names().first(), fingerprint.names().first(), code.names().first()}, &exit))
        return exit;
    const auto passwords = requirePasswords(1, QStringLiteral("enroll"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
        sync::StoreLedger ledger(ws->services());
        sync::Enrollment enrollment(sync::directStore(ledger));
        enrollment.progress = [](const QString &stage, int) {
            err() << (stage == u"enroll" ? "enrolling…\n" : "sending the first snapshot…\n");
            err().flush();
        };
        const sync::EnrollOutcome o = enrollment.enroll({p.value(server), p.value(fingerprint), p.value(code)});
        out() << "enrolled as office " << o.officeCode << " (" << o.officeName << "); sync server " << o.syncUrl << "\n";
        out() << "snapshot: " << o.snapshotRows << " rows in " << o.snapshotPages << " pages\n";
        return Ok;
    } catch (const sync::SyncError &e) {
        return reportSync(e);
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runSync(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "One sync round with the server this store is enrolled with: push the changes kept for sync in order, then pull "
        "the server's changes. The last line is pushed=N applied=A rejected=R pulled=M. Rejected changes are listed in "
        "the console's Sync conflicts; a failed round loses nothing and can simply be run again."));
    const LoginOptions login(QStringLiteral("Your user name."), QStringLiteral("Read your password from standard input."));
    p.addOptions(login.options());
    int exit = Ok;
    if (!parse(p, args, login.required(), &exit))
        return exit;
    const auto passwords = requirePasswords(1, QStringLiteral("sync"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
        sync::StoreLedger ledger(ws->services());
        const sync::RoundOutcome o = sync::SyncRound(sync::directStore(ledger)).run();
        if (o.duplicate > 0)
            out() << o.duplicate << " mutation(s) the server had already applied (an earlier reply was lost)\n";
        if (o.undone > 0)
            out() << o.undone << " assignment(s) the server refused were taken back; see Sync conflicts\n";
        out() << "pushed=" << o.pushed << " applied=" << o.applied << " rejected=" << o.rejected << " pulled=" << o.pulled << "\n";
        return Ok;
    } catch (const sync::SyncError &e) {
        return reportSync(e);
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
