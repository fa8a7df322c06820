#include "ui/providers/credential_card.h"

#include "domain/provider_states.h"
#include "domain/scan_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/provider_text.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            out.append(url.toLocalFile());
    return out;
}

} // namespace

QString credentialTitle(const CredentialInfo &c)
{
    return itemmodels::ProviderText::credentialType(c.type, c.qualificationName);
}

CredentialCard::CredentialCard(const CredentialInfo &credential, bool canReview, QDate today, bool canOpenScans, QWidget *parent)
    : QFrame(parent)
    , m_credential(credential)
    , m_canReview(canReview)
    , m_number(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialCard"));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(canReview);
    setHighlighted(false);

    auto *title = new QLabel(QStringLiteral("<b>%1</b> · %2")
                                 .arg(credentialTitle(credential).toHtmlEscaped(), itemmodels::ProviderText::credentialReview(credential.review)),
                             this);
    showNumber(credential.number);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString from = credential.validFrom.isValid() ? credential.validFrom.toString(Qt::ISODate) : tr("not stated");
    QString to = credential.validTo.isValid() ? credential.validTo.toString(Qt::ISODate) : tr("does not expire");
    auto *validity = new QLabel(tr("Valid %1 – %2").arg(from, to), this);
    if (credential.validTo.isValid() && credential.validTo < today)
        validity->setText(validity->text() + QStringLiteral("  <span style='color:%1'>%2</span>")
                                                 .arg(itemmodels::toneText(itemmodels::Tone::Late, palette()).name(), tr("expired")));
    auto *issuer = new QLabel(tr("Issued by %1").arg(credential.issuer.isEmpty() ? tr("—") : credential.issuer), this);

    auto *scans = new QHBoxLayout;
    scans->setSpacing(4);
    if (credential.scans.isEmpty())
        scans->addWidget(new QLabel(canReview ? tr("No scan yet — drop a file here") : tr("No scan"), this));
    for (const ScanInfo &scan : credential.scans) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("scan"));
        b->setText(scan.fileName);
        b->setToolTip(tr("%1, %2 KiB").arg(scan.mime).arg((scan.size + 1023) / 1024));
        if (!canOpenScans) {
            b->setEnabled(false);
            b->setToolTip(tr("Scans show full ID numbers: only roles that may see them open scans."));
        }
        connect(b, &QToolButton::clicked, this, [this, id = scan.id, name = scan.fileName] { Q_EMIT scanChosen(id, name); });
        scans->addWidget(b);
    }
    scans->addStretch();
    if (canReview) {
        auto *add = new QPushButton(tr("Add scan…"), this);
        add->setObjectName(QStringLiteral("addScan"));
        add->setToolTip(tr("PNG, JPEG or PDF, at most %1 MiB; you can also drop a file on the card").arg(domain::kMaxScanBytes / (1024 * 1024)));
        connect(add, &QPushButton::clicked, this, &CredentialCard::chooseFile);
        scans->addWidget(add);
    }

    auto *heading = new QHBoxLayout;
    heading->addWidget(title, 1);
    if (canReview && domain::stateFromKey<domain::CredentialReview>(credential.review) == domain::CredentialReview::Pending) {
        const auto button = [this](const QString &text, const QString &name, const QString &tip) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(name);
            b->setToolTip(tip);
            return b;
        };
        auto *approve = button(tr("Approve"), QStringLiteral("approveCredential"), tr("Approve this credential: it matches the original or its scan"));
        auto *reject = button(tr("Reject…"), QStringLiteral("rejectCredential"), tr("Reject this credential with a reason"));
        auto *correct = button(tr("Correct…"), QStringLiteral("correctCredential"), tr("Correct its number, issuer or dates before reviewing"));
        connect(approve, &QPushButton::clicked, this, [this] { Q_EMIT approveRequested(m_credential); });
        connect(reject, &QPushButton::clicked, this, [this] { Q_EMIT rejectRequested(m_credential); });
        connect(correct, &QPushButton::clicked, this, [this] { Q_EMIT correctRequested(m_credential); });
        heading->addWidget(correct);
        heading->addWidget(reject);
        heading->addWidget(approve);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(heading);
    auto *grid = new QHBoxLayout;
    grid->addWidget(m_number);
    grid->addSpacing(12);
    grid->addWidget(issuer);
    grid->addStretch();
    layout->addLayout(grid);
    layout->addWidget(validity);
    layout->addLayout(scans);
}

void CredentialCard::showNumber(const QString &number)
{
    m_number->setText(tr("No. %1").arg(number.isEmpty() ? tr("—") : number));
}

void CredentialCard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a scan of %1").arg(credentialTitle(m_credential)), QString(),
                                                      tr("Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT filesOffered(m_credential.id, {path});
}

void CredentialCard::setHighlighted(bool on)
{
    // A drop target: the palette's highlight on a tinted card; otherwise a quiet outline.
    const QPalette &p = palette();
    setStyleSheet(on ? QStringLiteral("#credentialCard { border: 2px dashed %1; background: %2; }")
                           .arg(p.color(QPalette::Highlight).name(), itemmodels::toneFill(itemmodels::Tone::Attention, p).name())
                     : QStringLiteral("#credentialCard { border: 1px solid %1; border-radius: 4px; }")
                           .arg(itemmodels::toneStrong(itemmodels::Tone::Quiet, p).name()));
}

void CredentialCard::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_canReview && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void CredentialCard::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void CredentialCard::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QStringList files = localFiles(event->mimeData());
    if (!m_canReview || files.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesOffered(m_credential.id, files);
}

} // namespace doorstep::ui
