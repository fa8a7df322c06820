#include "demo/demo_scans.h"

#include "domain/provider_states.h"
#include "services/service_layer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

#include <cmath>
#include <numbers>
#include <random>

namespace doorstep::demo {
namespace {
const QColor kInk(0x22, 0x22, 0x22);
const QColor kLabel(0x3b, 0x6e, 0x99);
const QColor kStamp(0xc8, 0x1e, 0x1e);

QString chineseDate(QDate d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QStringLiteral("长期");
}

QString dotted(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy.MM.dd")) : QStringLiteral("长期");
}

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

// A head and shoulders where the photo would be.
void portrait(QPainter &p, const QRectF &box)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xdd, 0xe3, 0xe8));
    p.drawRect(box);
    p.setBrush(QColor(0x94, 0x9f, 0xa9));
    const double cx = box.center().x();
    const double r = box.width() * 0.22;
    p.drawEllipse(QPointF(cx, box.top() + box.height() * 0.38), r, r * 1.15);
    QPainterPath shoulders;
    shoulders.moveTo(box.left() + box.width() * 0.08, box.bottom());
    shoulders.cubicTo(box.left() + box.width() * 0.12, box.top() + box.height() * 0.62, box.right() - box.width() * 0.12,
                      box.top() + box.height() * 0.62, box.right() - box.width() * 0.08, box.bottom());
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.restore();
}

// A round office seal: ring, star, the office's words.
void seal(QPainter &p, QPointF centre, double radius, const QString &words)
{
    p.save();
    p.setOpacity(0.78);
    QColor c = kStamp;
    p.setPen(QPen(c, radius * 0.07));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const double r = i % 2 ? radius * 0.13 : radius * 0.32;
        star << QPointF(centre.x() + r * std::cos(a), centre.y() - radius * 0.12 + r * std::sin(a));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(star);
    p.setPen(c);
    p.setFont(font(int(radius * 0.24), true));
    p.drawText(QRectF(centre.x() - radius, centre.y() + radius * 0.22, 2 * radius, radius * 0.4), Qt::AlignCenter, words);
    p.restore();
}

// The document lying on a desk, photographed a little askew.
// tilted: photographed a little askew; else laid straight on a scanner.
template<typename Draw>
QImage photo(QSize size, QSizeF document, std::mt19937_64 &rng, const QColor &desk, Draw draw, bool tilted = true)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(desk);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double tilt = tilted ? (double(rng() % 41) - 20.0) / 10.0 : 0.0; // -2.0 .. 2.0 degrees
    const double scale = std::min(size.width() * 0.9 / document.width(), size.height() * 0.9 / document.height());
    p.translate(size.width() / 2.0, size.height() / 2.0);
    p.rotate(tilt);
    p.scale(scale, scale);
    p.translate(-document.width() / 2.0, -document.height() / 2.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawRoundedRect(QRectF(QPointF(10, 12), document), 26, 26); // its shadow
    draw(p);
    p.end();
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

void field(QPainter &p, double x, double y, const QString &label, const QString &value, int labelPx = 24, int valuePx = 30)
{
    p.setPen(kLabel);
    p.setFont(font(labelPx));
    p.drawText(QPointF(x, y), label);
    p.setPen(kInk);
    p.setFont(font(valuePx));
    p.drawText(QPointF(x + labelPx * (label.size() + 1), y), value);
}

DemoScan idCard(const ScanSubject &s, std::mt19937_64 &rng)
{
    const QSizeF card(856, 540); // ID-1, 85.6 x 54 mm
    // Scanned flat (the scanner's lid is white): a PNG of straight lines stays small.
    const QImage image = photo(QSize(720, 470), card, rng, QColor(0xf7, 0xf7, 0xf5), [&](QPainter &p) {
        p.setPen(QPen(QColor(0xb8, 0xc6, 0xd2), 2));
        p.setBrush(QColor(0xee, 0xf3, 0xf6));
        p.drawRoundedRect(QRectF(QPointF(0, 0), card), 26, 26);
        // The guilloche, roughly: a few faint arcs, on the card only.
        QPainterPath outline;
        outline.addRoundedRect(QRectF(QPointF(0, 0), card).adjusted(2, 2, -2, -2), 24, 24);
        p.save();
        p.setClipPath(outline);
        p.setPen(QPen(QColor(0xd6, 0xe2, 0xeb), 3));
        p.setBrush(Qt::NoBrush);
        for (int i = 0; i < 5; ++i)
            p.drawEllipse(QPointF(430, 620), 260 + i * 46, 200 + i * 40);
        p.restore();
        field(p, 60, 90, QStringLiteral("姓名"), s.name);
        field(p, 60, 150, QStringLiteral("性别"), s.gender == u"f" ? QStringLiteral("女") : QStringLiteral("男"));
        field(p, 280, 150, QStringLiteral("民族"), QStringLiteral("汉"));
        field(p, 60, 210, QStringLiteral("出生"), chineseDate(s.birth));
        p.setPen(kLabel);
        p.setFont(font(24));
        p.drawText(QPointF(60, 270), QStringLiteral("住址"));
        p.setPen(kInk);
        p.setFont(font(28));
        p.drawText(QRectF(132, 246, 440, 110), Qt::TextWordWrap, s.address);
        p.setPen(kLabel);
        p.setFont(font(24));
        p.drawText(QPointF(60, 470), QStringLiteral("公民身份号码"));
        p.setPen(kInk);
        QFont number = font(38);
        number.setLetterSpacing(QFont::AbsoluteSpacing, 3);
        p.setFont(number);
        p.drawText(QPointF(230, 474), s.idNumber);
        portrait(p, QRectF(600, 60, 210, 260));
    }, false);
    return {QStringLiteral("身份证.png"), QStringLiteral("image/png"), encoded(image, "PNG", 0)};
}

DemoScan healthCertificate(const ScanSubject &s, std::mt19937_64 &rng)
{
    const QSizeF paper(900, 580);
    const QImage image = photo(QSize(800, 540), paper, rng, QColor(0x5f, 0x6b, 0x73), [&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xfb, 0xf8, 0xef));
        p.drawRoundedRect(QRectF(QPointF(0, 0), paper), 18, 18);
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(24, 24, paper.width() - 48, paper.height() - 48));
        p.setPen(QColor(0x2e, 0x7d, 0x32));
        p.setFont(font(46, true));
        p.drawText(QRectF(0, 44, paper.width(), 64), Qt::AlignCenter, QStringLiteral("健 康 证 明"));
        p.setFont(font(20));
        p.drawText(QRectF(0, 104, paper.width(), 30), Qt::AlignCenter, QStringLiteral("HEALTH CERTIFICATE · 从业人员预防性健康检查"));
        portrait(p, QRectF(60, 170, 170, 215));
        const int age = s.birth.isValid() && s.validFrom.isValid() ? s.birth.daysTo(s.validFrom) / 365 : 0;
        field(p, 270, 200, QStringLiteral("姓名"), s.name, 24, 32);
        field(p, 270, 250, QStringLiteral("性别"), s.gender == u"f" ? QStringLiteral("女") : QStringLiteral("男"), 24, 30);
        field(p, 470, 250, QStringLiteral("年龄"), QString::number(age), 24, 30);
        field(p, 270, 300, QStringLiteral("编号"), s.number, 24, 30);
        field(p, 270, 350, QStringLiteral("体检日期"), chineseDate(s.validFrom), 24, 28);
        field(p, 270, 400, QStringLiteral("有效期至"), chineseDate(s.validTo), 24, 28);
        field(p, 60, 470, QStringLiteral("体检结论"), QStringLiteral("合格"), 24, 30);
        field(p, 60, 520, QStringLiteral("发证机关"), s.issuer, 22, 24);
        seal(p, QPointF(735, 440), 78, QStringLiteral("体检专用章"));
    });
    return {QStringLiteral("健康证.jpg"), QStringLiteral("image/jpeg"), encoded(image, "JPEG", 72)};
}

// QPdfWriter stamps the time of writing and a random document id into the
// file; the demo's bytes must not depend on either. Both are replaced by
// values of the same length (the cross-reference offsets stay right).
QByteArray settled(QByteArray pdf, QDate day, quint64 variation)
{
    const QByteArray stamp = day.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "100000";
    static const QRegularExpression dates(QStringLiteral("D:(\\d{14})"));
    QString text = QString::fromLatin1(pdf);
    for (auto it = dates.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(1), 14, stamp);
    }
    static const QRegularExpression xmpDates(QStringLiteral("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)"));
    const QByteArray isoStamp = day.toString(Qt::ISODate).toLatin1() + "T10:00:00";
    for (auto it = xmpDates.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(1), 19, isoStamp);
    }
    static const QRegularExpression uuids(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    const QByteArray id = QCryptographicHash::hash(QByteArray::number(variation), QCryptographicHash::Md5).toHex();
    const QByteArray uuid = id.mid(0, 8) + '-' + id.mid(8, 4) + '-' + id.mid(12, 4) + '-' + id.mid(16, 4) + '-' + id.mid(20, 12);
    for (auto it = uuids.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(), 36, uuid);
    }
    // The trailer's /ID: two hex strings of 32 digits.
    static const QRegularExpression ids(QStringLiteral("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>"));
    for (auto it = ids.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(1), 32, id);
        pdf.replace(m.capturedStart(2), 32, id);
    }
    return pdf;
}

DemoScan qualificationCertificate(const ScanSubject &s, quint64 variation)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Doorstep demo"));
        writer.setTitle(s.qualificationName);
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter p(&writer);
        const QRectF sheet(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const QRectF page = sheet.adjusted(24, 24, -24, -24);
        // The paper itself (a PDF page is otherwise transparent), then its border.
        const auto frame = [&] {
            p.fillRect(sheet, QColor(0xfd, 0xfa, 0xf0));
            p.setPen(QPen(QColor(0x8a, 0x6d, 0x1e), 4));
            p.setBrush(Qt::NoBrush);
            p.drawRect(page.adjusted(4, 4, -4, -4));
            p.setPen(QPen(QColor(0x8a, 0x6d, 0x1e), 1.5));
            p.drawRect(page.adjusted(14, 14, -14, -14));
        };
        frame();
        p.setPen(QColor(0x8a, 0x1e, 0x1e));
        p.setFont(font(20));
        p.drawText(QRectF(page.left(), page.top() + 40, page.width(), 30), Qt::AlignCenter, QStringLiteral("中华人民共和国"));
        p.setFont(font(34, true));
        p.drawText(QRectF(page.left(), page.top() + 74, page.width(), 50), Qt::AlignCenter, s.qualificationName);
        portrait(p, QRectF(page.right() - 170, page.top() + 140, 120, 150));
        const double x = page.left() + 50;
        double y = page.top() + 160;
        for (const auto &[label, value] : {std::pair{QStringLiteral("姓名"), s.name},
                                           std::pair{QStringLiteral("性别"), s.gender == u"f" ? QStringLiteral("女") : QStringLiteral("男")},
                                           std::pair{QStringLiteral("出生日期"), chineseDate(s.birth)},
                                           std::pair{QStringLiteral("证书编号"), s.number},
                                           std::pair{QStringLiteral("初领日期"), chineseDate(s.validFrom)},
                                           std::pair{QStringLiteral("有效期限"), QString(dotted(s.validFrom) + QStringLiteral(" 至 ") + dotted(s.validTo))}}) {
            field(p, x, y, label, value, 17, 20);
            y += 40;
        }
        field(p, x, y + 10, QStringLiteral("发证机关"), s.issuer, 17, 18);
        seal(p, QPointF(page.right() - 130, page.bottom() - 95), 62, QStringLiteral("证书专用章"));

        writer.newPage();
        frame();
        p.setPen(QColor(0x8a, 0x1e, 0x1e));
        p.setFont(font(28, true));
        p.drawText(QRectF(page.left(), page.top() + 40, page.width(), 44), Qt::AlignCenter, QStringLiteral("复 审 记 录"));
        p.setPen(QPen(kInk, 1.2));
        const double left = page.left() + 50, right = page.right() - 50, top = page.top() + 110, row = 52;
        for (int r = 0; r <= 4; ++r)
            p.drawLine(QPointF(left, top + r * row), QPointF(right, top + r * row));
        for (double cx : {left, left + 200, right - 220, right})
            p.drawLine(QPointF(cx, top), QPointF(cx, top + 4 * row));
        p.setFont(font(18, true));
        p.drawText(QRectF(left, top, 200, row), Qt::AlignCenter, QStringLiteral("复审日期"));
        p.drawText(QRectF(left + 200, top, right - left - 420, row), Qt::AlignCenter, QStringLiteral("复审结果"));
        p.drawText(QRectF(right - 220, top, 220, row), Qt::AlignCenter, QStringLiteral("复审单位"));
        p.setFont(font(17));
        int line = 1;
        for (QDate d = s.validFrom.addYears(3); d.isValid() && s.validTo.isValid() && d < s.validTo && line < 4; d = d.addYears(3), ++line) {
            p.drawText(QRectF(left, top + line * row, 200, row), Qt::AlignCenter, dotted(d));
            p.drawText(QRectF(left + 200, top + line * row, right - left - 420, row), Qt::AlignCenter, QStringLiteral("复审合格"));
            p.drawText(QRectF(right - 220, top + line * row, 220, row), Qt::AlignCenter, QStringLiteral("培训考核中心"));
        }
        p.setFont(font(15));
        p.drawText(QRectF(left, top + 4 * row + 24, right - left, 60), Qt::TextWordWrap,
                   QStringLiteral("持证人应在有效期内按规定参加复审；本证在全国范围内有效。证书编号：%1").arg(s.number));
        p.end();
    }
    return {QStringLiteral("%1.pdf").arg(s.qualificationName), QStringLiteral("application/pdf"), settled(bytes, s.validFrom, variation)};
}
} // namespace

bool canDrawScans()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

DemoScan drawScan(const ScanSubject &subject, quint64 variation)
{
    std::mt19937_64 rng(variation);
    const auto type = domain::stateFromKey<domain::CredentialType>(subject.type);
    if (type == domain::CredentialType::IdCard)
        return idCard(subject, rng);
    if (type == domain::CredentialType::HealthCertificate)
        return healthCertificate(subject, rng);
    return qualificationCertificate(subject, variation);
}

int seedQueueScans(services::ActionContext &ctx, int applications, quint64 seed)
{
    if (applications <= 0 || !canDrawScans())
        return 0;
    auto &db = ctx.db();
    struct Item
    {
        qint64 credential = 0;
        qint64 at = 0;
        bool infoRequested = false;
        ScanSubject subject;
    };
    QList<Item> items;
    auto st = db.prepare(
        "SELECT c.id, a.submitted_at, a.state, p.name, p.gender, p.birth_date, p.id_number, p.home_address, c.type, q.name, c.number, c.issuer,"
        " c.valid_from, c.valid_to"
        " FROM (SELECT id, provider_id, state, submitted_at FROM provider_applications WHERE state IN ('new','info_requested')"
        "       ORDER BY submitted_at, id LIMIT ?) a"
        " JOIN providers p ON p.id = a.provider_id JOIN credentials c ON c.provider_id = p.id"
        " LEFT JOIN qualification_types q ON q.code = c.qualification_code"
        " WHERE c.type IN ('id_card','health_certificate','qualification') ORDER BY a.submitted_at, a.id, c.id");
    st.bind(1, applications);
    while (st.next()) {
        Item it;
        it.credential = st.int64(0);
        it.at = st.int64(1);
        it.infoRequested = domain::stateFromKey<domain::ApplicationState>(st.text(2)) == domain::ApplicationState::InfoRequested;
        it.subject = {st.text(3), st.text(4), QDate::fromString(st.text(5), Qt::ISODate), st.text(6), st.text(7), st.text(8), st.text(9),
                      st.text(10), st.text(11), QDate::fromString(st.text(12), Qt::ISODate), QDate::fromString(st.text(13), Qt::ISODate)};
        items.append(it);
    }
    auto ins = db.prepare("INSERT INTO credential_scans(id, credential_id, file_name, mime, bytes, sha256, added_by, created_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, NULL, ?)");
    int stored = 0;
    quint64 n = 0;
    for (const Item &it : std::as_const(items)) {
        ++n; // ids are time-based: the variation follows the queue's order instead
        // What was asked for is what is missing: "请补充清晰的健康证照片".
        if (it.infoRequested && domain::stateFromKey<domain::CredentialType>(it.subject.type) == domain::CredentialType::HealthCertificate)
            continue;
        const DemoScan scan = drawScan(it.subject, seed * 1000003u + n);
        ins.bindAll(ctx.newId(), it.credential, scan.fileName, scan.mime);
        ins.bindBlob(5, scan.bytes);
        ins.bind(6, QString::fromLatin1(QCryptographicHash::hash(scan.bytes, QCryptographicHash::Sha256).toHex()));
        ins.bind(7, it.at);
        ins.exec();
        ins.reset();
        ++stored;
    }
    return stored;
}

} // namespace doorstep::demo
