#include "ui/map/map_view.h"

#include "itemmodels/palette_tones.h"
#include "map/tile_fetcher.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace doorstep::ui {

using itemmodels::Tone;

namespace {
constexpr double kPinRadius = 6;
constexpr double kProviderRadius = 8;
constexpr int kDragThreshold = 4;
constexpr int kMaxDecoded = 256; // decoded tiles kept: a few screens' worth
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 200);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    centreOn({31.2304, 121.4737}, m_zoom); // until there is something to fit
}

void MapView::setFetcher(map::TileFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    const map::LatLng keep = centre();
    m_fetcher = fetcher;
    m_decoded.clear();
    if (m_fetcher) {
        connect(m_fetcher, &map::TileFetcher::tileArrived, this, &MapView::tileArrived);
        connect(m_fetcher, &map::TileFetcher::offlineChanged, this, qOverload<>(&QWidget::update));
    }
    centreOn(keep, m_zoom); // the datum may have changed
}

void MapView::setDistricts(const QList<MapLabel> &districts)
{
    m_districts = districts;
    update();
}

void MapView::setPins(const QList<MapPin> &pins)
{
    m_pins = pins;
    update();
}

void MapView::setProviders(const QList<MapProviderMark> &providers)
{
    m_providers = providers;
    update();
}

void MapView::setRoute(const QList<map::LatLng> &stops)
{
    m_route = stops;
    update();
}

void MapView::setCandidates(const QList<qint64> &providerIds)
{
    m_candidates = providerIds;
    update();
}

void MapView::setSelectedOrder(qint64 orderId)
{
    m_selectedOrder = orderId;
    update();
}

void MapView::setSelectedProvider(qint64 providerId)
{
    m_selectedProvider = providerId;
    update();
}

void MapView::setNote(const QString &note)
{
    m_note = note;
    update();
}

bool MapView::gcj() const
{
    return m_fetcher && m_fetcher->source().isConfigured() && m_fetcher->source().gcj02;
}

QPointF MapView::world(map::LatLng where) const
{
    return map::toWorld(gcj() ? map::wgs84ToGcj02(where) : where, m_zoom);
}

map::LatLng MapView::centre() const
{
    // The inverse of the GCJ-02 shift is not needed to this precision: the
    // centre is only kept across a change of source.
    return map::fromWorld(m_centreWorld, m_zoom);
}

void MapView::centreOn(map::LatLng where, int zoom)
{
    m_zoom = std::clamp(zoom, map::kMinZoom, map::kMaxZoom);
    m_centreWorld = world(where);
    update();
    Q_EMIT viewChanged();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWhenShown && isVisible())
        fitAll();
}

void MapView::fitAll()
{
    m_fitWhenShown = !isVisible();
    if (m_fitWhenShown)
        return;
    QList<map::LatLng> points;
    for (const MapPin &pin : std::as_const(m_pins))
        points.append(pin.where);
    for (const MapProviderMark &mark : std::as_const(m_providers))
        points.append(mark.where);
    if (points.isEmpty())
        for (const MapLabel &d : std::as_const(m_districts))
            points.append(d.where);
    if (points.isEmpty())
        return;
    double south = 90, north = -90, west = 180, east = -180;
    for (const map::LatLng &p : std::as_const(points)) {
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
        west = std::min(west, p.lng);
        east = std::max(east, p.lng);
    }
    const map::LatLng middle{(south + north) / 2, (west + east) / 2};
    int zoom = map::kMaxZoom - 2; // a single point: street level, not a roof
    for (; zoom > map::kMinZoom; --zoom) {
        const QPointF a = map::toWorld({north, west}, zoom);
        const QPointF b = map::toWorld({south, east}, zoom);
        if (b.x() - a.x() <= width() * 0.85 && b.y() - a.y() <= height() * 0.85)
            break;
    }
    centreOn(middle, zoom);
}

void MapView::ensureVisible(map::LatLng where)
{
    const QPointF at = screenPos(where);
    if (!rect().adjusted(20, 20, -20, -20).contains(at.toPoint()))
        centreOn(where, m_zoom);
}

QRectF MapView::viewRect() const
{
    return {m_centreWorld.x() - width() / 2.0, m_centreWorld.y() - height() / 2.0, double(width()), double(height())};
}

QPointF MapView::screenPos(map::LatLng where) const
{
    return world(where) - viewRect().topLeft();
}

QList<map::TileKey> MapView::visibleTiles() const
{
    return map::tilesCovering(viewRect(), m_zoom);
}

bool MapView::showsFallback() const
{
    return !m_fetcher || !m_fetcher->source().isConfigured() || m_fetcher->isOffline();
}

void MapView::tileArrived()
{
    update();
}

bool MapView::drawTiles(QPainter &p)
{
    const QRectF view = viewRect();
    const QList<map::TileKey> tiles = visibleTiles();
    QSet<map::TileKey> wanted;
    bool any = false;
    for (const map::TileKey &key : tiles) {
        const map::TileKey fetch = map::wrapped(key);
        wanted.insert(fetch);
        auto it = m_decoded.find(fetch);
        if (it == m_decoded.end()) {
            const std::optional<QByteArray> bytes = m_fetcher->tile(fetch);
            QPixmap pixmap;
            if (!bytes || !pixmap.loadFromData(*bytes))
                continue; // asked for; tileArrived() repaints
            if (m_decoded.size() >= kMaxDecoded)
                m_decoded.clear();
            it = m_decoded.insert(fetch, pixmap);
        }
        const QPointF at(key.x * double(map::kTileSize) - view.left(), key.y * double(map::kTileSize) - view.top());
        p.drawPixmap(QRectF(at, QSizeF(map::kTileSize, map::kTileSize)), *it, QRectF(it->rect()));
        any = true;
    }
    m_fetcher->keepOnly(wanted);
    return any;
}

void MapView::drawFallback(QPainter &p)
{
    // A faint grid every tile, so panning shows movement even with no labels in sight.
    const QRectF view = viewRect();
    p.setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    const double step = map::kTileSize;
    for (double x = std::floor(view.left() / step) * step; x < view.right(); x += step)
        p.drawLine(QPointF(x - view.left(), 0), QPointF(x - view.left(), height()));
    for (double y = std::floor(view.top() / step) * step; y < view.bottom(); y += step)
        p.drawLine(QPointF(0, y - view.top()), QPointF(width(), y - view.top()));
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (const MapLabel &d : std::as_const(m_districts)) {
        const QPointF at = screenPos(d.where);
        p.drawEllipse(at, 3, 3);
        p.drawText(QRectF(at.x() - 80, at.y() + 4, 160, 20), Qt::AlignHCenter | Qt::AlignTop, d.text);
    }
}

// A label on a box of the ground colour, readable over pins and tiles.
void MapView::drawTag(QPainter &p, QPointF at, const QString &text)
{
    const QRectF box = QRectF(p.fontMetrics().boundingRect(text)).translated(at).adjusted(-3, -2, 3, 2);
    QColor ground = palette().color(QPalette::Base);
    ground.setAlpha(225);
    p.setPen(Qt::NoPen);
    p.setBrush(ground);
    p.drawRoundedRect(box, 3, 3);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(at, text);
}

void MapView::drawRoute(QPainter &p)
{
    if (m_route.size() < 2)
        return;
    QPainterPath path(screenPos(m_route.first()));
    for (qsizetype i = 1; i < m_route.size(); ++i)
        path.lineTo(screenPos(m_route.at(i)));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(itemmodels::toneStrong(Tone::Attention, palette()), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    // Stop numbers: the order of the day.
    p.setPen(palette().color(QPalette::Text));
    for (qsizetype i = 1; i < m_route.size(); ++i)
        p.drawText(screenPos(m_route.at(i)) + QPointF(kPinRadius + 2, -kPinRadius), QString::number(i));
}

const QPixmap &MapView::pinStamp(const QColor &colour, const QColor &outline) const
{
    const QRgb key = colour.rgba();
    auto it = m_stamps.find(key);
    if (it == m_stamps.end() || m_stampOutline != outline) {
        if (m_stampOutline != outline)
            m_stamps.clear();
        m_stampOutline = outline;
        const qreal ratio = devicePixelRatioF();
        const int side = int(2 * kPinRadius + 4);
        QPixmap stamp(QSize(side, side) * ratio);
        stamp.setDevicePixelRatio(ratio);
        stamp.fill(Qt::transparent);
        QPainter sp(&stamp);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(QPen(outline, 1.5));
        sp.setBrush(colour);
        sp.drawEllipse(QPointF(side / 2.0, side / 2.0), kPinRadius, kPinRadius);
        sp.end();
        it = m_stamps.insert(key, stamp);
    }
    return *it;
}

void MapView::drawPins(QPainter &p)
{
    const QColor outline = palette().color(QPalette::Base);
    // Two passes: the selected pin on top of the others.
    for (const bool pass : {false, true})
    for (const MapPin &pin : std::as_const(m_pins)) {
        const QPointF at = screenPos(pin.where);
        const bool selected = pin.orderId == m_selectedOrder;
        if (selected != pass || !rect().adjusted(-20, -20, 20, 20).contains(at.toPoint()))
            continue;
        if (!selected) {
            // A stamp per colour: 2,000 antialiased circles took 116 ms a paint, stamps a fraction.
            const QPixmap &stamp = pinStamp(pin.colour, outline);
            p.drawPixmap(at - QPointF(stamp.width(), stamp.height()) / (2 * stamp.devicePixelRatio()), stamp);
            continue;
        }
        p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : outline, selected ? 3 : 1.5));
        p.setBrush(pin.colour);
        p.drawEllipse(at, selected ? kPinRadius + 2 : kPinRadius, selected ? kPinRadius + 2 : kPinRadius);
        if (selected)
            drawTag(p, at + QPointF(kPinRadius + 4, 4), pin.label);
    }
}

void MapView::drawProviders(QPainter &p)
{
    const QColor colour = itemmodels::toneStrong(Tone::Good, palette());
    for (const MapProviderMark &mark : std::as_const(m_providers)) {
        const QPointF at = screenPos(mark.where);
        const qsizetype rank = m_candidates.indexOf(mark.providerId);
        const bool selected = mark.providerId == m_selectedProvider;
        if (!selected && rank < 0 && !m_candidates.isEmpty())
            continue; // an order is selected: only who could take it
        const QRectF box(at.x() - kProviderRadius, at.y() - kProviderRadius, 2 * kProviderRadius, 2 * kProviderRadius);
        p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : colour, selected ? 3 : 2));
        p.setBrush(mark.live ? QBrush(colour) : QBrush(palette().color(QPalette::Base))); // home: hollow
        p.drawRoundedRect(box, 3, 3);
        p.setPen(mark.live ? palette().color(QPalette::Base) : colour);
        p.drawText(box, Qt::AlignCenter, rank >= 0 ? QString::number(rank + 1) : QString());
        if (selected || rank == 0)
            drawTag(p, at + QPointF(kProviderRadius + 4, 4), mark.name + QStringLiteral(" · ") + mark.caption);
    }
}

void MapView::drawBanner(QPainter &p, const QString &text)
{
    if (text.isEmpty())
        return;
    const QRect box = p.fontMetrics().boundingRect(rect().adjusted(8, 8, -8, -8), Qt::TextWordWrap, text).adjusted(-6, -4, 6, 4);
    p.setPen(Qt::NoPen);
    QColor ground = palette().color(QPalette::Window);
    ground.setAlpha(220);
    p.setBrush(ground);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(box.adjusted(6, 4, -6, -4), Qt::TextWordWrap, text);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    QString banner;
    if (!m_fetcher || !m_fetcher->source().isConfigured()) {
        banner = tr("No map tiles are set up (an administrator sets them with Map tiles…): districts are drawn at their centres.");
    } else if (m_fetcher->isOffline()) {
        banner = tr("Map tiles are out of reach (offline?): districts are drawn at their centres; tiles seen before still show.");
    }
    const bool tiles = m_fetcher && m_fetcher->source().isConfigured() && drawTiles(p);
    if (!tiles || showsFallback())
        drawFallback(p);
    drawPins(p);
    drawRoute(p);
    drawProviders(p);
    QStringList lines;
    if (!banner.isEmpty())
        lines.append(banner);
    if (!m_note.isEmpty())
        lines.append(m_note);
    drawBanner(p, lines.join(QLatin1Char('\n')));
}

MapView::Hit MapView::hitAt(QPointF pos) const
{
    // Providers are drawn on top, so they are hit first; the nearest wins.
    double best = kProviderRadius + 3;
    Hit hit;
    for (const MapProviderMark &mark : m_providers) {
        if (!m_candidates.isEmpty() && !m_candidates.contains(mark.providerId) && mark.providerId != m_selectedProvider)
            continue;
        const double d = QLineF(pos, screenPos(mark.where)).length();
        if (d < best) {
            best = d;
            hit = {0, mark.providerId};
        }
    }
    if (hit.providerId)
        return hit;
    best = kPinRadius + 3;
    for (const MapPin &pin : m_pins) {
        const double d = QLineF(pos, screenPos(pin.where)).length();
        if (d < best) {
            best = d;
            hit = {pin.orderId, 0};
        }
    }
    return hit;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressCentre = m_centreWorld;
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() < kDragThreshold)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_centreWorld = m_pressCentre - QPointF(delta);
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        Q_EMIT viewChanged();
        return;
    }
    const Hit hit = hitAt(event->position());
    if (hit.providerId)
        Q_EMIT providerClicked(hit.providerId);
    else if (hit.orderId)
        Q_EMIT orderClicked(hit.orderId);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    const int zoom = std::clamp(m_zoom + steps, map::kMinZoom, map::kMaxZoom);
    if (zoom == m_zoom)
        return;
    // The point under the cursor stays under the cursor.
    const QPointF cursor = event->position() - QPointF(width() / 2.0, height() / 2.0);
    const double factor = std::exp2(zoom - m_zoom);
    m_centreWorld = (m_centreWorld + cursor) * factor - cursor;
    m_zoom = zoom;
    m_decoded.clear();
    update();
    Q_EMIT viewChanged();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        QString text;
        for (const MapPin &pin : std::as_const(m_pins))
            if (hit.orderId && pin.orderId == hit.orderId)
                text = pin.label + QLatin1Char('\n') + pin.tooltip;
        for (const MapProviderMark &mark : std::as_const(m_providers))
            if (hit.providerId && mark.providerId == hit.providerId)
                text = mark.name + QLatin1Char('\n') + mark.caption;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace doorstep::ui
