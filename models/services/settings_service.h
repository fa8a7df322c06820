#pragma once
// Office settings kept in the store (so every console of the office agrees).
#include "services/service_layer.h"

namespace doorstep::services {

class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    explicit SettingsService(ServiceLayer &services) : m_services(services) {}

    int autoLockMinutes();                 // 0 = never
    void setAutoLockMinutes(int minutes);  // 0..240

    QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
