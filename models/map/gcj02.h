#pragma once
// WGS-84 -> GCJ-02 ("Mars coordinates"). The store keeps WGS-84 (what a phone's
// GPS reports); Chinese map tiles (高德/AMap, 腾讯/Tencent) are drawn in GCJ-02,
// a few hundred metres off. A point drawn on such tiles must be shifted first,
// or every pin lands in the wrong street. Outside mainland China (the usual
// rectangle test) there is no offset. This is the published approximation of
// the obfuscation (error well under a metre against the reference values in
// tst_tilemath); GCJ-02 -> WGS-84 is not needed: nothing is stored from tiles.
namespace doorstep::map {

struct LatLng
{
    double lat = 0;
    double lng = 0;
};

// True where GCJ-02 does not apply (the offset is zero).
bool outOfChina(LatLng wgs);
LatLng wgs84ToGcj02(LatLng wgs);

} // namespace doorstep::map
