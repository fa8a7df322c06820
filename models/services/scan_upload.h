#pragma once
// What every stored file of the console passes before it is kept: not empty,
// at most domain::kMaxScanBytes, and a PNG, JPEG or PDF by its first bytes
// (domain/scan_format). Credential scans (ProviderReviewService::addScan) and
// complaint photos (ComplaintAttachments::add) both go through it.
#include "domain/scan_format.h"

#include <QByteArray>
#include <QString>

namespace doorstep::services {

// The format, or ServiceError::invalid naming the file and what is wrong.
domain::ScanFormat acceptScan(const QString &fileName, const QByteArray &bytes);
QString sha256Hex(const QByteArray &bytes);

} // namespace doorstep::services
