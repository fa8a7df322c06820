#pragma once
// Attaching scan files to a credential, shared by the review page and the
// directory's detail pane: the file is read and handed to the service, which
// decides (by size and first bytes) whether it is accepted and says why not.
#include <QStringList>

class QWidget;

namespace doorstep::services {
class ServiceLayer;
}

namespace doorstep::ui {

// Returns how many files were attached; each refusal is shown via MessageBox.
int attachScanFiles(QWidget *parent, services::ServiceLayer &services, qint64 credentialId, const QStringList &paths);

} // namespace doorstep::ui
