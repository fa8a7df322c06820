#include "services/auto_dispatch_settings.h"

#include "services/settings_service.h"

#include <tuple>
#include <type_traits>

namespace doorstep::services {
namespace {

// Each field and the setting that holds it.
template<typename Settings, typename Weights>
auto fields(Settings &s, Weights &w)
{
    using namespace settings;
    return std::tuple{std::pair{&WeightTravel, &w.perTravelMinute},        std::pair{&WeightLateness, &w.perLatenessMinute},
                      std::pair{&WeightRating, &w.perStarBelowFive},       std::pair{&UnratedRatingX100, &w.unratedRatingX100},
                      std::pair{&WeightPoints, &w.perPoint},               std::pair{&WeightWorkload, &w.perJobAlreadyThatDay},
                      std::pair{&PreferredBonus, &w.preferredBonus},       std::pair{&UnassignedPenalty, &w.unassignedPenalty},
                      std::pair{&PriorityPenalty, &w.perPriorityLevel},    std::pair{&BudgetMs, &s.budgetMs}};
}

} // namespace

AutoDispatchSettings loadAutoDispatchSettings(const OfficeSettings &office)
{
    AutoDispatchSettings s;
    std::apply([&](auto... f) { ((*f.second = static_cast<std::remove_reference_t<decltype(*f.second)>>(office.value(*f.first))), ...); },
               fields(s, s.weights));
    s.continuous = ContinuousDispatchMode(office.whole(settings::ContinuousDispatch));
    return s;
}

ContinuousDispatchMode continuousDispatchMode(const OfficeSettings &office)
{
    return ContinuousDispatchMode(int(office.valueOrDefault(settings::ContinuousDispatch).value));
}

void saveAutoDispatchSettings(SettingsService &writer, const AutoDispatchSettings &values)
{
    QList<std::pair<const Setting *, double>> list;
    std::apply([&](auto... f) { (list.append({f.first, double(*f.second)}), ...); }, fields(values, values.weights));
    list.append({&settings::ContinuousDispatch, double(int(values.continuous))});
    writer.set(list);
}

} // namespace doorstep::services
