#include "ui/providers/scan_files.h"

#include "domain/scan_format.h"
#include "services/provider_review_service.h"
#include "ui/message_box.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>

namespace doorstep::ui {
namespace {
// Files up to this size are read whole, so the service's refusal names their
// real size; beyond it only enough bytes to be refused as too large are read
// (nobody should wait for a 4 GiB video to load just to be told no).
constexpr qint64 kReadWholeUpTo = 256 * 1024 * 1024;
} // namespace

int attachScanFiles(QWidget *parent, services::ServiceLayer &services, qint64 credentialId, const QStringList &paths)
{
    services::ProviderReviewService review(services);
    int attached = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::warning(parent, QApplication::translate("ScanFiles", "Add scan"),
                                QApplication::translate("ScanFiles", "\"%1\" could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            continue;
        }
        const QByteArray bytes = file.size() <= kReadWholeUpTo ? file.readAll() : file.read(domain::kMaxScanBytes + 1);
        try {
            review.addScan(credentialId, path, bytes);
            ++attached;
        } catch (const std::exception &e) {
            MessageBox::error(parent, e);
        }
    }
    return attached;
}

} // namespace doorstep::ui
