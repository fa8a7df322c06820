#include "domain/geo.h"

#include <cmath>
#include <numbers>

namespace doorstep::domain {

double haversineKm(LatLng a, LatLng b)
{
    constexpr double earthRadiusKm = 6371.0088;
    const double rad = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLng = (b.lng - a.lng) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLng / 2) * std::sin(dLng / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double travelMinutes(LatLng a, LatLng b, double roadFactor, double speedKmh)
{
    return speedKmh <= 0 ? 0 : haversineKm(a, b) * roadFactor / speedKmh * 60.0;
}

} // namespace doorstep::domain
