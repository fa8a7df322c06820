#include "services/settings_service.h"

namespace doorstep::services {

QString SettingsService::value(const QString &key, const QString &fallback)
{
    const QVariant v = m_services.db().scalar("SELECT value FROM settings WHERE key = ?", key);
    return v.isValid() ? v.toString() : fallback;
}

void SettingsService::setValue(const QString &key, const QString &value)
{
    m_services.perform(Permission::SettingsEdit, QStringLiteral("settings.set"), [&](ActionContext &ctx) {
        ctx.db().run("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, ?)", key, value, ctx.now());
        ctx.changed(Change{QStringLiteral("settings"), 0, Change::Op::Upsert,
                           {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}});
        ctx.describe(QStringLiteral("settings"), 0, {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    });
}

int SettingsService::autoLockMinutes()
{
    return value(QStringLiteral("auto_lock_minutes"), QStringLiteral("10")).toInt();
}

void SettingsService::setAutoLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > 240)
        throw ServiceError::invalid(tr("Auto-lock is between 0 (never) and 240 minutes."));
    setValue(QStringLiteral("auto_lock_minutes"), QString::number(minutes));
}

} // namespace doorstep::services
