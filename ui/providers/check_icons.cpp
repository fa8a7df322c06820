#include "ui/providers/check_icons.h"

#include "itemmodels/palette_tones.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace doorstep::ui {

QIcon checkStateIcon(domain::CheckState state)
{
    constexpr int size = 32;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const itemmodels::Tone tone = state == domain::CheckState::Passed ? itemmodels::Tone::Good
        : state == domain::CheckState::Failed                         ? itemmodels::Tone::Late
                                                                       : itemmodels::Tone::Attention;
    const QColor fill = itemmodels::toneStrong(tone, QGuiApplication::palette());
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    if (state == domain::CheckState::Passed) {
        QPainterPath tick;
        tick.moveTo(9, 16.5);
        tick.lineTo(14, 21.5);
        tick.lineTo(23, 11);
        p.drawPath(tick);
    } else if (state == domain::CheckState::Failed) {
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
    } else {
        // A dash: nothing to check yet.
        p.drawLine(QPointF(10, 16), QPointF(22, 16));
    }
    return QIcon(pixmap);
}

QString checkStateText(domain::CheckState state)
{
    switch (state) {
    case domain::CheckState::Passed:
        return QCoreApplication::translate("ProviderChecklist", "Passed");
    case domain::CheckState::Failed:
        return QCoreApplication::translate("ProviderChecklist", "Failed");
    case domain::CheckState::Missing:
        break;
    }
    return QCoreApplication::translate("ProviderChecklist", "Missing");
}

QString checkSeverityText(domain::CheckSeverity severity)
{
    return severity == domain::CheckSeverity::Hard ? QCoreApplication::translate("ProviderChecklist", "Required")
                                                   : QCoreApplication::translate("ProviderChecklist", "For judgement");
}

} // namespace doorstep::ui
