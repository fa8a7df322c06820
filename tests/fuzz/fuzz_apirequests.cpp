// libFuzzer harness for what the customer and provider apps send the server
// (server/api/api_messages.h, openapi.yaml): every request body and the ids
// in paths. Anyone on the internet-facing listener can send any bytes here.
//
// The first input byte picks the parser (see `pick`); the rest is the body (or the path
// segment, for parseId). Beyond "no crash, no UB", what parses keeps the
// parser's promises: an error or a value, never both; 11-digit phones, a
// 6-digit code, positive ids that print back to themselves, coordinates in
// range, 1–100 position points, a window that ends after it starts and lasts at most a day, stars
// 1–5, texts within their limits; Idempotency-Keys, payments, complaints,
// refunds, working hours that never overlap, and periods of at most 31 days.
#include "api/api_messages.h"

#include <QStringList>

#include <cmath>
#include <cstdlib>

using namespace doorstep::server::api;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// An error or a value, never both; the value's promises checked. (The
// Parsed stays alive for the whole call: a pointer into it would not.)
template<typename T, typename Checks>
void expect(const Parsed<T> &p, Checks checks)
{
    check(p.value.has_value() == p.error.isEmpty());
    if (p.value)
        checks(*p.value);
}

void checkPhone(const QString &phone)
{
    check(phone.size() == 11 && phone.startsWith(u'1'));
    for (const QChar c : phone)
        check(c.isDigit());
}

void checkPlace(double lat, double lng)
{
    check(std::isfinite(lat) && std::isfinite(lng) && std::abs(lat) <= 90 && std::abs(lng) <= 180);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray in(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    // Below 0x80 the first byte picks as it always did (the corpus keeps its
    // meaning); from 0x80 up it picks the parsers added later (8 + …).
    const int pick = data[0] < 0x80 ? data[0] % 8 : 8 + (data[0] - 0x80) % 6;
    switch (pick) {
    case 0:
        expect(parseCodeRequest(in), [](const CodeRequest &r) { checkPhone(r.phone); });
        break;
    case 1:
        expect(parseSignIn(in), [](const SignInRequest &r) {
            checkPhone(r.phone);
            check(r.code.size() == 6);
        });
        break;
    case 2:
        expect(parseProviderSignIn(in), [](const ProviderSignInRequest &r) {
            check(r.providerId > 0 && !r.secret.isEmpty() && r.secret.size() <= 64);
        });
        break;
    case 3:
        expect(parseOrder(in), [](const OrderRequest &r) {
            check(r.serviceItemId > 0 && !r.district.isEmpty() && !r.address.isEmpty());
            check(r.address.size() <= kMaxAddress && r.note.size() <= kMaxText);
            checkPlace(r.lat, r.lng);
            check(r.windowEnd > r.windowStart && r.windowEnd - r.windowStart <= kMaxWindow);
        });
        break;
    case 4:
        expect(parseReason(in), [](const ReasonRequest &r) { check(r.reason.size() <= kMaxText); });
        break;
    case 5:
        expect(parseRating(in), [](const RatingRequest &r) {
            check(r.stars >= 1 && r.stars <= 5 && r.comment.size() <= kMaxText);
        });
        break;
    case 6:
        expect(parsePositions(in), [](const PositionsRequest &r) {
            check(r.count >= 1 && r.count <= kMaxPoints);
            checkPlace(r.newest.lat, r.newest.lng);
        });
        break;
    case 8:
        expect(parseIdempotencyKey(in), [](const QString &k) { check(!k.isEmpty() && k.size() <= kMaxIdempotencyKey); });
        break;
    case 9:
        expect(parsePay(in), [](const PayRequest &r) { check(r.method == u"stub" && r.card.startsWith(u"stub_")); });
        break;
    case 10:
        expect(parseComplaint(in), [](const ComplaintRequest &r) {
            check(!r.category.isEmpty() && !r.severity.isEmpty() && !r.description.isEmpty());
            check(r.description.size() <= kMaxDescription);
        });
        break;
    case 11:
        expect(parseRefundAsk(in), [](const RefundAskRequest &r) {
            check(r.amountFen >= 1 && r.amountFen <= kMaxRefundFen && !r.reason.isEmpty() && r.complaintId >= 0);
        });
        break;
    case 12:
        expect(parseAvailability(in), [](const AvailabilityRequest &r) {
            check(r.hours.size() <= kMaxSpans);
            for (const HoursRequest &h : r.hours) {
                check(h.weekday >= 1 && h.weekday <= 7 && h.startMin >= 0 && h.endMin <= 1440 && h.endMin > h.startMin);
                for (const HoursRequest &o : r.hours)
                    check(&o == &h || o.weekday != h.weekday || o.endMin <= h.startMin || h.endMin <= o.startMin);
            }
            if (r.daysOff) {
                check(r.daysOff->size() <= kMaxDaysOff);
                for (const QString &d : *r.daysOff)
                    check(d.size() == 10 && d.at(4) == u'-' && d.at(7) == u'-');
            }
        });
        break;
    case 13: {
        // The query's date, from and to, split at the first two '&'.
        const QStringList parts = QString::fromUtf8(in).split(u'&');
        expect(parsePeriod(parts.value(0), parts.value(1), parts.value(2), 1796200000), [](const PeriodRequest &p) {
            check(p.to > p.from && p.to - p.from <= kMaxPeriod);
        });
        break;
    }
    default: { // 7: an id in a path
        const QString text = QString::fromUtf8(in);
        if (const auto id = parseId(text)) {
            check(*id > 0);
            check(QString::number(*id) == text);
        }
        break;
    }
    }
    return 0;
}
