#include "store/stats_rollups.h"

#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/store_error.h"

namespace doorstep::store {
namespace {
// Each rollup and the raw query it must equal, row for row. The raw side of
// stats_daily and stats_dispatch_minutes groups the view, not the facts
// table, so a damaged facts table cannot hide a damaged daily table.
struct Check
{
    const char *name;
    const char *stored;
    const char *raw;
    int since = 13; // the schema version that brought the rollup: a store below it has none to check
};

// The working minutes of the active providers per weekday (schema v18).
const char *const kWeeklyHoursRaw =
    "SELECT h.weekday, sum(h.end_min - h.start_min) AS minutes FROM provider_hours h JOIN providers p ON p.id = h.provider_id"
    " WHERE p.status = 'active' GROUP BY h.weekday HAVING minutes <> 0";

const Check kChecks[] = {
    {"stats_order_facts", "SELECT * FROM stats_order_facts", "SELECT * FROM stats_order_facts_raw"},
    {"stats_daily", "SELECT * FROM stats_daily",
     "SELECT day, district_id, category_id, status, count(*), sum(price_fen), sum(refund_fen), sum(refunds), sum(rated), sum(stars),"
     " sum(complaints), sum(upheld), sum(complaints_closed), sum(complaints_in_sla), sum(accepted), sum(started), sum(on_time), sum(timeouts),"
     " count(dispatch_mode), count(CASE WHEN dispatch_mode = 'auto' THEN 1 END),"
     " sum(stage >= 2), sum(stage >= 3), sum(stage >= 4), sum(stage >= 5), sum(served_min), sum(refunds > 0)"
     " FROM stats_order_facts_raw GROUP BY day, district_id, category_id, status"},
    // (v19) The daily cells summed per month: checked against stats_daily, itself checked against the orders above.
    {"stats_monthly", "SELECT * FROM stats_monthly",
     "SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AS month, district_id, category_id, status,"
     " sum(orders), sum(price_fen), sum(refund_fen), sum(refunds), sum(rated), sum(stars), sum(complaints), sum(upheld), sum(complaints_closed),"
     " sum(complaints_in_sla), sum(accepted), sum(started), sum(on_time), sum(timeouts), sum(dispatched), sum(auto_dispatched),"
     " sum(reached_dispatch), sum(reached_accept), sum(reached_complete), sum(reached_rated), sum(served_min), sum(refunded)"
     " FROM stats_daily GROUP BY month, district_id, category_id, status"},
    {"stats_dispatch_minutes", "SELECT * FROM stats_dispatch_minutes",
     "SELECT day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)"
     " FROM stats_order_facts_raw WHERE dispatch_s IS NOT NULL GROUP BY day, minute"},
    {"stats_dispatch_minutes_district", "SELECT * FROM stats_dispatch_minutes_district",
     "SELECT district_id, day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)"
     " FROM stats_order_facts_raw WHERE dispatch_s IS NOT NULL GROUP BY district_id, day, minute"},
    {"stats_dispatch_minutes_category", "SELECT * FROM stats_dispatch_minutes_category",
     "SELECT category_id, day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)"
     " FROM stats_order_facts_raw WHERE dispatch_s IS NOT NULL GROUP BY category_id, day, minute"},
    {"stats_provider_days", "SELECT * FROM stats_provider_days",
     "SELECT day, provider_id, count(*), sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)"
     " FROM stats_order_facts_raw WHERE provider_id <> 0 GROUP BY day, provider_id"},
    {"stats_provider_months", "SELECT * FROM stats_provider_months",
     "SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AS month, provider_id, count(*),"
     " sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)"
     " FROM stats_order_facts_raw WHERE provider_id <> 0 GROUP BY month, provider_id"},
    // (v23) The same sums per week (keyed by its Monday; day 0 was a Thursday) and per year.
    {"stats_provider_weeks", "SELECT * FROM stats_provider_weeks",
     "SELECT day - (day + 3) % 7 AS week, provider_id, count(*),"
     " sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)"
     " FROM stats_order_facts_raw WHERE provider_id <> 0 GROUP BY week, provider_id", 23},
    // (v24) And per calendar quarter (keyed by its first day).
    {"stats_provider_quarters", "SELECT * FROM stats_provider_quarters",
     "SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1) % 3)"
     " || ' months') - 2440587.5 AS INTEGER) AS quarter, provider_id, count(*),"
     " sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)"
     " FROM stats_order_facts_raw WHERE provider_id <> 0 GROUP BY quarter, provider_id", 24},
    {"stats_provider_years", "SELECT * FROM stats_provider_years",
     "SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AS year, provider_id, count(*),"
     " sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)"
     " FROM stats_order_facts_raw WHERE provider_id <> 0 GROUP BY year, provider_id", 23},
    // Weekdays nobody works keep a row of 0.
    {"stats_weekly_hours", "SELECT weekday, minutes FROM stats_weekly_hours WHERE minutes <> 0", kWeeklyHoursRaw},
    {"stats_provider_active", "SELECT * FROM stats_provider_active",
     "SELECT day, count(DISTINCT provider_id), sum(served_min) FROM stats_order_facts_raw"
     " WHERE provider_id <> 0 AND status <> 'cancelled' GROUP BY day"},
};
} // namespace

QStringList rollupProblems(Database &db)
{
    QStringList problems;
    const int version = schemaVersion(db);
    for (const Check &c : kChecks) {
        if (c.since > version)
            continue;
        const QByteArray stored(c.stored);
        const QByteArray raw(c.raw);
        const qint64 missing = db.scalar("SELECT count(*) FROM (" + raw + " EXCEPT " + stored + ")").toLongLong();
        const qint64 extra = db.scalar("SELECT count(*) FROM (" + stored + " EXCEPT " + raw + ")").toLongLong();
        if (missing || extra)
            problems.append(StoreError::tr("Rollup %1 differs from the orders: %2 rows missing or wrong, %3 rows extra or wrong")
                                .arg(QLatin1StringView(c.name)).arg(missing).arg(extra));
    }
    return problems;
}

void rebuildRollups(Database &db)
{
    // Emptied first, so deleting the facts (whose trigger updates the daily
    // cells) finds nothing to update; inserting them again fills every cell.
    const QByteArray empty = "DELETE FROM stats_daily; DELETE FROM stats_monthly; DELETE FROM stats_dispatch_minutes;"
                             " DELETE FROM stats_dispatch_minutes_district; DELETE FROM stats_dispatch_minutes_category;"
                             " DELETE FROM stats_provider_days; DELETE FROM stats_provider_months;"
                             " DELETE FROM stats_provider_active;";
    // (v23, v24) Emptied with the rest; a store migrated only part of the way has none yet.
    const int version = schemaVersion(db);
    const QByteArray emptyLater = QByteArray(version >= 23 ? "DELETE FROM stats_provider_weeks; DELETE FROM stats_provider_years;" : "")
                                + (version >= 24 ? "DELETE FROM stats_provider_quarters;" : "");
    db.exec(empty + emptyLater);
    db.exec("DELETE FROM stats_order_facts");
    db.exec(empty + emptyLater);
    db.exec("INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw");
    // Not derived from the orders: the working hours, recomputed as a whole.
    db.exec("DELETE FROM stats_weekly_hours; INSERT INTO stats_weekly_hours(weekday) VALUES (1), (2), (3), (4), (5), (6), (7)");
    db.exec(QByteArray("UPDATE stats_weekly_hours SET minutes = coalesce((SELECT minutes FROM (") + kWeeklyHoursRaw
            + ") raw WHERE raw.weekday = stats_weekly_hours.weekday), 0)");
}

} // namespace doorstep::store
