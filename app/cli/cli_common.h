#pragma once
// Shared plumbing of doorstep-cli: option parsing per command, passwords
// from standard input, and one mapping from errors to exit codes.
#include "store/secret_memory.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <exception>
#include <functional>
#include <optional>
#include <vector>

namespace doorstep::cli {

// Exit codes (documented in the README).
enum Exit {
    Ok = 0,
    Usage = 1,
    AuthFailed = 2,      // unknown user, wrong password, disabled account
    StoreUnusable = 3,   // missing, not a store, truncated, damaged, too new
    VerifyFailed = 4,    // verify found a problem
    NotAllowed = 5,      // the role lacks the permission
    Rejected = 6,        // invalid input or a conflict (e.g. file exists)
    Failed = 7,          // anything else
};

QTextStream &out();
QTextStream &err();

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

// Parses `args` (argv[0] = "doorstep-cli <command>"); prints help or the
// error and returns false when the command should stop with `exitCode`.
bool parse(QCommandLineParser &parser, const QStringList &args, const QStringList &required, int *exitCode);

// Reads `count` passwords, one per line, from standard input.
// Each is wiped when dropped (store/secret_memory.h).
std::vector<store::SecretText> readPasswords(int count);

// The options of a command that logs in: --store FILE, --user NAME and
// --password-stdin, all required.
struct LoginOptions
{
    LoginOptions(const QString &userHelp, const QString &stdinHelp);
    QList<QCommandLineOption> options() const { return {store, user, passwordStdin}; }
    QStringList required() const;

    QCommandLineOption store;
    QCommandLineOption user;
    QCommandLineOption passwordStdin;
};

// readPasswords(count), or, when fewer lines come, an error naming `command`
// ("privacy: expected 1 password line(s) on standard input") and nothing.
std::optional<std::vector<store::SecretText>> requirePasswords(int count, const QString &command);

// Prints the error and returns its exit code.
int report(const std::exception &e);

} // namespace doorstep::cli
