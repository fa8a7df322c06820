#include "sync/customer_merge.h"

#include <algorithm>

namespace doorstep::server::sync {
namespace {
bool isSet(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull();
}

void keepServer(MergeOutcome &out, const QString &field, const QJsonObject &server)
{
    out.row.insert(field, server.value(field));
    out.notTaken.append(field);
    out.serverValues.insert(field, server.value(field));
}
} // namespace

MergeOutcome mergeSharedRow(const QString &entity, const QJsonObject &incoming, const std::optional<StoredRow> &stored,
                            const std::optional<QJsonObject> &base, qint64 at)
{
    MergeOutcome out{incoming, {}, {}, {}};
    if (!stored || stored->deleted)
        return out;
    const QJsonObject &server = stored->row;

    if (entity == u"customer_consents") {
        if (isSet(server.value(QLatin1StringView("withdrawn_at"))) && !isSet(incoming.value(QLatin1StringView("withdrawn_at"))))
            keepServer(out, QStringLiteral("withdrawn_at"), server);
        return out;
    }
    if (entity != u"customers")
        return out;

    if (isSet(server.value(QLatin1StringView("erased_at")))) {
        // Anonymised: nothing an office sends brings the person's data back.
        out.row = server;
        for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
            if (server.value(it.key()) != it.value()) {
                out.notTaken.append(it.key());
                out.serverValues.insert(it.key(), server.value(it.key()));
            }
        }
        return out;
    }
    if (!base)
        return out; // no condition: the row as sent (an office's own new customer, a full edit)
    if (isSet(incoming.value(QLatin1StringView("erased_at")))) {
        // A PIPL erasure is never lost to a concurrent edit, whichever is
        // later: the anonymised row is stored whole. No value it replaced is
        // reported back ("overwritten" or a notice): keeping the erased
        // person's data in some office's history is what erasure forbids.
        out.row.insert(QStringLiteral("updated_at"),
                       std::max(server.value(QLatin1StringView("updated_at")).toInteger(), at));
        return out;
    }

    out.row = server;
    const qint64 serverAt = server.value(QLatin1StringView("updated_at")).toInteger();
    for (auto it = base->constBegin(); it != base->constEnd(); ++it) {
        const QString &field = it.key();
        if (field == u"id" || field == u"erased_at") // erased_at: decided above, never unset by an edit
            continue;
        const QJsonValue mine = incoming.value(field);
        const QJsonValue current = server.value(field);
        if (current == it.value() || current == mine) { // nobody else changed it, or to the same value
            out.row.insert(field, mine);
        } else if (at >= serverAt) {                     // the later edit wins
            out.row.insert(field, mine);
            out.overwritten.insert(field, current);
        } else {
            keepServer(out, field, server);
        }
    }
    out.row.insert(QStringLiteral("updated_at"), std::max(serverAt, at));
    return out;
}

} // namespace doorstep::server::sync
