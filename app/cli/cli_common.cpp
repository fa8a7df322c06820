#include "cli_common.h"

#include "services/service_error.h"
#include "store/store_error.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace doorstep::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QStringList &required, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n";
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    for (const QString &option : required) {
        if (!parser.isSet(option)) {
            err() << "missing --" << option << "\n" << parser.helpText();
            *exitCode = Usage;
            return false;
        }
    }
    return true;
}

std::vector<store::SecretText> readPasswords(int count)
{
    std::vector<store::SecretText> passwords;
    std::string line;
    for (int i = 0; i < count; ++i) {
        if (!std::getline(std::cin, line))
            break;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        passwords.emplace_back(QString::fromStdString(line));
        store::wipe(line);
    }
    store::wipe(line);
    return passwords;
}

LoginOptions::LoginOptions(const QString &userHelp, const QString &stdinHelp)
    : store(QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE"))
    , user(QStringLiteral("user"), userHelp, QStringLiteral("NAME"))
    , passwordStdin(QStringLiteral("password-stdin"), stdinHelp)
{
}

QStringList LoginOptions::required() const
{
    return {store.names().first(), user.names().first(), passwordStdin.names().first()};
}

std::optional<std::vector<store::SecretText>> requirePasswords(int count, const QString &command)
{
    std::vector<store::SecretText> passwords = readPasswords(count);
    if (passwords.size() < size_t(count)) {
        err() << command << ": expected " << count << " password line(s) on standard input\n";
        return std::nullopt;
    }
    return passwords;
}

int report(const std::exception &e)
{
    err() << "error: " << QString::fromUtf8(e.what()) << "\n";
    err().flush();
    if (const auto *s = dynamic_cast<const store::StoreError *>(&e)) {
        using K = store::StoreError::Kind;
        switch (s->kind()) {
        case K::UnknownUser:
        case K::WrongPassword:
            return AuthFailed;
        case K::NotFound:
        case K::NotAStore:
        case K::Truncated:
        case K::HeaderDamaged:
        case K::Damaged:
        case K::TooNew:
            return StoreUnusable;
        case K::AlreadyExists:
        case K::TooManyAccounts:
            return Rejected;
        case K::Busy:
        case K::Io:
        case K::Cancelled:
        case K::Replaced:
            return Failed;
        }
    }
    if (const auto *s = dynamic_cast<const services::ServiceError *>(&e)) {
        using K = services::ServiceError::Kind;
        switch (s->kind()) {
        case K::PermissionDenied:
            return s->message().contains(QStringLiteral("disabled")) ? AuthFailed : NotAllowed;
        case K::Invalid:
        case K::Conflict:
        case K::NotFound:
            return Rejected;
        case K::Store:
            return StoreUnusable;
        case K::Busy:
            return Failed; // nothing written; trying again is safe
        }
    }
    return Failed;
}

} // namespace doorstep::cli
