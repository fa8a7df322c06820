#include "services/settings_service.h"

#include <QJsonArray>

namespace doorstep::services {

void SettingsService::set(const Setting &setting, double value)
{
    set({{&setting, value}});
}

void SettingsService::setValue(const QString &key, const QString &text)
{
    const Setting *setting = findSetting(key);
    if (!setting)
        throw ServiceError::invalid(tr("There is no office setting %1.").arg(key));
    if (const QString problem = settingProblem(*setting, text); !problem.isEmpty())
        throw ServiceError::invalid(problem);
    set(*setting, text.trimmed().toDouble());
}

void SettingsService::set(const SettingValues &values)
{
    // Refused to whoever may not edit settings, even when nothing would change.
    m_services.require(Permission::SettingsEdit);
    for (const auto &[setting, value] : values)
        if (const QString problem = settingProblem(*setting, settingText(*setting, value)); !problem.isEmpty())
            throw ServiceError::invalid(problem);
    // Only what changes is written; a stored value that is wrong today is
    // replaced, whatever it was.
    QList<std::pair<const Setting *, QString>> changes;
    const OfficeSettings now = read();
    for (const auto &[setting, value] : values) {
        const SettingRead before = now.valueOrDefault(*setting);
        const QString text = settingText(*setting, value);
        if (!before.problem.isEmpty() || settingText(*setting, before.value) != text)
            changes.append({setting, text});
    }
    if (changes.isEmpty())
        return;
    QList<std::pair<QString, QString>> keyTexts;
    for (const auto &[setting, text] : changes)
        keyTexts.append({setting->keyText(), text});
    m_services.perform(Permission::SettingsEdit, QStringLiteral("settings.set"),
                       [&](ActionContext &ctx) { writeTexts(ctx, keyTexts); });
}

void SettingsService::writeTexts(ActionContext &ctx, const QList<std::pair<QString, QString>> &keyTexts)
{
    QJsonObject detail;
    for (const auto &[key, text] : keyTexts) {
        ctx.db().run("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, ?)", key, text, ctx.now());
        ctx.changed(Change{QStringLiteral("settings"), 0, Change::Op::Upsert,
                           {{QStringLiteral("key"), key}, {QStringLiteral("value"), text}}});
        detail.insert(key, text);
    }
    ctx.describe(QStringLiteral("settings"), 0, detail);
}

} // namespace doorstep::services
