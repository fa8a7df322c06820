#include "domain/masking.h"

namespace doorstep::domain {
namespace {
// Keeps `head` leading and `tail` trailing characters when the value is long
// enough for the rest to stay hidden; otherwise hides everything.
QString keepEnds(QStringView s, int head, int tail)
{
    if (s.isEmpty())
        return QString();
    if (s.size() <= head + tail + 2)
        return QString(s.size(), u'*');
    return s.first(head).toString() + QString(s.size() - head - tail, u'*') + s.last(tail).toString();
}
} // namespace

QString maskPhone(QStringView phone)
{
    return keepEnds(phone, 3, 4);
}

QString maskIdNumber(QStringView id)
{
    return keepEnds(id, 6, 4);
}

QString maskName(QStringView name)
{
    if (name.size() <= 1)
        return name.isEmpty() ? QString() : QStringLiteral("*");
    return name.first(1).toString() + QString(name.size() - 1, u'*');
}

} // namespace doorstep::domain
