#pragma once
// The request bodies of the customer and provider API (server/api,
// openapi.yaml), parsed and checked before any handler sees them: a body
// that is not what the endpoint takes is answered 400 with the reason these
// functions give. QtCore only (and the domain's phone rule), so the libFuzzer
// harness tests/fuzz/fuzz_apirequests links it alone. Ids travel as JSON
// strings (they exceed 2^53); times are seconds since the epoch.

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace doorstep::server::api {

template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error; // why not, when value is empty
};

struct CodeRequest
{
    QString phone; // normalised mainland mobile number, 11 digits
};

struct SignInRequest
{
    QString phone;
    QString code; // 6 digits
};

struct ProviderSignInRequest
{
    qint64 providerId = 0;
    QString secret;
};

struct OrderRequest
{
    qint64 serviceItemId = 0;
    QString district; // the address's adcode: it decides the office
    QString address;
    double lat = 0;
    double lng = 0;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QString note;
};

struct ReasonRequest
{
    QString reason; // optional, ≤ 200 characters
};

struct RatingRequest
{
    int stars = 0;
    QString comment;
};

struct PositionRequest
{
    double lat = 0;
    double lng = 0;
    qint64 at = 0;
};

struct PositionsRequest
{
    int count = 0;             // points given, 1–100
    PositionRequest newest;    // the one with the latest at
};

inline constexpr int kMaxText = 200;     // reasons, comments, notes
inline constexpr int kMaxAddress = 200;
inline constexpr qint64 kMaxWindow = 24 * 3600;
inline constexpr int kMaxPoints = 100;

// A positive id written as a JSON string of decimal digits, no leading zeros.
std::optional<qint64> parseId(QStringView text);

Parsed<CodeRequest> parseCodeRequest(QByteArrayView body);
Parsed<SignInRequest> parseSignIn(QByteArrayView body);
Parsed<ProviderSignInRequest> parseProviderSignIn(QByteArrayView body);
Parsed<OrderRequest> parseOrder(QByteArrayView body);
// An empty body is no reason.
Parsed<ReasonRequest> parseReason(QByteArrayView body);
Parsed<RatingRequest> parseRating(QByteArrayView body);
// {"points": [{"at", "lat", "lng"}, …]}, 1–100 points.
Parsed<PositionsRequest> parsePositions(QByteArrayView body);

} // namespace doorstep::server::api
