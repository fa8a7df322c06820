#include "services/provider_settings.h"

#include "domain/office_time.h"
#include "store/sqlite.h"

#include <QDateTime>

namespace doorstep::services {
namespace {
int setting(store::Database &db, const char16_t *key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int v = db.scalar("SELECT value FROM settings WHERE key = ?", QString::fromUtf16(key)).toString().toInt(&ok);
    return ok && v >= lo && v <= hi ? v : fallback;
}
} // namespace

ProviderPolicy loadProviderPolicy(store::Database &db)
{
    ProviderPolicy p;
    p.limits.minAge = setting(db, u"provider_min_age", 18, 18, 100);
    p.limits.maxAge = setting(db, u"provider_max_age", 60, 18, 100);
    p.limits.healthMinDays = setting(db, u"provider_health_min_days", 30, 0, 365);
    p.lowRatingOrders = setting(db, u"provider_low_rating_orders", 20, 1, 1000);
    p.lowRatingBelowX100 = setting(db, u"provider_low_rating_below_x100", 350, 100, 500);
    return p;
}

QDate officeDay(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).date();
}

} // namespace doorstep::services
