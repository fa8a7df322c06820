#include "services/complaint_attachments.h"

#include "services/complaint_timeline.h"
#include "services/scan_upload.h"
#include "store/sqlite.h"

#include <QFileInfo>

namespace doorstep::services {

qint64 ComplaintAttachments::addWithinAction(ActionContext &ctx, qint64 complaintId, const QString &fileName, const QByteArray &bytes)
{
    const domain::ScanFormat format = acceptScan(fileName, bytes);
    if (!ctx.db().scalar("SELECT 1 FROM complaints WHERE id = ?", complaintId).isValid())
        throw ServiceError::notFound(tr("The complaint no longer exists."));
    const QString name = QFileInfo(fileName).fileName().isEmpty() ? QStringLiteral("photo") : QFileInfo(fileName).fileName();
    const qint64 id = ctx.newId();
    auto ins = ctx.db().prepare("INSERT INTO complaint_attachments(id, complaint_id, file_name, mime, bytes, sha256, added_by, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bindAll(id, complaintId, name, domain::scanMime(format));
    ins.bindBlob(5, bytes);
    ins.bind(6, sha256Hex(bytes));
    ins.bind(7, ctx.actor().staffId);
    ins.bind(8, ctx.now());
    ins.exec();
    ctx.changed(QStringLiteral("complaint_attachments"), id);
    recordComplaintEvent(ctx, complaintId, {QStringLiteral("attachment"), name, {}, {}, {}, {}, {}});
    return id;
}

qint64 ComplaintAttachments::add(qint64 complaintId, const QString &fileName, const QByteArray &bytes)
{
    return m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.attachment_add"), [&](ActionContext &ctx) {
        const qint64 id = addWithinAction(ctx, complaintId, fileName, bytes);
        ctx.describe(QStringLiteral("complaint_attachments"), id,
                     {{QStringLiteral("complaint"), QString::number(complaintId)},
                      {QStringLiteral("mime"), domain::scanMime(*domain::sniffScan(bytes))}, // accepted above
                      {QStringLiteral("bytes"), bytes.size()}});
        return id;
    });
}

QByteArray ComplaintAttachments::open(qint64 attachmentId, QString *mime)
{
    return m_services.perform(Permission::ComplaintView, QStringLiteral("complaint.attachment_viewed"), [&](ActionContext &ctx) {
        auto st = ctx.db().prepare("SELECT bytes, mime, complaint_id FROM complaint_attachments WHERE id = ?");
        st.bind(1, attachmentId);
        if (!st.next())
            throw ServiceError::notFound(tr("The attachment no longer exists."));
        if (mime)
            *mime = st.text(1);
        ctx.describe(QStringLiteral("complaint_attachments"), attachmentId, {{QStringLiteral("complaint"), QString::number(st.int64(2))}});
        return st.blob(0);
    });
}

QList<ComplaintAttachment> ComplaintAttachments::list(store::Database &db, const Session &session, qint64 complaintId)
{
    QList<ComplaintAttachment> out;
    if (!session.can(Permission::ComplaintView))
        return out;
    auto st = db.prepare("SELECT a.id, a.file_name, a.mime, length(a.bytes), s.display_name, a.created_at FROM complaint_attachments a"
                         " LEFT JOIN staff s ON s.id = a.added_by WHERE a.complaint_id = ? ORDER BY a.created_at, a.id");
    st.bindAll(complaintId);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.int64(3), st.text(4), st.int64(5)});
    return out;
}

} // namespace doorstep::services
