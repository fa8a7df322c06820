#pragma once
// A painted slippy map (no QtLocation/QML: Debian's Qt has none for us).
// Drag pans, the wheel zooms by whole levels about the cursor. Over the tiles
// (map::TileFetcher) it draws what it is given: order pins coloured by status,
// providers at their last known places with a caption saying how old and
// where from, one provider's planned route, the selected order's candidates
// (numbered by rank). A click on a pin or a provider emits its id; the page
// selects it in its lists and calls setSelected* back.
//
// Without tiles (none configured, or the server out of reach) it paints a plain
// ground with the districts' names at their centres and says why, so the map
// still works offline. Points are stored in WGS-84 and shifted to GCJ-02 only
// for a source whose tiles are in GCJ-02 (map/gcj02.h).
#include "map/tile_math.h"

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QWidget>

namespace doorstep::map {
class TileFetcher;
}

namespace doorstep::ui {

struct MapLabel
{
    QString text;
    map::LatLng where;
};

struct MapPin
{
    qint64 orderId = 0;
    QString label;    // order number
    QString tooltip;  // status and window
    QColor colour;
    map::LatLng where;
};

struct MapProviderMark
{
    qint64 providerId = 0;
    QString name;
    QString caption; // "home base" or "at ORD…, 35 min ago"
    bool live = false; // false: the registered home (drawn hollow)
    map::LatLng where;
};

class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    // Null or not configured: no tiles. Not owned.
    void setFetcher(map::TileFetcher *fetcher);
    void setDistricts(const QList<MapLabel> &districts);
    void setPins(const QList<MapPin> &pins);
    void setProviders(const QList<MapProviderMark> &providers);
    const QList<MapProviderMark> &providers() const { return m_providers; }
    // The selected provider's planned day (home first, then jobs by start).
    void setRoute(const QList<map::LatLng> &stops);
    // Providers who could take the selected order, best first.
    void setCandidates(const QList<qint64> &providerIds);
    void setSelectedOrder(qint64 orderId);
    void setSelectedProvider(qint64 providerId);
    // A line under the map (e.g. "2000 of more orders shown").
    void setNote(const QString &note);

    void centreOn(map::LatLng where, int zoom);
    // Centres and zooms so that every pin and provider (else every district) shows.
    void fitAll();
    // Keeps the point on screen (recentres when it is outside).
    void ensureVisible(map::LatLng where);

    int zoom() const { return m_zoom; }
    map::LatLng centre() const;
    // Geometry, public for tests: where a WGS-84 point is drawn.
    QPointF screenPos(map::LatLng where) const;
    // The tiles the view needs now (unwrapped x: as drawn).
    QList<map::TileKey> visibleTiles() const;
    // True when the plain ground (districts) is drawn instead of tiles.
    bool showsFallback() const;
    qint64 selectedOrder() const { return m_selectedOrder; }
    qint64 selectedProvider() const { return m_selectedProvider; }

Q_SIGNALS:
    void orderClicked(qint64 orderId);
    void providerClicked(qint64 providerId);
    void viewChanged(); // panned or zoomed

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override; // tooltips
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF world(map::LatLng where) const; // at m_zoom, datum of the tiles
    QRectF viewRect() const;                // world pixels shown
    bool drawTiles(QPainter &p);            // false: none at all could be drawn
    void drawFallback(QPainter &p);
    void drawRoute(QPainter &p);
    void drawTag(QPainter &p, QPointF at, const QString &text);
    const QPixmap &pinStamp(const QColor &colour, const QColor &outline) const;
    void drawPins(QPainter &p);
    void drawProviders(QPainter &p);
    void drawBanner(QPainter &p, const QString &text);
    void tileArrived();
    struct Hit
    {
        qint64 orderId = 0;
        qint64 providerId = 0;
    };
    Hit hitAt(QPointF pos) const;
    bool gcj() const;

    map::TileFetcher *m_fetcher = nullptr;
    QHash<map::TileKey, QPixmap> m_decoded; // the view's tiles, decoded once
    mutable QHash<QRgb, QPixmap> m_stamps;  // a pin per colour, drawn once
    mutable QColor m_stampOutline;
    QList<MapLabel> m_districts;
    QList<MapPin> m_pins;
    QList<MapProviderMark> m_providers;
    QList<map::LatLng> m_route;
    QList<qint64> m_candidates;
    qint64 m_selectedOrder = 0;
    qint64 m_selectedProvider = 0;
    QString m_note;
    QPointF m_centreWorld; // at m_zoom
    int m_zoom = 11;
    QPoint m_pressPos;
    QPointF m_pressCentre;
    bool m_dragging = false;
    bool m_fitWhenShown = false; // fitAll() asked while hidden (a tab not shown): sizes are not known yet
};

} // namespace doorstep::ui
