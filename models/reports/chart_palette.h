#pragma once
// The series colours of every chart: the dashboard (ui/charts, QtCharts) and the
// reports' PDF charts (models/reports, QPainter) take series i's colour from
// here, so a chart printed to PDF matches the one on screen. Mid-tone colours
// that read on light and dark backgrounds alike (Okabe–Ito, safe for colour
// blindness). Header-only: the dashboard uses it without linking the writers.
#include <QColor>

#include <array>

namespace doorstep::reports {

inline constexpr std::array<QRgb, 8> kChartSeries{
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // green
    0xffd55e00, // vermilion
    0xff56b4e9, // sky blue
    0xffcc79a7, // purple
    0xfff0e442, // yellow
    0xff7f7f7f, // grey
};

// Series i on paper and light themes; `dark`: the same hue lifted a little for
// a dark base (the dashboard follows the palette; a PDF is always on white).
inline QColor chartSeriesColor(int index, bool dark = false)
{
    const QColor c = QColor::fromRgba(kChartSeries[size_t(index < 0 ? 0 : index) % kChartSeries.size()]);
    return dark ? c.lighter(130) : c;
}

} // namespace doorstep::reports
