#pragma once
// The only writer of office settings (office_settings.h declares them and
// reads them). Every write is validated by the setting's declaration and is
// one audited action (Permission::SettingsEdit); several values written
// together are one action, so they are saved all or none. Text settings
// declared elsewhere (the map's tiles, map_settings.h) validate themselves
// and write through writeTexts() inside their own action.
#include "services/office_settings.h"
#include "services/service_layer.h"

namespace doorstep::services {

class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    explicit SettingsService(ServiceLayer &services) : m_services(services) {}

    OfficeSettings read() const { return OfficeSettings(m_services); }

    // Refused with ServiceError::Invalid (nothing written) when a value is
    // outside its setting's range; values equal to the stored ones are skipped.
    void set(const Setting &setting, double value);
    void set(const SettingValues &values);
    // The same for a stored text (a key nobody declared is refused).
    void setValue(const QString &key, const QString &text);

    // The console's auto-lock: the default when the stored value is wrong,
    // so a value that fails to parse never switches it off.
    SettingRead autoLockMinutes() const { return read().valueOrDefault(settings::AutoLockMinutes); }
    void setAutoLockMinutes(int minutes) { set(settings::AutoLockMinutes, minutes); }

    // Inside a settings.set action: stores each (key, text), queues it for
    // sync and describes them all in the action's audit entry.
    static void writeTexts(ActionContext &ctx, const QList<std::pair<QString, QString>> &keyTexts);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
