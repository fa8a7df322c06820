#include "sync/enrollment_code.h"

#include "store/key_crypto.h"

#include <QCryptographicHash>

namespace doorstep::server::sync {
namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kGroups = 5;
constexpr int kGroupSize = 5; // 25 characters × 5 bits = 125 bits
} // namespace

QString newEnrollmentCode()
{
    const QByteArray random = store::crypto::randomBytes(kGroups * kGroupSize);
    QString code;
    for (int i = 0; i < kGroups * kGroupSize; ++i) {
        if (i > 0 && i % kGroupSize == 0)
            code += u'-';
        code += QLatin1Char(kAlphabet[uchar(random[i]) & 31]); // 256 is a multiple of 32: no bias
    }
    return code;
}

QString normaliseEnrollmentCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        char16_t u = c.toUpper().unicode();
        if (u == u'I' || u == u'L')
            u = u'1';
        else if (u == u'O')
            u = u'0';
        if (u > 0x7f || !std::char_traits<char>::find(kAlphabet, 32, char(u)))
            return {};
        out += QChar(u);
    }
    return out;
}

QByteArray enrollmentCodeHash(const QString &typed)
{
    return QCryptographicHash::hash(normaliseEnrollmentCode(typed).toLatin1(), QCryptographicHash::Sha256);
}

} // namespace doorstep::server::sync
