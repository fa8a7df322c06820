#pragma once
// Every office setting (table `settings`, so every console of the office
// agrees), declared once below: key, whole or decimal, default, valid range and
// the name people read. OfficeSettings is the only reader of the table and
// SettingsService (settings_service.h) the only writer; both judge a value by
// the same declaration.
//
// A key that is not stored reads as its default (the schemas store only some).
// A stored value that does not parse, or lies outside its range, is an error:
// value() throws ServiceError::Invalid naming the setting and the value, so the
// administrator sees it instead of the office silently running on 0 or on a
// default nobody chose. Work that must go on regardless (auto-lock, the
// accept-timeout sweep) reads with valueOrDefault(), which falls back to the
// default and says what was wrong; the console shows problems() at login.
#include "feasibility/feasibility.h"
#include "services/auto_dispatch_settings.h"
#include "services/provider_settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

class ServiceLayer;

struct Setting
{
    enum class Kind { Whole, Decimal };
    const char16_t *key;
    Kind kind;
    double defaultValue;
    double min; // inclusive
    double max; // inclusive
    const char *name; // QT_TRANSLATE_NOOP("OfficeSettings", …): what messages call it

    QString keyText() const { return QString::fromUtf16(key); }
    QString displayName() const { return QCoreApplication::translate("OfficeSettings", name); }
};

// The catalogue. Defaults of the dispatch engine and the onboarding checks are
// taken from their own structs, so the two can never disagree.
namespace settings {
using K = Setting::Kind;
inline constexpr dispatch::FeasibilityRules kRules{};
inline constexpr AutoDispatchSettings kAutoDispatch{};
inline constexpr dispatch::autodispatch::ObjectiveWeights kWeights{};
inline constexpr ProviderPolicy kPolicy{};
inline constexpr domain::CheckLimits kLimits{};

// The console (ui/console_flow): idle minutes before it locks, 0 = never.
inline constexpr Setting AutoLockMinutes{u"auto_lock_minutes", K::Whole, 10, 0, 240, QT_TRANSLATE_NOOP("OfficeSettings", "Auto-lock minutes")};

// Orders (OrderTimeoutService, OrdersModel).
inline constexpr Setting AcceptTimeoutMinutes{u"orders.accept_timeout_minutes", K::Whole, 30, 0, 240,
                                              QT_TRANSLATE_NOOP("OfficeSettings", "Accept timeout (minutes)")};
inline constexpr Setting DispatchLeadMinutes{u"orders.dispatch_lead_minutes", K::Whole, 60, 0, 24 * 60,
                                             QT_TRANSLATE_NOOP("OfficeSettings", "Dispatch lead (minutes)")};

// The dispatch rules (dispatch::FeasibilityRules).
inline constexpr Setting RoadFactor{u"dispatch.road_factor", K::Decimal, kRules.roadFactor, 1.0, 3.0,
                                    QT_TRANSLATE_NOOP("OfficeSettings", "Road factor")};
inline constexpr Setting SpeedKmh{u"dispatch.speed_kmh", K::Decimal, kRules.speedKmh, 5, 80, QT_TRANSLATE_NOOP("OfficeSettings", "Average speed (km/h)")};
inline constexpr Setting LongTravelMinutes{u"dispatch.long_travel_minutes", K::Whole, double(kRules.longTravelMinutes), 1, 600,
                                           QT_TRANSLATE_NOOP("OfficeSettings", "Long travel (minutes)")};
inline constexpr Setting LowRatingX100{u"dispatch.low_rating_x100", K::Whole, double(kRules.lowRatingX100), 0, 500,
                                       QT_TRANSLATE_NOOP("OfficeSettings", "Low rating (stars × 100)")};
inline constexpr Setting MinRatedJobs{u"dispatch.min_rated_jobs", K::Whole, double(kRules.minRatedJobs), 0, 1000,
                                      QT_TRANSLATE_NOOP("OfficeSettings", "Ratings before the low-rating warning")};
inline constexpr Setting HeavyDayJobs{u"dispatch.heavy_day_jobs", K::Whole, double(kRules.heavyDayJobs), 0, 99,
                                      QT_TRANSLATE_NOOP("OfficeSettings", "Heavy day (jobs)")};

// Auto-dispatch (dispatch::autodispatch::ObjectiveWeights and the time budget).
// Negative weights would turn a cost into a reward (more travel = better),
// which the planner's "never worse than greedy" guarantee does not cover.
inline constexpr double kMaxWeight = 100000;
inline constexpr Setting WeightTravel{u"auto_dispatch.weight_travel", K::Decimal, kWeights.perTravelMinute, 0, kMaxWeight,
                                      QT_TRANSLATE_NOOP("OfficeSettings", "Weight of travel")};
inline constexpr Setting WeightLateness{u"auto_dispatch.weight_lateness", K::Decimal, kWeights.perLatenessMinute, 0, kMaxWeight,
                                        QT_TRANSLATE_NOOP("OfficeSettings", "Weight of lateness")};
inline constexpr Setting WeightRating{u"auto_dispatch.weight_rating", K::Decimal, kWeights.perStarBelowFive, 0, kMaxWeight,
                                      QT_TRANSLATE_NOOP("OfficeSettings", "Weight of rating")};
inline constexpr Setting UnratedRatingX100{u"auto_dispatch.unrated_rating_x100", K::Whole, double(kWeights.unratedRatingX100), 100, 500,
                                           QT_TRANSLATE_NOOP("OfficeSettings", "Rating assumed for unrated providers (stars × 100)")};
inline constexpr Setting WeightPoints{u"auto_dispatch.weight_points", K::Decimal, kWeights.perPoint, 0, kMaxWeight,
                                      QT_TRANSLATE_NOOP("OfficeSettings", "Weight of points")};
inline constexpr Setting WeightWorkload{u"auto_dispatch.weight_workload", K::Decimal, kWeights.perJobAlreadyThatDay, 0, kMaxWeight,
                                        QT_TRANSLATE_NOOP("OfficeSettings", "Weight of workload")};
inline constexpr Setting PreferredBonus{u"auto_dispatch.preferred_bonus", K::Decimal, kWeights.preferredBonus, 0, kMaxWeight,
                                        QT_TRANSLATE_NOOP("OfficeSettings", "Preferred-provider bonus")};
inline constexpr Setting UnassignedPenalty{u"auto_dispatch.unassigned_penalty", K::Decimal, kWeights.unassignedPenalty, 0, kMaxWeight,
                                           QT_TRANSLATE_NOOP("OfficeSettings", "Penalty for an order left out")};
inline constexpr Setting PriorityPenalty{u"auto_dispatch.priority_penalty", K::Decimal, kWeights.perPriorityLevel, 0, kMaxWeight,
                                         QT_TRANSLATE_NOOP("OfficeSettings", "Penalty per priority level")};
inline constexpr Setting BudgetMs{u"auto_dispatch.budget_ms", K::Whole, double(kAutoDispatch.budgetMs), 200, 120000,
                                  QT_TRANSLATE_NOOP("OfficeSettings", "Auto-dispatch time budget (ms)")};
// Continuous auto-dispatch of new orders (itemmodels/continuous_dispatch):
// 0 off, 1 propose, 2 assign (services::ContinuousDispatchMode).
inline constexpr Setting ContinuousDispatch{u"auto_dispatch.continuous", K::Whole, double(int(kAutoDispatch.continuous)), 0, 2,
                                            QT_TRANSLATE_NOOP("OfficeSettings", "Continuous auto-dispatch (0 off, 1 propose, 2 assign)")};

// Onboarding and discipline (services/provider_settings, schema v3 stores them).
// Never below 18 whatever is stored: providers are adults.
inline constexpr Setting ProviderMinAge{u"provider_min_age", K::Whole, double(kLimits.minAge), 18, 100,
                                        QT_TRANSLATE_NOOP("OfficeSettings", "Provider minimum age")};
inline constexpr Setting ProviderMaxAge{u"provider_max_age", K::Whole, double(kLimits.maxAge), 18, 100,
                                        QT_TRANSLATE_NOOP("OfficeSettings", "Provider maximum age")};
inline constexpr Setting ProviderHealthMinDays{u"provider_health_min_days", K::Whole, double(kLimits.healthMinDays), 0, 365,
                                               QT_TRANSLATE_NOOP("OfficeSettings", "Days a health certificate must still be valid")};
inline constexpr Setting ProviderLowRatingOrders{u"provider_low_rating_orders", K::Whole, double(kPolicy.lowRatingOrders), 1, 1000,
                                                 QT_TRANSLATE_NOOP("OfficeSettings", "Ratings in the low-rating window")};
inline constexpr Setting ProviderLowRatingBelowX100{u"provider_low_rating_below_x100", K::Whole, double(kPolicy.lowRatingBelowX100), 100, 500,
                                                    QT_TRANSLATE_NOOP("OfficeSettings", "Low-rating flag below (stars × 100)")};

// Personal data rights (services/privacy_service): customers with no order and
// no change for this many years are anonymised by the retention sweep, 0 = never.
// Three years: long enough for after-sales and tax questions on the last order.
inline constexpr Setting CustomerRetentionYears{u"privacy.customer_retention_years", K::Whole, 3, 0, 30,
                                                QT_TRANSLATE_NOOP("OfficeSettings", "Years a customer's personal data is kept after their last activity")};

// Complaints and SLA clocks (services/sla_clock, complaint_service). The
// office's hours per weekday, minutes after local midnight ([open, close);
// closed when close <= open): business-hours targets count only these.
// Statutory days off are closed whatever the weekday; a make-up working day
// (调休上班) has the make-up hours.
inline constexpr Setting OfficeHoursMondayOpen{u"office_hours.mon_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Monday (minutes after midnight)")};
inline constexpr Setting OfficeHoursMondayClose{u"office_hours.mon_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Monday (minutes after midnight)")};
inline constexpr Setting OfficeHoursTuesdayOpen{u"office_hours.tue_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Tuesday (minutes after midnight)")};
inline constexpr Setting OfficeHoursTuesdayClose{u"office_hours.tue_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Tuesday (minutes after midnight)")};
inline constexpr Setting OfficeHoursWednesdayOpen{u"office_hours.wed_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Wednesday (minutes after midnight)")};
inline constexpr Setting OfficeHoursWednesdayClose{u"office_hours.wed_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Wednesday (minutes after midnight)")};
inline constexpr Setting OfficeHoursThursdayOpen{u"office_hours.thu_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Thursday (minutes after midnight)")};
inline constexpr Setting OfficeHoursThursdayClose{u"office_hours.thu_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Thursday (minutes after midnight)")};
inline constexpr Setting OfficeHoursFridayOpen{u"office_hours.fri_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Friday (minutes after midnight)")};
inline constexpr Setting OfficeHoursFridayClose{u"office_hours.fri_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Friday (minutes after midnight)")};
inline constexpr Setting OfficeHoursSaturdayOpen{u"office_hours.sat_open", K::Whole, 0, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Saturday (minutes after midnight)")};
inline constexpr Setting OfficeHoursSaturdayClose{u"office_hours.sat_close", K::Whole, 0, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Saturday (minutes after midnight)")};
inline constexpr Setting OfficeHoursSundayOpen{u"office_hours.sun_open", K::Whole, 0, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on Sunday (minutes after midnight)")};
inline constexpr Setting OfficeHoursSundayClose{u"office_hours.sun_close", K::Whole, 0, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on Sunday (minutes after midnight)")};
inline constexpr Setting OfficeHoursMakeUpDayOpen{u"office_hours.makeup_open", K::Whole, 540, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office opens on a make-up working day (minutes after midnight)")};
inline constexpr Setting OfficeHoursMakeUpDayClose{u"office_hours.makeup_close", K::Whole, 1080, 0, 1440,
    QT_TRANSLATE_NOOP("OfficeSettings", "Office closes on a make-up working day (minutes after midnight)")};
// Days after closing during which a complaint may be reopened.
inline constexpr Setting ComplaintReopenDays{u"complaints.reopen_days", K::Whole, 7, 0, 365,
                                             QT_TRANSLATE_NOOP("OfficeSettings", "Days a closed complaint may be reopened")};
// Refunds (services/refund_service): the refund limit a new staff member gets
// (staff.refund_limit_fen): up to it they approve their own requests.
inline constexpr Setting RefundDefaultLimitFen{u"refunds.default_limit_fen", K::Whole, 50000, 0, 100000000,
                                               QT_TRANSLATE_NOOP("OfficeSettings", "Refund limit of new staff (fen)")};
// Upheld complaints against one provider within the window raise a
// deactivation flag for the supervisors (0: never).
inline constexpr Setting UpheldComplaintsFlagCount{u"complaints.upheld_flag_count", K::Whole, 3, 0, 100,
                                                   QT_TRANSLATE_NOOP("OfficeSettings", "Upheld complaints that flag a provider")};
inline constexpr Setting UpheldComplaintsFlagDays{u"complaints.upheld_flag_days", K::Whole, 90, 1, 3650,
                                                  QT_TRANSLATE_NOOP("OfficeSettings", "Days counted for upheld complaints")};
} // namespace settings

// Every setting of the catalogue, in its order.
const QList<const Setting *> &allSettings();
// The setting stored under `key`; nullptr for a key nobody declared.
const Setting *findSetting(const QString &key);

// Empty when `text` is an acceptable stored value of `s`; else a sentence
// naming the setting, the value and the range.
QString settingProblem(const Setting &s, const QString &text);
// The stored text of a value (whole numbers without a decimal point).
QString settingText(const Setting &s, double value);

// Values to write together (SettingsService::set).
using SettingValues = QList<std::pair<const Setting *, double>>;

struct SettingRead
{
    double value = 0;
    QString problem; // empty: as stored (or the default, when not stored)
};

class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)
public:
    // Reads on this handle: inside an action use ctx.db(), so the values are
    // those of the transaction.
    explicit OfficeSettings(store::Database &db) : m_db(db) {}
    explicit OfficeSettings(ServiceLayer &services);

    // The stored value (or the default); throws ServiceError::Invalid for a
    // value that does not parse or is out of range.
    double value(const Setting &s) const;
    int whole(const Setting &s) const { return int(value(s)); }
    // For work that must go on: the default instead of a bad value, and why.
    SettingRead valueOrDefault(const Setting &s) const;
    // Every stored value that is wrong, one sentence each (empty: none).
    QStringList problems() const;

private:
    std::optional<QString> stored(const Setting &s) const;
    store::Database &m_db;
};

} // namespace doorstep::services
