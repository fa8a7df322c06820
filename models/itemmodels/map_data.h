#pragma once
// What the dispatch map draws, read for one day and one area (never a whole
// table): the districts' centres, the day's orders with their positions and
// statuses, and where each provider was last known to be.
//
// Positions: the store has no live positions yet (the provider app's
// position reports come with the API). The last known place is therefore
// the address of the provider's latest job of the day that the timeline
// says they reached (in service, completed or rated; the time is that
// event's), or else their registered home base, with no time: the map labels
// which one it is and how old, so nobody mistakes it for a live position.
#include "feasibility/feasibility.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/schedule_model.h"
#include "map/gcj02.h"

#include <QHash>
#include <QList>
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct MapDistrict
{
    qint64 id = 0;
    QString name;
    map::LatLng centre;
};

struct MapOrder
{
    qint64 orderId = 0;
    QString orderNo;
    QString statusKey;
    qint64 providerId = 0; // 0: none
    qint64 windowStart = 0;
    map::LatLng where;
};

struct MapOrders
{
    QList<MapOrder> orders;
    bool truncated = false; // more than the limit matched
};

// A rectangle of WGS-84 degrees; empty (the default) means no bound.
struct MapArea
{
    double south = 0, west = 0, north = 0, east = 0;
    bool isEmpty() const { return north <= south || east <= west; }
};

struct ProviderPosition
{
    enum class Source { Home, Job };
    qint64 providerId = 0;
    map::LatLng where;
    Source source = Source::Home;
    qint64 since = 0;  // UTC seconds of the event that put them there (Job only)
    qint64 orderId = 0; // the job (Job only)
    bool known = false; // false: no home coordinates and no job reached
};

struct RouteStop
{
    qint64 orderId = 0; // 0: the home base
    qint64 start = 0;
    map::LatLng where;
};

QList<MapDistrict> mapDistricts(store::Database &db);
// Orders whose window starts in [dayStart, dayEnd), optionally of one
// district and service category (0: any) and inside `area`; cancelled
// orders are left out. At most `limit` (through orders_window).
MapOrders mapOrders(store::Database &db, qint64 dayStart, qint64 dayEnd, qint64 districtId, qint64 categoryId,
                    const MapArea &area, int limit);
// The time each order reached the provider's door or later (in service,
// completed, rated): order id -> UTC seconds of its latest such event.
QHash<qint64, qint64> reachedTimes(store::Database &db, const QList<qint64> &orderIds);

// Where the provider was last known to be by `now` (see above).
ProviderPosition lastKnownPosition(const dispatch::ProviderDay &day, const QList<JobBlock> &jobs,
                                   const QHash<qint64, qint64> &reached, qint64 now);
// The day's planned route: home base, then the jobs by start.
QList<RouteStop> plannedRoute(const dispatch::ProviderDay &day);
// The colour family of an order's pin: waiting for dispatch (late tone), given
// to a provider (attention), under way (good), done (quiet).
Tone pinTone(const QString &statusKey);

} // namespace doorstep::itemmodels
