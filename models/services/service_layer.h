#pragma once
// The spine. Every change to data is one call to ServiceLayer::perform():
//   1. the acting staff member's permission is checked,
//   2. BEGIN IMMEDIATE, then the account's CURRENT role and state are read
//      and checked again: an account removed, disabled or demoted in another
//      session loses its rights at its next action,
//   3. the action's body validates and writes, recording what it changed,
//   4. one hash-chained audit entry is appended,
//   5. every recorded change is queued in the sync outbox,
//   6. COMMIT.
// Any exception in 2-6 rolls everything back: nothing is half-written.

#include "services/audit_log.h"
#include "services/clock.h"
#include "services/service_error.h"
#include "services/session.h"
#include "services/sync_outbox.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>
#include <type_traits>

namespace doorstep::services {

// What an action's body works with.
class ActionContext
{
public:
    ActionContext(store::Store &store, const Session &actor, qint64 now)
        : m_store(store), m_actor(actor), m_now(now) {}

    store::Database &db() { return m_store.db(); }
    store::Store &store() { return m_store; }
    const Session &actor() const { return m_actor; }
    qint64 now() const { return m_now; } // UTC seconds, one value for the whole action
    qint64 newId() { return m_store.newId(); }

    // Records a change for sync (snapshot taken from the stored row).
    void changed(const QString &table, qint64 id) { m_changes.append({table, id, Change::Op::Upsert, {}}); }
    void changed(const Change &change) { m_changes.append(change); }
    void removed(const QString &table, qint64 id) { m_changes.append({table, id, Change::Op::Delete, {{QStringLiteral("id"), id}}}); }
    // What the audit entry says about the action (masked; no raw personal data).
    void describe(const QString &entity, qint64 entityId, const QJsonObject &detail = {})
    {
        m_entity = entity;
        m_entityId = entityId;
        m_detail = detail;
    }

private:
    friend class ServiceLayer;
    store::Store &m_store;
    const Session &m_actor;
    qint64 m_now;
    QList<Change> m_changes;
    QString m_entity;
    qint64 m_entityId = 0;
    QJsonObject m_detail;
};

class ServiceLayer
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLayer)
public:
    ServiceLayer(store::Store &store, Session session);

    const Session &session() const { return m_session; }
    store::Store &store() { return m_store; }
    store::Database &db() { return m_store.db(); }

    // The console's one clock (services/clock.h): item models are built with it.
    Clock &clock() { return m_clock; }
    const Clock &clock() const { return m_clock; }
    // Tests set a fixed clock; everyone else gets the system's UTC time.
    void setClock(std::function<qint64()> nowSecs) { m_clock.set(std::move(nowSecs)); }
    qint64 now() const { return m_clock.now(); }

    void require(Permission permission) const;
    // What the user reads when another console holds the store's write lock.
    static QString busyMessage();

    template<typename Body>
    auto perform(Permission permission, const QString &action, Body &&body) -> std::invoke_result_t<Body, ActionContext &>
    {
        require(permission);
        ActionContext ctx(m_store, m_session, now());
        // BEGIN IMMEDIATE itself waits for the write lock: inside the try, so
        // a busy store is translated like any other failure.
        std::optional<store::Transaction> tx;
        try {
            tx.emplace(m_store.db());
            requireCurrentAccount(permission); // in this transaction: what another session changed counts
            m_store.claimIds(); // under the write lock: ids continue after every other connection's
            if constexpr (std::is_void_v<std::invoke_result_t<Body, ActionContext &>>) {
                body(ctx);
                finish(ctx, action, *tx);
            } else {
                auto result = body(ctx);
                finish(ctx, action, *tx);
                return result;
            }
        } catch (const store::SqlError &e) {
            if (tx) // no transaction when BEGIN itself failed: nothing to undo
                undo(*tx);
            throw translate(e);
        } catch (...) {
            if (tx)
                undo(*tx);
            throw;
        }
    }

private:
    void requireCurrentAccount(Permission permission);
    void finish(ActionContext &ctx, const QString &action, store::Transaction &tx);
    void undo(store::Transaction &tx);
    static ServiceError translate(const store::SqlError &e);

    store::Store &m_store;
    Session m_session;
    Clock m_clock;
};

} // namespace doorstep::services
