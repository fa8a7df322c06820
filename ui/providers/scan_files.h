#pragma once
// Files to be kept in the store as scans or photos (credential scans, a
// complaint's photos, at intake or later): the file is read here and handed
// to the service, which decides (services/scan_upload: size and first bytes)
// whether it is accepted and says why not.
#include <QByteArray>
#include <QStringList>

class QWidget;

namespace doorstep::services {
class ServiceLayer;
}

namespace doorstep::ui {

struct ScanFile
{
    QByteArray bytes;
    QString error; // empty: read (the service still judges the bytes)
};

// Reads at most one byte over domain::kMaxScanBytes. A file too large by its
// size is refused before a byte is read; one that cannot be opened is named.
ScanFile readScanFile(const QString &path);

// Returns how many files were attached; each refusal is shown via MessageBox.
int attachScanFiles(QWidget *parent, services::ServiceLayer &services, qint64 credentialId, const QStringList &paths);

} // namespace doorstep::ui
