#pragma once
// Shows one credential scan: images with zoom and rotation, PDFs a page at a
// time (rendered with Qt PDF when the build has it; otherwise the viewer says
// so and offers the system's viewer on a temporary copy).
#include <QWidget>

#include <memory>

class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QStackedWidget;
class QToolButton;
class QPdfDocument;

namespace doorstep::ui {

class ScanViewer : public QWidget
{
    Q_OBJECT
public:
    explicit ScanViewer(QWidget *parent = nullptr);
    ~ScanViewer() override;

    // bytes: the stored scan; mime: "image/png", "image/jpeg" or "application/pdf".
    void setScan(const QByteArray &bytes, const QString &mime, const QString &fileName);
    void clear(const QString &message = {});

    static bool pdfSupported();

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void rotateClockwise();
    void showPage(int page);

    double zoom() const { return m_zoom; }      // view scale; 1.0 = one image pixel per screen pixel
    int rotation() const { return m_rotation; } // 0, 90, 180, 270
    bool fitting() const { return m_fit; }
    int pageCount() const { return m_pages; }
    int currentPage() const { return m_page; }
    QGraphicsView *view() const { return m_view; }
    bool hasImage() const;
    // Hands a decrypted copy to the system's viewer (the button does this).
    void openExternally();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage(const QImage &image);
    void applyTransform();
    void updateButtons();

    QLabel *m_title;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fitButton;
    QToolButton *m_rotate;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QStackedWidget *m_stack;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QGraphicsPixmapItem *m_item = nullptr;
    QLabel *m_message;
    QToolButton *m_external;
    QByteArray m_bytes;
    QString m_fileName;
    double m_zoom = 1.0;
    int m_rotation = 0;
    bool m_fit = true;
    int m_page = 0;
    int m_pages = 0;
#ifdef DOORSTEP_HAVE_QTPDF
    std::unique_ptr<QPdfDocument> m_pdf;
#endif
};

} // namespace doorstep::ui
