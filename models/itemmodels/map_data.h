#pragma once
// What the dispatch map draws, read for one day and one area (never a whole
// table): the districts' centres, the day's orders with their positions and
// statuses, and where each provider was last known to be.
//
// Positions: where the provider's app last reported them (sync_positions,
// pulled from the server), when that is newer than the latest job the
// timeline says they reached; else that job's address (the time is that
// event's); else their registered home base, with no time. The map labels
// which one it is and how old, so nobody mistakes an old place for a live one.
#include "feasibility/feasibility.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/schedule_model.h"
#include "map/gcj02.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

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
    enum class Source { Home, Job, Reported };
    qint64 providerId = 0;
    map::LatLng where;
    Source source = Source::Home;
    qint64 since = 0;  // UTC seconds of the event or report that put them there (not Home)
    qint64 orderId = 0; // the job (Job only)
    bool known = false; // false: no home coordinates and no job reached
};

// A position the provider's app reported (sync_positions).
struct ReportedPosition
{
    map::LatLng where;
    qint64 at = 0; // UTC seconds
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

// The last reported position of each of these providers that has one.
QHash<qint64, ReportedPosition> reportedPositions(store::Database &db, const QList<qint64> &providerIds);

// Where the provider was last known to be by `now` (see above); reported:
// their app's last report, if any.
ProviderPosition lastKnownPosition(const dispatch::ProviderDay &day, const QList<JobBlock> &jobs,
                                   const QHash<qint64, qint64> &reached, qint64 now,
                                   const std::optional<ReportedPosition> &reported = std::nullopt);
// The day's planned route: home base, then the jobs by start.
QList<RouteStop> plannedRoute(const dispatch::ProviderDay &day);
// The colour family of an order's pin: waiting for dispatch (late tone), given
// to a provider (attention), under way (good), done (quiet).
Tone pinTone(const QString &statusKey);

} // namespace doorstep::itemmodels
