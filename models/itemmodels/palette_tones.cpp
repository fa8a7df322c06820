#include "itemmodels/palette_tones.h"

namespace doorstep::itemmodels {
namespace {

QColor hue(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Late: return {0xc0, 0x39, 0x2b};
    case Tone::Good: return {0x2e, 0x9d, 0x4f};
    case Tone::Attention: return {0xff, 0xb3, 0x00};
    case Tone::Warning: return {0xd9, 0x7a, 0x00};
    case Tone::Quiet: break;
    }
    return palette.color(QPalette::Text);
}

// a + (b - a) * t, per channel.
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor toneText(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Quiet)
        return palette.color(QPalette::PlaceholderText);
    // Towards the text colour, so it stays readable on a light and a dark base.
    return mix(hue(tone, palette), palette.color(QPalette::Text), 0.25);
}

QColor toneFill(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mix(base, tone == Tone::Quiet ? palette.color(QPalette::Text) : hue(tone, palette), 0.15);
}

QColor toneStrong(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Quiet)
        return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    return hue(tone, palette);
}

} // namespace doorstep::itemmodels
