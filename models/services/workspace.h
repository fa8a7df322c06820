#pragma once
// A logged-in console: the open store, who is acting, and the service layer
// that every change goes through. The GUI and the CLI both start here.

#include "services/password_check.h"
#include "services/service_layer.h"
#include "store/store.h"

#include <memory>

namespace doorstep::services {

struct NewStoreSpec
{
    QString officeCode = QStringLiteral("SH-XH");
    QString officeName;
    QString city = QStringLiteral("上海");
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    store::KdfParams kdf = store::KdfParams::calibrated();
};

class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    // Creates a store with its first office and administrator and logs in.
    static std::unique_ptr<Workspace> create(const QString &path, const NewStoreSpec &spec);
    // Opens the store as `username` (StoreError on a bad password or file,
    // ServiceError when the account is disabled) and records the login.
    static std::unique_ptr<Workspace> login(const QString &path, const QString &username, const QString &password);
    // Opens without recording a login or migrating (read-only checks).
    static std::unique_ptr<Workspace> inspect(const QString &path, const QString &username, const QString &password);

    // The store itself is for the services, the item models (itemmodels::Queries)
    // and the CLI; ui/ never touches it (tests/layering checks that).
    store::Store &store() { return *m_store; }
    const QString &path() const { return m_store->path(); }
    // The logged-in user's password, checked against their key slot (unlocking).
    bool checkPassword(const QString &password) const;
    // The same in two halves: read the committed slot now, check later on a
    // worker thread. Throws when the store cannot be read.
    PasswordCheck passwordCheck() const;
    ServiceLayer &services() { return m_services; }
    // The one clock: item models are built with it (see services/clock.h).
    const Clock &clock() const { return m_services.clock(); }
    const Session &session() const { return m_services.session(); }

private:
    Workspace(std::unique_ptr<store::Store> store, Session session);
    static Session loadSession(store::Store &store, const QString &username);

    std::unique_ptr<store::Store> m_store;
    ServiceLayer m_services;
};

} // namespace doorstep::services
