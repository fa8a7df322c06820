#include "services/scan_upload.h"

#include "services/provider_review_service.h"
#include "services/service_error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace doorstep::services {
namespace {
QString formatMiB(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

// The messages were first written for credential scans: they keep that
// class's context, so the translations made for them still apply.
domain::ScanFormat acceptScan(const QString &fileName, const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty())
        throw ServiceError::invalid(ProviderReviewService::tr("\"%1\" is empty.").arg(name));
    if (bytes.size() > domain::kMaxScanBytes)
        throw ServiceError::invalid(ProviderReviewService::tr("\"%1\" is %2 MiB; a scan may be at most %3 MiB.")
                                        .arg(name, formatMiB(bytes.size()), QString::number(domain::kMaxScanBytes / (1024 * 1024))));
    const auto format = domain::sniffScan(bytes);
    if (!format)
        throw ServiceError::invalid(ProviderReviewService::tr("\"%1\" is not a PNG, JPEG or PDF file; only those can be attached.").arg(name));
    return *format;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace doorstep::services
