#pragma once
// Photos attached to a complaint (issue #13): stored inside the encrypted
// store like credential scans, under the same rules (services/scan_upload:
// PNG, JPEG or PDF by their first bytes, at most domain::kMaxScanBytes).
// Added by those who handle complaints (ComplaintHandle), at intake or later,
// each one line of the complaint's timeline; opened by those who see
// complaints (ComplaintView), each opening an audit entry, as viewing a scan is.
// Anonymising the customer deletes them (services/privacy_erasure).
#include "services/service_layer.h"

namespace doorstep::services {

struct ComplaintAttachment
{
    qint64 id = 0;
    QString fileName;
    QString mime;
    qint64 bytes = 0;
    QString addedBy;
    qint64 createdAt = 0;
};

class ComplaintAttachments
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintAttachments)
public:
    explicit ComplaintAttachments(ServiceLayer &services) : m_services(services) {}

    qint64 add(qint64 complaintId, const QString &fileName, const QByteArray &bytes);
    // The same inside another action (the intake stores the photos taken with
    // the complaint in its own transaction): checks, stores, one timeline row.
    // Returns the attachment's id; the caller describes the action.
    static qint64 addWithinAction(ActionContext &ctx, qint64 complaintId, const QString &fileName, const QByteArray &bytes);
    // The stored bytes; `mime` receives "image/png", "image/jpeg" or "application/pdf".
    QByteArray open(qint64 attachmentId, QString *mime = nullptr);
    // Oldest first, without their bytes (empty without ComplaintView).
    static QList<ComplaintAttachment> list(store::Database &db, const Session &session, qint64 complaintId);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
