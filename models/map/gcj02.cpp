#include "map/gcj02.h"

#include <cmath>
#include <numbers>

namespace doorstep::map {

namespace {
// The Krasovsky 1940 ellipsoid the obfuscation is defined on.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kPi = std::numbers::pi;

double offsetLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLng(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}
} // namespace

bool outOfChina(LatLng wgs)
{
    return wgs.lng < 72.004 || wgs.lng > 137.8347 || wgs.lat < 0.8293 || wgs.lat > 55.8271;
}

LatLng wgs84ToGcj02(LatLng wgs)
{
    if (outOfChina(wgs))
        return wgs;
    const double x = wgs.lng - 105.0;
    const double y = wgs.lat - 35.0;
    const double radLat = wgs.lat / 180.0 * kPi;
    const double s = std::sin(radLat);
    const double magic = 1 - kEe * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat = (offsetLat(x, y) * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    const double dLng = (offsetLng(x, y) * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {wgs.lat + dLat, wgs.lng + dLng};
}

} // namespace doorstep::map
