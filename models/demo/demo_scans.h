#pragma once
// Scans for the demo franchise's onboarding queue, so a supervisor who opens
// an application sees what a reviewer really looks at: a phone photo of the
// ID card (PNG), of the health certificate (JPEG) and a two-page PDF of the
// qualification certificate, each showing the applicant's name and the
// credential's own number, issuer and dates. Drawn with QPainter (QtGui; no
// widgets), small (about 20-60 KiB each) and the same for the same seed.
//
// Drawing text needs fonts, and fonts need a QGuiApplication: without one
// (doorstep-cli, GUI-less tests) no scans are drawn and the demo is otherwise
// the same.
#include <QByteArray>
#include <QDate>
#include <QString>

namespace doorstep::services {
class ActionContext;
}

namespace doorstep::demo {

struct ScanSubject
{
    QString name;
    QString gender;            // "m", "f"
    QDate birth;
    QString idNumber;
    QString address;
    QString type;              // credentials.type
    QString qualificationName; // for "qualification"
    QString number;
    QString issuer;
    QDate validFrom;
    QDate validTo;
};

struct DemoScan
{
    QString fileName;
    QString mime;
    QByteArray bytes;
};

bool canDrawScans();
// `variation` tilts and shades the photo a little, so no two look the same.
DemoScan drawScan(const ScanSubject &subject, quint64 variation);

// Inside the demo seed action: scans of the credentials of the first
// `applications` open applications of the queue (longest waiting first, as
// the reviewer meets them), as the applicants uploaded them. Applicants asked
// for a clearer health certificate have none for it. Returns the number of
// scans stored; 0 when canDrawScans() is false.
int seedQueueScans(services::ActionContext &ctx, int applications, quint64 seed);

} // namespace doorstep::demo
