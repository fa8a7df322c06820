#pragma once
// Credential scans: which files are accepted, decided by their first bytes
// (a renamed .exe stays refused whatever its name says), and how large.
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace doorstep::domain {

enum class ScanFormat { Png, Jpeg, Pdf };

// 10 MiB: a phone photo of a certificate is 2-5 MiB; a scan larger than this
// is usually a mistake (a video, a whole album), and every byte is encrypted
// and synced.
inline constexpr qint64 kMaxScanBytes = 10 * 1024 * 1024;

// PNG (89 50 4E 47 0D 0A 1A 0A), JPEG (FF D8 FF), PDF ("%PDF-"); nullopt otherwise.
std::optional<ScanFormat> sniffScan(QByteArrayView bytes);
QString scanMime(ScanFormat format); // "image/png", "image/jpeg", "application/pdf" (as stored)

} // namespace doorstep::domain
