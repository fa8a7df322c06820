// libFuzzer harness for scan format detection (domain/scan_format.h): the
// format comes from the first bytes only, and a detected format's bytes
// really start with its signature.
#include "domain/scan_format.h"

#include <cstdlib>

using namespace doorstep::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ScanFormat> format = sniffScan(bytes);
    if (!format)
        return 0;
    const QByteArrayView signature = *format == ScanFormat::Png ? QByteArrayView("\x89PNG\r\n\x1a\n", 8)
                                   : *format == ScanFormat::Jpeg ? QByteArrayView("\xff\xd8\xff", 3)
                                                                 : QByteArrayView("%PDF-", 5);
    if (!bytes.startsWith(signature) || scanMime(*format).isEmpty())
        std::abort();
    return 0;
}
