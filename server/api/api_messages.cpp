#include "api/api_messages.h"

#include "domain/mobile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace doorstep::server::api {
namespace {
// Times between 2020 and 2100: anything else is a unit mistake (ms) or junk.
constexpr qint64 kMinTime = 1577836800, kMaxTime = 4102444800;

// Each field reader leaves *error set (and returns nothing) when the field is
// missing or wrong; the first error wins.
class Reader
{
public:
    explicit Reader(QByteArrayView body, bool emptyIsObject = false)
    {
        if (body.isEmpty() && emptyIsObject)
            return;
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &e);
        if (e.error != QJsonParseError::NoError)
            fail(QStringLiteral("the body is not JSON: %1").arg(e.errorString()));
        else if (!doc.isObject())
            fail(QStringLiteral("the body must be a JSON object"));
        else
            m_object = doc.object();
    }

    QString text(const char *name, int maxLength, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1 is missing").arg(QLatin1StringView(name)));
            return {};
        }
        if (!v.isString())
            return fail(QStringLiteral("%1 must be a string").arg(QLatin1StringView(name))), QString();
        const QString s = v.toString().trimmed();
        if (s.size() > maxLength)
            return fail(QStringLiteral("%1 is longer than %2 characters").arg(QLatin1StringView(name)).arg(maxLength)), QString();
        if (required && s.isEmpty())
            fail(QStringLiteral("%1 is empty").arg(QLatin1StringView(name)));
        return s;
    }

    qint64 id(const char *name)
    {
        const QString s = text(name, 20);
        if (!m_error.isEmpty())
            return 0;
        const auto id = parseId(s);
        if (!id)
            fail(QStringLiteral("%1 must be an id, a string of digits").arg(QLatin1StringView(name)));
        return id.value_or(0);
    }

    qint64 integer(const char *name, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(name));
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1StringView(name)).arg(min).arg(max));
            return 0;
        }
        return qint64(d);
    }

    double real(const char *name, double min, double max)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(name));
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
            fail(QStringLiteral("%1 must be a number from %2 to %3").arg(QLatin1StringView(name)).arg(min).arg(max));
            return 0;
        }
        return d;
    }

    explicit Reader(QJsonObject object) : m_object(std::move(object)) {}

    QJsonValue field(const char *name) const { return m_object.value(QLatin1StringView(name)); }
    const QString &error() const { return m_error; }

    QString phone()
    {
        const QString raw = text("phone", 32);
        if (!m_error.isEmpty())
            return {};
        if (!domain::isValidMobile(raw)) {
            fail(QStringLiteral("phone must be a mainland mobile number"));
            return {};
        }
        return domain::normalizeMobile(raw);
    }

    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    template<typename T>
    Parsed<T> result(T value) const
    {
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        return {std::move(value), {}};
    }

private:
    QJsonObject m_object;
    QString m_error;
};
} // namespace

std::optional<qint64> parseId(QStringView text)
{
    // One spelling per id: no leading zeros (the fuzzer found "065890012",
    // which would name the same order as "65890012").
    if (text.isEmpty() || text.size() > 19 || text.front() == u'0')
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Parsed<CodeRequest> parseCodeRequest(QByteArrayView body)
{
    Reader r(body);
    CodeRequest out{r.phone()};
    return r.result(out);
}

Parsed<SignInRequest> parseSignIn(QByteArrayView body)
{
    Reader r(body);
    SignInRequest out{r.phone(), r.text("code", 6)};
    if (out.code.size() != 6 || !std::all_of(out.code.cbegin(), out.code.cend(), [](QChar c) { return c.isDigit(); }))
        r.fail(QStringLiteral("code must be the 6 digits sent to the phone"));
    return r.result(out);
}

Parsed<ProviderSignInRequest> parseProviderSignIn(QByteArrayView body)
{
    Reader r(body);
    ProviderSignInRequest out;
    out.providerId = r.id("provider_id");
    out.secret = r.text("secret", 64);
    return r.result(out);
}

Parsed<OrderRequest> parseOrder(QByteArrayView body)
{
    Reader r(body);
    OrderRequest out;
    out.serviceItemId = r.id("service_item_id");
    out.district = r.text("district", 12);
    out.address = r.text("address", kMaxAddress);
    out.lat = r.real("lat", -90, 90);
    out.lng = r.real("lng", -180, 180);
    out.windowStart = r.integer("window_start", kMinTime, kMaxTime);
    out.windowEnd = r.integer("window_end", kMinTime, kMaxTime);
    out.note = r.text("note", kMaxText, false);
    if (out.windowEnd <= out.windowStart)
        r.fail(QStringLiteral("window_end must be after window_start"));
    else if (out.windowEnd - out.windowStart > kMaxWindow)
        r.fail(QStringLiteral("the time window is longer than a day"));
    return r.result(out);
}

Parsed<ReasonRequest> parseReason(QByteArrayView body)
{
    Reader r(body, true);
    ReasonRequest out{r.text("reason", kMaxText, false)};
    return r.result(out);
}

Parsed<RatingRequest> parseRating(QByteArrayView body)
{
    Reader r(body);
    RatingRequest out;
    out.stars = int(r.integer("stars", 1, 5));
    out.comment = r.text("comment", kMaxText, false);
    return r.result(out);
}

Parsed<PositionsRequest> parsePositions(QByteArrayView body)
{
    Reader r(body);
    const QJsonValue points = r.field("points");
    PositionsRequest out;
    if (!points.isArray() || points.toArray().isEmpty() || points.toArray().size() > kMaxPoints) {
        r.fail(QStringLiteral("points must be an array of 1 to %1 points").arg(kMaxPoints));
        return r.result(out);
    }
    for (const QJsonValue &v : points.toArray()) {
        if (!v.isObject()) {
            r.fail(QStringLiteral("each point must be an object {at, lat, lng}"));
            break;
        }
        Reader point(v.toObject());
        PositionRequest p;
        p.lat = point.real("lat", -90, 90);
        p.lng = point.real("lng", -180, 180);
        p.at = point.integer("at", kMinTime, kMaxTime);
        if (!point.error().isEmpty()) {
            r.fail(QStringLiteral("a point: %1").arg(point.error()));
            break;
        }
        if (out.count++ == 0 || p.at >= out.newest.at)
            out.newest = p;
    }
    return r.result(out);
}

Parsed<QString> parseIdempotencyKey(QByteArrayView header)
{
    if (header.isEmpty() || header.size() > kMaxIdempotencyKey)
        return {std::nullopt, QStringLiteral("Idempotency-Key must be 1 to %1 characters").arg(kMaxIdempotencyKey)};
    for (const char c : header) {
        if (c < 0x21 || c > 0x7e)
            return {std::nullopt, QStringLiteral("Idempotency-Key must be printable ASCII without spaces")};
    }
    return {QString::fromLatin1(header), {}};
}

namespace {
// A text that must be one of a few words (empty allowed when optional).
QString oneOf(Reader &r, const char *name, const QStringList &allowed, const QString &fallback)
{
    const QString v = r.text(name, 20, false);
    if (v.isEmpty())
        return fallback;
    if (!allowed.contains(v))
        r.fail(QStringLiteral("%1 must be one of %2").arg(QLatin1StringView(name), allowed.join(QStringLiteral(", "))));
    return v;
}
} // namespace

Parsed<PayRequest> parsePay(QByteArrayView body)
{
    Reader r(body, true);
    PayRequest out;
    out.method = oneOf(r, "method", {QStringLiteral("stub")}, QStringLiteral("stub"));
    out.card = oneOf(r, "card",
                     {QStringLiteral("stub_ok"), QStringLiteral("stub_declined"), QStringLiteral("stub_pending"),
                      QStringLiteral("stub_refund_busy")},
                     QStringLiteral("stub_ok"));
    return r.result(out);
}

Parsed<ComplaintRequest> parseComplaint(QByteArrayView body)
{
    Reader r(body);
    ComplaintRequest out;
    out.category = oneOf(r, "category",
                         {QStringLiteral("no_show"), QStringLiteral("quality"), QStringLiteral("damage"), QStringLiteral("attitude"),
                          QStringLiteral("overcharge"), QStringLiteral("safety"), QStringLiteral("other")},
                         QString());
    if (out.category.isEmpty())
        r.fail(QStringLiteral("category is missing"));
    out.severity = oneOf(r, "severity", {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")},
                         QStringLiteral("medium"));
    out.ask = oneOf(r, "ask",
                    {QStringLiteral("return_visit"), QStringLiteral("refund"), QStringLiteral("apology"),
                     QStringLiteral("compensation")},
                    QString());
    out.description = r.text("description", kMaxDescription);
    return r.result(out);
}

Parsed<RefundAskRequest> parseRefundAsk(QByteArrayView body)
{
    Reader r(body);
    RefundAskRequest out;
    out.amountFen = r.integer("amount_fen", 1, kMaxRefundFen);
    out.reason = r.text("reason", kMaxText);
    if (!r.field("complaint_id").isUndefined() && !r.field("complaint_id").isNull())
        out.complaintId = r.id("complaint_id");
    return r.result(out);
}

Parsed<AvailabilityRequest> parseAvailability(QByteArrayView body)
{
    Reader r(body);
    const QJsonValue hours = r.field("hours");
    AvailabilityRequest out;
    if (!hours.isArray() || hours.toArray().size() > kMaxSpans) {
        r.fail(QStringLiteral("hours must be an array of at most %1 spans {weekday, start_min, end_min}").arg(kMaxSpans));
        return r.result(out);
    }
    for (const QJsonValue &v : hours.toArray()) {
        if (!v.isObject()) {
            r.fail(QStringLiteral("each span must be an object {weekday, start_min, end_min}"));
            break;
        }
        Reader span(v.toObject());
        HoursRequest h;
        h.weekday = int(span.integer("weekday", 1, 7));
        h.startMin = int(span.integer("start_min", 0, 1440));
        h.endMin = int(span.integer("end_min", 0, 1440));
        if (span.error().isEmpty() && h.endMin <= h.startMin)
            span.fail(QStringLiteral("end_min must be after start_min"));
        for (const HoursRequest &o : std::as_const(out.hours)) {
            if (span.error().isEmpty() && o.weekday == h.weekday && h.startMin < o.endMin && o.startMin < h.endMin)
                span.fail(QStringLiteral("two spans of weekday %1 overlap").arg(h.weekday));
        }
        if (!span.error().isEmpty()) {
            r.fail(QStringLiteral("a span: %1").arg(span.error()));
            break;
        }
        out.hours.append(h);
    }
    const QJsonValue days = r.field("days_off");
    if (days.isUndefined() || days.isNull())
        return r.result(out);
    if (!days.isArray() || days.toArray().size() > kMaxDaysOff) {
        r.fail(QStringLiteral("days_off must be an array of at most %1 dates").arg(kMaxDaysOff));
        return r.result(out);
    }
    QStringList daysOff;
    for (const QJsonValue &v : days.toArray()) {
        const QString day = v.toString();
        const auto digitsAndDashes = [&day] {
            for (qsizetype i = 0; i < day.size(); ++i) {
                if ((i == 4 || i == 7) ? day.at(i) != u'-' : !day.at(i).isDigit())
                    return false;
            }
            return true;
        };
        if (!v.isString() || day.size() != 10 || !digitsAndDashes() || !QDate::fromString(day, Qt::ISODate).isValid()) {
            r.fail(QStringLiteral("each day off must be a date YYYY-MM-DD"));
            break;
        }
        daysOff.append(day);
    }
    daysOff.sort();
    daysOff.removeDuplicates();
    out.daysOff = daysOff;
    return r.result(out);
}

Parsed<PeriodRequest> parsePeriod(QStringView date, QStringView from, QStringView to, qint64 now)
{
    const auto dayOf = [](qint64 t) { return t - (((t + kChinaOffset) % 86400) + 86400) % 86400; };
    if (!date.isEmpty()) {
        if (!from.isEmpty() || !to.isEmpty())
            return {std::nullopt, QStringLiteral("give date or from and to, not both")};
        const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
        if (!d.isValid() || date.size() != 10)
            return {std::nullopt, QStringLiteral("date must be YYYY-MM-DD")};
        const qint64 start = (d.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 - kChinaOffset;
        if (start < kMinTime || start > kMaxTime)
            return {std::nullopt, QStringLiteral("date is out of range")};
        return {PeriodRequest{start, start + 86400}, {}};
    }
    if (from.isEmpty() && to.isEmpty()) {
        const qint64 start = dayOf(now);
        return {PeriodRequest{start, start + 86400}, {}};
    }
    bool okFrom = false, okTo = false;
    const qint64 f = from.toLongLong(&okFrom), t = to.toLongLong(&okTo);
    if (!okFrom || !okTo || f < kMinTime || t > kMaxTime)
        return {std::nullopt, QStringLiteral("from and to must be times in seconds since the epoch")};
    if (t <= f || t - f > kMaxPeriod)
        return {std::nullopt, QStringLiteral("to must be after from, at most 31 days later")};
    return {PeriodRequest{f, t}, {}};
}

} // namespace doorstep::server::api
