#pragma once
// The request bodies of the customer and provider API (server/api,
// openapi.yaml), parsed and checked before any handler sees them: a body
// that is not what the endpoint takes is answered 400 with the reason these
// functions give. QtCore only (and the domain's phone rule), so the libFuzzer
// harness tests/fuzz/fuzz_apirequests links it alone. Ids travel as JSON
// strings (they exceed 2^53); times are seconds since the epoch.

#include <QByteArrayView>
#include <QList>
#include <QStringList>
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

// issue #12, payments and after-sales (payment_api.cpp, complaint_api.cpp).
struct PayRequest
{
    QString method; // "stub": the only provider so far (payment_gateway.h)
    QString card;   // the stub's test card: stub_ok (default), stub_declined, stub_pending,
                    // stub_refund_busy (payment_gateway.h)
};

struct ComplaintRequest
{
    QString category;    // as the console's complaints.category
    QString severity;    // low, medium (default), high
    QString ask;         // empty, return_visit, refund, apology, compensation
    QString description; // 1–1000 characters
};

struct RefundAskRequest
{
    qint64 amountFen = 0;   // 1 … 10 000 000 fen
    QString reason;         // required
    qint64 complaintId = 0; // 0: none given
};

struct HoursRequest
{
    int weekday = 0; // 1 = Monday … 7
    int startMin = 0;
    int endMin = 0;
};

struct AvailabilityRequest
{
    QList<HoursRequest> hours; // 0–28 spans, none overlapping on a weekday
    // Days off, "YYYY-MM-DD" (the office's calendar), ascending, at most 62;
    // none given: the ones set before stay.
    std::optional<QStringList> daysOff;
};

struct PeriodRequest
{
    qint64 from = 0; // [from, to), seconds since the epoch
    qint64 to = 0;
};

inline constexpr int kMaxText = 200;     // reasons, comments, notes
inline constexpr int kMaxAddress = 200;
inline constexpr qint64 kMaxWindow = 24 * 3600;
inline constexpr int kMaxPoints = 100;
inline constexpr int kMaxDescription = 1000;
inline constexpr qint64 kMaxRefundFen = 10000000;
inline constexpr int kMaxSpans = 28;
inline constexpr int kMaxDaysOff = 62;
inline constexpr int kMaxIdempotencyKey = 64;
inline constexpr qint64 kMaxPeriod = 31 * 24 * 3600;
inline constexpr qint64 kChinaOffset = 8 * 3600; // Beijing time, UTC+8 all year: a provider's "today"

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
// The Idempotency-Key header: 1–64 printable ASCII characters.
Parsed<QString> parseIdempotencyKey(QByteArrayView header);
// An empty body pays with the stub's default card.
Parsed<PayRequest> parsePay(QByteArrayView body);
Parsed<ComplaintRequest> parseComplaint(QByteArrayView body);
Parsed<RefundAskRequest> parseRefundAsk(QByteArrayView body);
// {"hours": [{"weekday", "start_min", "end_min"}, …], "days_off": ["YYYY-MM-DD", …]}
Parsed<AvailabilityRequest> parseAvailability(QByteArrayView body);
// A period from a query: date=YYYY-MM-DD (that day in Beijing time), or from
// and to (seconds, at most 31 days apart); none given: the Beijing day of now.
Parsed<PeriodRequest> parsePeriod(QStringView date, QStringView from, QStringView to, qint64 now);

} // namespace doorstep::server::api
