#pragma once
// Distances and travel times between WGS-84 coordinates.
namespace doorstep::domain {

struct LatLng
{
    double lat = 0;
    double lng = 0;
};

double haversineKm(LatLng a, LatLng b);
// Road distance ~ straight line x roadFactor; minutes at speedKmh.
double travelMinutes(LatLng a, LatLng b, double roadFactor, double speedKmh);

} // namespace doorstep::domain
