#include "ui/stats/stat_tile.h"

#include "itemmodels/palette_tones.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

#include <cmath>
#include <QVBoxLayout>

namespace doorstep::ui {

StatTile::StatTile(const QString &title, bool higherIsBetter, QWidget *parent)
    : QFrame(parent)
    , m_higherIsBetter(higherIsBetter)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("…"), this))
    , m_previous(new QLabel(this))
    , m_lastYear(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    for (QLabel *l : {m_title, m_value, m_previous, m_lastYear})
        layout->addWidget(l);
    setMinimumWidth(170);
}

QString StatTile::change(std::optional<double> now, std::optional<double> then, QLabel *label, const QString &prefix) const
{
    if (!now || !then || *then == 0) {
        label->setStyleSheet(QString());
        return tr("%1 —").arg(prefix);
    }
    const double pct = (*now - *then) / std::abs(*then) * 100.0;
    const bool better = m_higherIsBetter ? pct > 0 : pct < 0;
    const itemmodels::Tone tone = std::abs(pct) < 0.05 ? itemmodels::Tone::Quiet : better ? itemmodels::Tone::Good : itemmodels::Tone::Late;
    label->setStyleSheet(QStringLiteral("color: %1").arg(itemmodels::toneText(tone, palette()).name()));
    return tr("%1 %2%3 %").arg(prefix, pct > 0 ? QStringLiteral("+") : QString(), QLocale().toString(pct, 'f', 1));
}

void StatTile::show(const QString &value, std::optional<double> now, std::optional<double> previous, std::optional<double> lastYear)
{
    m_value->setText(value);
    m_previous->setText(change(now, previous, m_previous, tr("vs previous period")));
    m_lastYear->setText(change(now, lastYear, m_lastYear, tr("vs last year")));
}

void StatTile::showPlain(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_previous->setText(note);
    m_previous->setStyleSheet(QString());
    m_lastYear->clear();
}

QString StatTile::valueText() const { return m_value->text(); }
QString StatTile::previousText() const { return m_previous->text(); }
QString StatTile::lastYearText() const { return m_lastYear->text(); }

void StatTile::setClickable(const QString &toolTip)
{
    m_clickable = true;
    setCursor(Qt::PointingHandCursor);
    setToolTip(toolTip);
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace doorstep::ui
