#include "domain/scan_format.h"

namespace doorstep::domain {

std::optional<ScanFormat> sniffScan(QByteArrayView bytes)
{
    static constexpr char png[] = "\x89PNG\r\n\x1a\n";
    if (bytes.startsWith(QByteArrayView(png, 8)))
        return ScanFormat::Png;
    if (bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return ScanFormat::Jpeg;
    if (bytes.startsWith(QByteArrayView("%PDF-", 5)))
        return ScanFormat::Pdf;
    return std::nullopt;
}

QString scanMime(ScanFormat format)
{
    switch (format) {
    case ScanFormat::Png: return QStringLiteral("image/png");
    case ScanFormat::Jpeg: return QStringLiteral("image/jpeg");
    case ScanFormat::Pdf: return QStringLiteral("application/pdf");
    }
    return {};
}

} // namespace doorstep::domain
