#include "api/api_messages.h"

#include "domain/mobile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

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

} // namespace doorstep::server::api
