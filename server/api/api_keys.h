#pragma once
// The kinds of rows in the storage's api_keys table (sync_storage.h,
// putApiKey) and how their keys are made. Secrets are kept as SHA-256 only:
// sign-in codes (short-lived, single use), tokens (random 256 bits) and
// provider credentials (random 128 bits, so a fast hash is enough: nothing
// is guessable to try offline, unlike a chosen password).

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace doorstep::server::api::keys {

inline const QString kCode = QStringLiteral("code");                    // sha(phone:code) → 0
inline const QString kCustomerToken = QStringLiteral("customer_token"); // sha(token) → customer id
inline const QString kProviderToken = QStringLiteral("provider_token"); // sha(token) → provider id
inline const QString kProviderSecret = QStringLiteral("provider_secret"); // sha(id:secret) → provider id
inline const QString kCustomerPhone = QStringLiteral("customer_phone"); // sha(phone) → customer id
inline const QString kCustomerOrder = QStringLiteral("customer_order"); // customer id → order ids
// Payments and after-sales (payment_api.cpp, complaint_api.cpp).
inline const QString kOrderPayment = QStringLiteral("order_payment");     // order id → payment ids
inline const QString kOrderComplaint = QStringLiteral("order_complaint"); // order id → complaint ids
// order id → refund ids: asked in the app, or approved in the console for
// an order paid in the app (sync/refund_watch.h); what the customer sees.
inline const QString kOrderRefund = QStringLiteral("order_refund");
// office code → refunds of orders paid in the app that may have to be paid
// back (asked in the app, or pushed approved: sync/refund_watch.h), expired
// once paid back, rejected or gone: what ApiService::payBackApprovedRefunds
// looks at.
inline const QString kRefundWatch = QStringLiteral("refund_watch");
// A refund undecided for a year is the office's to chase.
inline constexpr qint64 kRefundWatchLifetime = 365 * 24 * 3600;

inline QString sha(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace doorstep::server::api::keys
