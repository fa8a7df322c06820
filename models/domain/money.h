#pragma once
// Money as an integer number of fen (1 yuan = 100 fen), as the store keeps it.
// No floating point anywhere: 0.1 + 0.2 yuan must be exactly 30 fen, and a
// refund of half an order must not lose a fen to rounding.
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace doorstep::domain {

class Money
{
public:
    constexpr Money() noexcept = default;
    static constexpr Money fromFen(qint64 fen) noexcept { return Money(fen); }
    constexpr qint64 fen() const noexcept { return m_fen; }

    // A yuan amount as people write it: "12", "0.01", "1,234.5", "¥1,234.50",
    // "￥12", "12元", "-3.5", "-¥3.50", "¥-3.50"; surrounding spaces ignored.
    // Refused: more than two decimals ("1.234": fen are the smallest unit),
    // misplaced separators ("1,23", "12,3456"), ".5", "5.", leading zeros
    // ("007"), exponents, and more than 15 integer digits.
    static std::optional<Money> parse(QStringView text);

    // "1234.50", "-0.05": for files and edit fields (parse() reads it back).
    QString toString() const { return format(false); }
    // "¥1,234.50", "-¥0.05": for people. Fixed, not locale-dependent, so a
    // report shows the same figure on every machine.
    QString toDisplayString() const { return format(true); }

    friend constexpr bool operator==(const Money &, const Money &) noexcept = default;
    friend constexpr auto operator<=>(const Money &, const Money &) noexcept = default;
    constexpr Money operator-() const noexcept { return Money(-m_fen); }
    friend constexpr Money operator+(Money a, Money b) noexcept { return Money(a.m_fen + b.m_fen); }
    friend constexpr Money operator-(Money a, Money b) noexcept { return Money(a.m_fen - b.m_fen); }
    friend constexpr Money operator*(Money a, qint64 times) noexcept { return Money(a.m_fen * times); }
    constexpr Money &operator+=(Money o) noexcept { m_fen += o.m_fen; return *this; }
    constexpr Money &operator-=(Money o) noexcept { m_fen -= o.m_fen; return *this; }

private:
    constexpr explicit Money(qint64 fen) noexcept : m_fen(fen) {}
    QString format(bool forPeople) const;

    qint64 m_fen = 0;
};

inline std::optional<Money> Money::parse(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    auto takeSign = [&] {
        if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'\u2212') && !negative) {
            negative = true;
            s = s.sliced(1);
        }
    };
    takeSign();
    if (!s.isEmpty() && (s.front() == u'\u00A5' || s.front() == u'\uFFE5')) // ¥ and the full-width ￥ of Chinese IMEs
        s = s.sliced(1).trimmed();
    takeSign();
    if (s.endsWith(u'\u5143')) // 元
        s = s.chopped(1).trimmed();

    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? s : s.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : s.sliced(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return std::nullopt;

    // Whole yuan: digits, optionally grouped in threes by commas (1,234,567).
    qint64 yuan = 0;
    int digits = 0;
    int sinceComma = -1; // -1: no comma seen yet
    for (QChar c : whole) {
        if (c == u',') {
            if (digits == 0 || (sinceComma < 0 ? digits > 3 : sinceComma != 3))
                return std::nullopt;
            sinceComma = 0;
            continue;
        }
        if (c.unicode() < u'0' || c.unicode() > u'9' || ++digits > 15)
            return std::nullopt;
        if (sinceComma >= 0)
            ++sinceComma;
        yuan = yuan * 10 + (c.unicode() - u'0');
    }
    if ((sinceComma >= 0 && sinceComma != 3) || (whole.size() > 1 && whole.front() == u'0'))
        return std::nullopt;

    qint64 cents = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - u'0');
    }
    const qint64 fen = yuan * 100 + cents; // < 10^17: no overflow
    return Money(negative ? -fen : fen);
}

inline QString Money::format(bool forPeople) const
{
    // Through unsigned so that the most negative value has a magnitude too.
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    const QString digits = QString::number(magnitude / 100);
    QString out;
    out.reserve(digits.size() + digits.size() / 3 + 6);
    if (m_fen < 0)
        out.append(u'-');
    if (forPeople)
        out.append(u'\u00A5');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (forPeople && i > 0 && (digits.size() - i) % 3 == 0)
            out.append(u',');
        out.append(digits[i]);
    }
    const int cents = int(magnitude % 100);
    out.append(u'.');
    out.append(QChar(char16_t(u'0' + cents / 10)));
    out.append(QChar(char16_t(u'0' + cents % 10)));
    return out;
}

} // namespace doorstep::domain
