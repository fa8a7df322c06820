#include "ui/providers/scan_files.h"

#include "domain/scan_format.h"
#include "services/provider_review_service.h"
#include "ui/message_box.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>

namespace doorstep::ui {

ScanFile readScanFile(const QString &path)
{
    const QFileInfo info(path);
    // Too large is known from the size alone: say so before reading a byte
    // (nobody should wait for a 4 GiB video to load just to be told no).
    // The service makes the same refusal for bytes from anywhere else.
    if (info.size() > domain::kMaxScanBytes)
        return {{}, QApplication::translate("ScanFiles", "\"%1\" is %2 MiB; a scan may be at most %3 MiB.")
                        .arg(info.fileName(), QString::number(double(info.size()) / (1024.0 * 1024.0), 'f', 1),
                             QString::number(domain::kMaxScanBytes / (1024 * 1024)))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QApplication::translate("ScanFiles", "\"%1\" could not be read: %2").arg(info.fileName(), file.errorString())};
    // At most one byte over the limit, should the file have grown since.
    return {file.read(domain::kMaxScanBytes + 1), {}};
}

int attachScanFiles(QWidget *parent, services::ServiceLayer &services, qint64 credentialId, const QStringList &paths)
{
    services::ProviderReviewService review(services);
    int attached = 0;
    for (const QString &path : paths) {
        const ScanFile file = readScanFile(path);
        if (!file.error.isEmpty()) {
            MessageBox::warning(parent, QApplication::translate("ScanFiles", "Add scan"), file.error);
            continue;
        }
        try {
            review.addScan(credentialId, path, file.bytes);
            ++attached;
        } catch (const std::exception &e) {
            MessageBox::error(parent, e);
        }
    }
    return attached;
}

} // namespace doorstep::ui
