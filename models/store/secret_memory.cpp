#include "store/secret_memory.h"

#include <openssl/crypto.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace doorstep::store {
namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
} // namespace

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

void wipe(std::string &text)
{
    if (!text.empty())
        OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

QByteArray rawKeyLiteral(QByteArrayView key)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(key.size() * 2 + 3); // no reallocation: no stray copies
    out.append("x'");
    for (const char c : key) {
        out.append(kHex[(uchar(c) >> 4) & 0xf]);
        out.append(kHex[uchar(c) & 0xf]);
    }
    out.append('\'');
    return out;
}

bool disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    if (kSanitized)
        return limited; // LeakSanitizer ptraces its own process at exit, which PR_SET_DUMPABLE = 0 forbids
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
#else
    return true; // see the header: nothing to switch off by default
#endif
}

} // namespace doorstep::store
