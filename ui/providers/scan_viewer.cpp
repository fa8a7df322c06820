#include "ui/providers/scan_viewer.h"

#include "ui/message_box.h"
#include "ui/providers/scan_temp_files.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#ifdef DOORSTEP_HAVE_QTPDF
#include <QPdfDocument>
#endif

#include <algorithm>
#include <cmath>

namespace doorstep::ui {
namespace {
constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;

// What an uploaded scan may cost to show (issue #10: untrusted files). A PDF
// page's size is whatever its MediaBox says; rendered as is, a huge box asks
// for gigabytes. Pages are rendered within a pixel budget instead (scaled
// down, never up), images larger than the budget below are not decoded, and
// at most kMaxPdfPages pages are offered.
constexpr qint64 kMaxImagePixels = 50'000'000; // a 600 dpi A4 scan is 35 MP
#ifdef DOORSTEP_HAVE_QTPDF
constexpr int kMaxRenderSide = 4096;
constexpr qint64 kMaxRenderPixels = qint64(16) * 1024 * 1024;
constexpr int kMaxPdfPages = 1000;

// Twice the page's size at 96 dpi (legible when zooming in), scaled down to
// fit the budget; empty for a page without a usable size.
QSize pageRenderSize(const QSizeF &points)
{
    if (!(points.width() > 0.0) || !(points.height() > 0.0) || !std::isfinite(points.width())
        || !std::isfinite(points.height()))
        return {};
    const double w = points.width() * (96.0 / 72.0) * 2.0;
    const double h = points.height() * (96.0 / 72.0) * 2.0;
    const double scale = std::min({1.0, kMaxRenderSide / w, kMaxRenderSide / h,
                                   std::sqrt(double(kMaxRenderPixels) / (w * h))});
    return QSize(std::clamp(qRound(w * scale), 1, kMaxRenderSide), std::clamp(qRound(h * scale), 1, kMaxRenderSide));
}
#endif

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip, const QKeySequence &key)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + u')');
    if (!key.isEmpty())
        b->setShortcut(key);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ScanViewer::ScanViewer(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_zoomIn(toolButton(this, tr("Zoom in"), tr("Zoom in"), QKeySequence(Qt::CTRL | Qt::Key_Plus)))
    , m_zoomOut(toolButton(this, tr("Zoom out"), tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus)))
    , m_fitButton(toolButton(this, tr("Fit"), tr("Fit the page to the window"), QKeySequence(Qt::CTRL | Qt::Key_0)))
    , m_rotate(toolButton(this, tr("Rotate"), tr("Rotate clockwise"), QKeySequence()))
    , m_prev(toolButton(this, tr("◀"), tr("Previous page"), QKeySequence()))
    , m_next(toolButton(this, tr("▶"), tr("Next page"), QKeySequence()))
    , m_pageLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_message(new QLabel(this))
    , m_external(new QToolButton(this))
{
    setObjectName(QStringLiteral("scanViewer"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_view->setObjectName(QStringLiteral("scanView"));
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    m_view->setBackgroundBrush(palette().color(QPalette::Mid)); // a neutral backdrop that sets the page apart
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_external->setText(tr("Open with the system viewer"));
    m_external->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_external->hide();
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_external, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(messagePage);

    connect(m_zoomIn, &QToolButton::clicked, this, &ScanViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ScanViewer::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &ScanViewer::fitToWindow);
    connect(m_rotate, &QToolButton::clicked, this, &ScanViewer::rotateClockwise);
    connect(m_prev, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_external, &QToolButton::clicked, this, &ScanViewer::openExternally);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title, 1);
    for (QWidget *w : {static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_pageLabel), static_cast<QWidget *>(m_next),
                       static_cast<QWidget *>(m_zoomOut), static_cast<QWidget *>(m_zoomIn), static_cast<QWidget *>(m_fitButton),
                       static_cast<QWidget *>(m_rotate)})
        bar->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    clear();
}

ScanViewer::~ScanViewer() = default;

bool ScanViewer::pdfSupported()
{
#ifdef DOORSTEP_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

bool ScanViewer::hasImage() const
{
    return m_item && !m_item->pixmap().isNull();
}

void ScanViewer::clear(const QString &message)
{
    m_scene->clear();
    m_item = nullptr;
    m_bytes.clear();
    m_fileName.clear();
    m_pages = 0;
    m_page = 0;
#ifdef DOORSTEP_HAVE_QTPDF
    m_pdf.reset();
#endif
    m_title->setText(tr("Scan"));
    m_message->setText(message.isEmpty() ? tr("Choose a scan of a credential to see it here.") : message);
    m_external->hide();
    m_stack->setCurrentIndex(1);
    updateButtons();
}

void ScanViewer::setScan(const QByteArray &bytes, const QString &mime, const QString &fileName)
{
    clear();
    m_bytes = bytes;
    m_fileName = fileName;
    m_rotation = 0;
    m_fit = true;
    m_title->setText(tr("%1 (%2 KiB)").arg(fileName).arg((bytes.size() + 1023) / 1024));
    if (mime == u"application/pdf") {
#ifdef DOORSTEP_HAVE_QTPDF
        m_pdf = std::make_unique<QPdfDocument>();
        auto *buffer = new QBuffer(m_pdf.get());
        buffer->setData(m_bytes);
        buffer->open(QIODevice::ReadOnly);
        m_pdf->load(buffer);
        // A fully buffered document is ready at once; the signal covers a
        // document that finishes loading later.
        connect(m_pdf.get(), &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
            if (status == QPdfDocument::Status::Ready && m_pages == 0 && m_pdf) {
                m_pages = std::min(m_pdf->pageCount(), kMaxPdfPages);
                showPage(0);
            }
        });
        if (m_pdf->status() == QPdfDocument::Status::Ready) {
            m_pages = std::min(m_pdf->pageCount(), kMaxPdfPages);
            showPage(0);
        } else if (m_pdf->status() == QPdfDocument::Status::Error) {
            clear(tr("%1 could not be read as a PDF.").arg(fileName));
        }
#else
        m_message->setText(tr("%1 is a PDF (%2 KiB). This build of Doorstep cannot show PDF pages (Qt PDF is not installed).")
                               .arg(fileName)
                               .arg((bytes.size() + 1023) / 1024));
        m_external->show();
        m_stack->setCurrentIndex(1);
#endif
        updateButtons();
        return;
    }
    // The header's size is checked before anything is decoded.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxImagePixels) {
        clear(tr("%1 is %2 × %3 pixels, too large to show here.").arg(fileName).arg(size.width()).arg(size.height()));
        m_external->show();
        return;
    }
    QImage image;
    if (!reader.read(&image)) {
        clear(tr("%1 could not be shown as an image.").arg(fileName));
        m_external->show();
        return;
    }
    showImage(image);
}

void ScanViewer::showImage(const QImage &image)
{
    m_scene->clear();
    m_item = m_scene->addPixmap(QPixmap::fromImage(image));
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_scene->setSceneRect(m_item->boundingRect());
    m_stack->setCurrentIndex(0);
    applyTransform();
    updateButtons();
}

void ScanViewer::showPage(int page)
{
#ifdef DOORSTEP_HAVE_QTPDF
    if (!m_pdf || page < 0 || page >= m_pages)
        return;
    m_page = page;
    const QSize pixels = pageRenderSize(m_pdf->pagePointSize(page));
    const QImage image = pixels.isEmpty() ? QImage() : m_pdf->render(page, pixels);
    if (image.isNull()) {
        // Only this page: the others may still be shown.
        m_scene->clear();
        m_item = nullptr;
        m_message->setText(tr("Page %1 of %2 could not be shown.").arg(page + 1).arg(m_fileName));
        m_stack->setCurrentIndex(1);
        updateButtons();
        return;
    }
    showImage(image);
#else
    Q_UNUSED(page);
#endif
}

void ScanViewer::zoomIn()
{
    if (!hasImage())
        return;
    m_fit = false;
    m_zoom = std::min(kMaxZoom, m_zoom * kStep);
    applyTransform();
}

void ScanViewer::zoomOut()
{
    if (!hasImage())
        return;
    m_fit = false;
    m_zoom = std::max(kMinZoom, m_zoom / kStep);
    applyTransform();
}

void ScanViewer::fitToWindow()
{
    m_fit = true;
    applyTransform();
}

void ScanViewer::rotateClockwise()
{
    if (!hasImage())
        return;
    m_rotation = (m_rotation + 90) % 360;
    applyTransform();
}

void ScanViewer::applyTransform()
{
    if (!hasImage())
        return;
    if (m_fit) {
        // The scale at which the rotated image fills the viewport.
        QTransform rotated;
        rotated.rotate(m_rotation);
        const QRectF bounds = rotated.mapRect(m_item->boundingRect());
        const QSize viewport = m_view->viewport()->size();
        if (bounds.width() > 0 && bounds.height() > 0 && viewport.width() > 0)
            m_zoom = std::clamp(std::min((viewport.width() - 8) / bounds.width(), (viewport.height() - 8) / bounds.height()), kMinZoom, kMaxZoom);
    }
    QTransform t;
    t.rotate(m_rotation);
    t.scale(m_zoom, m_zoom);
    m_view->setTransform(t);
    m_view->centerOn(m_item);
    updateButtons();
}

void ScanViewer::updateButtons()
{
    const bool image = hasImage();
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_fitButton, m_rotate})
        b->setEnabled(image);
    const bool paged = m_pages > 1;
    m_prev->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pages));
}

void ScanViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        applyTransform();
}

void ScanViewer::openExternally()
{
    // The system viewer needs a file: a decrypted copy in the console's
    // private folder, named by the scan's real format, deleted on lock,
    // logout and exit (scan_temp_files.h).
    QString error;
    const QString path = scan_temp_files::write(m_bytes, &error);
    if (path.isEmpty()) {
        MessageBox::warning(this, tr("Scan"), error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace doorstep::ui
