// The scan viewer on hostile files (issue #10): what an uploaded scan can
// make the console allocate is bounded.
#include "ui/providers/scan_viewer.h"

#include <QApplication>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QTest>
#include <QtEndian>

using namespace doorstep;

namespace {
// A one-page PDF whose MediaBox is width x height points, with a correct
// cross-reference table (so the reader needs no repair).
QByteArray pdfWithPage(int width, int height)
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(width) + ' ' + QByteArray::number(height)
            + "] /Contents 4 0 R >>",
        "<< /Length 20 >>\nstream\n0 0 m 100 100 l S\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG declaring width x height pixels that holds no pixel data (an empty
// IDAT): enough for a reader to learn the size, nothing to decode.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    auto chunk = [&png](const QByteArray &type, const QByteArray &data) {
        char be[4];
        qToBigEndian(quint32(data.size()), be);
        png.append(be, 4);
        const QByteArray body = type + data;
        png += body;
        qToBigEndian(crc32(body), be);
        png.append(be, 4);
    };
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // 8-bit RGB, no interlace
    header[9] = 2;
    chunk("IHDR", header);
    chunk("IDAT", QByteArray());
    chunk("IEND", QByteArray());
    return png;
}

QSize shownPixmapSize(const ui::ScanViewer &viewer)
{
    for (QGraphicsItem *item : viewer.view()->scene()->items())
        if (auto *pixmap = dynamic_cast<QGraphicsPixmapItem *>(item))
            return pixmap->pixmap().size();
    return {};
}
} // namespace

class TestScanViewer : public QObject
{
    Q_OBJECT
private slots:
    void aPdfPageWithAHugeMediaBoxIsShownScaledDown()
    {
        if (!ui::ScanViewer::pdfSupported())
            QSKIP("this build has no Qt PDF");
        // 5000 x 5000 points rendered "as is" at twice 96 dpi was a
        // 13,333 px square: 711 MB for one page of an uploaded file.
        ui::ScanViewer viewer;
        viewer.resize(400, 300);
        viewer.setScan(pdfWithPage(5000, 5000), QStringLiteral("application/pdf"), QStringLiteral("huge.pdf"));
        QCOMPARE(viewer.pageCount(), 1);
        QVERIFY(viewer.hasImage());
        const QSize shown = shownPixmapSize(viewer);
        QVERIFY2(shown.width() <= 4096 && shown.height() <= 4096, qPrintable(QStringLiteral("%1 x %2").arg(shown.width()).arg(shown.height())));
        QVERIFY(qint64(shown.width()) * shown.height() <= qint64(16) * 1024 * 1024);
        QVERIFY(qAbs(shown.width() - shown.height()) <= 1); // scaled, not squashed
        // An ordinary A4 page keeps its full resolution (1587 x 2245 px).
        viewer.setScan(pdfWithPage(595, 842), QStringLiteral("application/pdf"), QStringLiteral("a4.pdf"));
        QCOMPARE(shownPixmapSize(viewer), QSize(1587, 2245));
    }

    void anImageDeclaringTooManyPixelsIsNotDecoded()
    {
        ui::ScanViewer viewer;
        viewer.setScan(pngDeclaring(30000, 30000), QStringLiteral("image/png"), QStringLiteral("huge.png"));
        QVERIFY(!viewer.hasImage());
        const auto labels = viewer.findChildren<QLabel *>();
        const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(QStringLiteral("30000 × 30000")) && l->text().contains(QStringLiteral("too large"));
        });
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestScanViewer)
#include "tst_scanviewer.moc"
