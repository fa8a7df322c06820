#pragma once
// 隐私号: the customer and the provider never see each other's number. Each
// side gets the other's number masked (138****5678, domain::maskPhone) and a
// relay number the platform controls, bound to the order while it is live
// (assigned to completed); the platform's telephony would forward a call on
// it to the real number and drop it once the binding ends. This is the stub:
// a stable number per order in a virtual-operator range, no telephony.

#include <QJsonObject>
#include <QString>

namespace doorstep::server::api {

// {"masked": "138****5678", "relay": "170…" or null when the order is not
// live}. Never the number itself.
QJsonObject contactOf(const QString &phone, qint64 orderId, const QString &orderStatus);

} // namespace doorstep::server::api
