#include "ui/schedule/schedule_timeline.h"

#include "itemmodels/display_format.h"
#include "itemmodels/order_mime.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/schedule_model.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <memory>

namespace doorstep::ui {
namespace {

constexpr int kNameWidth = 210;
constexpr int kRowHeight = 38;
constexpr int kHeaderHeight = 24;
constexpr int kFirstHour = 7;  // the board shows 07:00-22:00 office time
constexpr int kLastHour = 22;
constexpr qint64 kSnap = 5 * 60;


} // namespace

ScheduleTimeline::ScheduleTimeline(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(kNameWidth + 500);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void ScheduleTimeline::setModel(itemmodels::ScheduleModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_current = m_model->rowCount() > 0 ? std::clamp(m_current, 0, m_model->rowCount() - 1) : -1;
            // Rows were reloaded: a job may have moved or gone.
            if (m_current < 0 || !job(m_current, m_currentJob))
                m_currentJob = 0;
            m_carried.reset();
            updateScrollBars();
            viewport()->update();
        });
        // Row-level changes (ScheduleModel::refreshRows, after a sync pull):
        // the current row follows its provider, so the dispatcher's place
        // stays; a job carried with Ctrl+X is dropped only if it is gone.
        const auto remember = [this] { m_keepProvider = m_model->providerIdAt(m_current); };
        const auto follow = [this] {
            const int row = m_keepProvider ? m_model->rowOfProvider(m_keepProvider) : -1;
            const int rows = m_model->rowCount();
            m_current = row >= 0 ? row : (rows > 0 ? std::clamp(m_current, 0, rows - 1) : -1);
            if (m_current < 0 || !job(m_current, m_currentJob))
                m_currentJob = 0;
            if (m_carried) { // its row may have moved: find the job again
                int carriedRow = -1;
                for (int r = 0; r < rows && carriedRow < 0; ++r)
                    if (job(r, m_carried->orderId))
                        carriedRow = r;
                if (carriedRow < 0)
                    m_carried.reset();
                else
                    m_carried->row = carriedRow;
            }
            updateScrollBars();
            viewport()->update();
        };
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, remember);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, remember);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, remember);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, follow);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, follow);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, follow);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this, remember, follow] {
            remember(); // a provider's jobs changed in place
            follow();
        });
    }
    updateScrollBars();
    viewport()->update();
}

void ScheduleTimeline::setCurrentRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || row == m_current)
        return;
    m_current = row;
    m_currentJob = 0;
    // Keep the current row in view, like a list does.
    const int top = row * kRowHeight;
    const int visible = viewport()->height() - kHeaderHeight;
    if (top < verticalScrollBar()->value())
        verticalScrollBar()->setValue(top);
    else if (top + kRowHeight > verticalScrollBar()->value() + visible)
        verticalScrollBar()->setValue(top + kRowHeight - visible);
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

const itemmodels::JobBlock *ScheduleTimeline::job(int row, qint64 orderId) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || !orderId)
        return nullptr;
    for (const itemmodels::JobBlock &j : m_model->jobs(row))
        if (j.orderId == orderId)
            return &j;
    return nullptr;
}

void ScheduleTimeline::setCurrentJob(qint64 orderId)
{
    m_currentJob = job(m_current, orderId) ? orderId : 0;
    viewport()->update();
}

void ScheduleTimeline::stepJob(int direction)
{
    if (!m_model || m_current < 0)
        return;
    // Jobs in start order; from none, Right takes the first and Left the last.
    QList<const itemmodels::JobBlock *> jobs;
    for (const itemmodels::JobBlock &j : m_model->jobs(m_current))
        jobs.append(&j);
    if (jobs.isEmpty())
        return;
    std::sort(jobs.begin(), jobs.end(), [](auto *a, auto *b) { return a->start < b->start; });
    qsizetype at = -1;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        if (jobs[i]->orderId == m_currentJob)
            at = i;
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : jobs.size() - 1) : std::clamp<qsizetype>(at + direction, 0, jobs.size() - 1);
    setCurrentJob(jobs[next]->orderId);
}

void ScheduleTimeline::setHighlightWindow(qint64 start, qint64 end)
{
    m_windowStart = start;
    m_windowEnd = end;
    viewport()->update();
}

double ScheduleTimeline::pixelsPerMinute() const
{
    return double(std::max(200, viewport()->width() - kNameWidth)) / double((kLastHour - kFirstHour) * 60);
}

QPoint ScheduleTimeline::pointFor(int row, qint64 start) const
{
    const qint64 origin = (m_model ? m_model->dayStart() : 0) + kFirstHour * 3600;
    const int x = kNameWidth + int(std::lround(double(start - origin) / 60.0 * pixelsPerMinute()));
    const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value() + kRowHeight / 2;
    return {x, y};
}

int ScheduleTimeline::rowAt(int y) const
{
    if (!m_model || y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < m_model->rowCount() ? row : -1;
}

qint64 ScheduleTimeline::timeAt(int x) const
{
    const qint64 origin = (m_model ? m_model->dayStart() : 0) + kFirstHour * 3600;
    const double minutes = double(std::max(0, x - kNameWidth)) / pixelsPerMinute();
    const qint64 t = origin + qint64(minutes * 60.0);
    return (t + kSnap / 2) / kSnap * kSnap;
}

qint64 ScheduleTimeline::dropStartFor(QPoint p) const
{
    return timeAt(p.x()) - m_grabOffset / kSnap * kSnap;
}

void ScheduleTimeline::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    verticalScrollBar()->setPageStep(std::max(1, viewport()->height() - kHeaderHeight));
    verticalScrollBar()->setSingleStep(kRowHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows * kRowHeight - (viewport()->height() - kHeaderHeight)));
}

void ScheduleTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

std::optional<ScheduleTimeline::Hit> ScheduleTimeline::jobAt(QPoint p) const
{
    const int row = rowAt(p.y());
    if (row < 0 || p.x() < kNameWidth)
        return std::nullopt;
    for (const itemmodels::JobBlock &job : m_model->jobs(row)) {
        const int x0 = pointFor(row, job.start).x();
        const int x1 = pointFor(row, job.start + qint64(job.durationMin) * 60).x();
        if (p.x() >= x0 && p.x() <= x1)
            return Hit{row, job.orderId, job.start};
    }
    return std::nullopt;
}

void ScheduleTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    // Colours follow the palette (a dark theme too): itemmodels/palette_tones.
    const QPalette pal = palette();
    const QColor hours = itemmodels::toneFill(itemmodels::Tone::Good, pal);
    const QColor locked = itemmodels::toneStrong(itemmodels::Tone::Quiet, pal);
    QColor hourLine = pal.color(QPalette::Text);
    hourLine.setAlpha(30);
    p.fillRect(viewport()->rect(), pal.base());
    if (!m_model)
        return;
    const int width = viewport()->width();
    const int scroll = verticalScrollBar()->value();
    const int firstRow = scroll / kRowHeight;
    const int lastRow = std::min(m_model->rowCount() - 1, (scroll + viewport()->height()) / kRowHeight);
    const qint64 day = m_model->dayStart();
    const QFontMetrics fm = p.fontMetrics();

    for (int row = std::max(0, firstRow); row <= lastRow; ++row) {
        const int y = kHeaderHeight + row * kRowHeight - scroll;
        const QRect rowRect(0, y, width, kRowHeight);
        if (row == m_current)
            p.fillRect(QRect(0, y, kNameWidth, kRowHeight), pal.highlight());
        // Working hours.
        for (const auto &h : m_model->providerDay(row).workingHours) {
            const int x0 = std::max(kNameWidth, pointFor(row, h.begin).x());
            const int x1 = std::min(width, pointFor(row, h.end).x());
            if (x1 > x0)
                p.fillRect(QRect(x0, y + 3, x1 - x0, kRowHeight - 6), hours);
        }
        // Name, rating, jobs and (for a focused order) the fit.
        p.setPen(row == m_current ? pal.highlightedText().color() : pal.text().color());
        const QString name = m_model->index(row, itemmodels::ScheduleModel::Provider).data().toString();
        const QString rating = m_model->index(row, itemmodels::ScheduleModel::Rating).data().toString();
        const QString jobs = m_model->index(row, itemmodels::ScheduleModel::Jobs).data().toString();
        const QString fit = m_model->index(row, itemmodels::ScheduleModel::Fit).data().toString();
        p.drawText(QRect(6, y + 2, kNameWidth - 10, kRowHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(name + u"  ★" + rating + u"  " + jobs, Qt::ElideRight, kNameWidth - 10));
        if (!fit.isEmpty()) {
            QFont small = p.font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            p.setFont(small);
            p.drawText(QRect(6, y + kRowHeight / 2, kNameWidth - 10, kRowHeight / 2 - 2), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(small).elidedText(fit, Qt::ElideRight, kNameWidth - 10));
            p.setFont(font());
        }
        // Hour lines, so a start time can be read off the row.
        p.setPen(hourLine);
        for (int hour = kFirstHour + 1; hour < kLastHour; ++hour) {
            const int x = pointFor(row, day + hour * 3600).x();
            p.drawLine(x, y, x, y + kRowHeight);
        }
        // Jobs.
        for (const itemmodels::JobBlock &job : m_model->jobs(row)) {
            const int x0 = pointFor(row, job.start).x();
            const int x1 = pointFor(row, job.start + qint64(job.durationMin) * 60).x();
            const QRect block(x0, y + 5, std::max(4, x1 - x0), kRowHeight - 10);
            p.setPen(Qt::NoPen);
            p.setBrush(job.movable ? pal.highlight().color() : locked);
            p.drawRoundedRect(block, 3, 3);
            // The keyboard's job, and the one picked up to move.
            if (m_carried && m_carried->orderId == job.orderId) {
                p.setPen(QPen(pal.text().color(), 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(block.adjusted(-2, -2, 2, 2), 3, 3);
            } else if (row == m_current && job.orderId == m_currentJob) {
                p.setPen(QPen(itemmodels::toneStrong(itemmodels::Tone::Attention, pal), 3));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(block.adjusted(-2, -2, 2, 2), 3, 3);
            }
            p.setPen(job.movable ? pal.highlightedText().color() : pal.base().color());
            p.drawText(block.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(job.orderNo.right(6) + u' ' + job.service, Qt::ElideRight, block.width() - 6));
        }
        p.setPen(pal.mid().color());
        p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    }

    // The focused order's window across every row, over the working hours.
    if (m_windowEnd > m_windowStart) {
        const int x0 = std::max(kNameWidth, pointFor(0, m_windowStart).x());
        const int x1 = pointFor(0, m_windowEnd).x();
        QColor band = itemmodels::toneStrong(itemmodels::Tone::Attention, pal);
        band.setAlpha(70);
        p.fillRect(QRect(x0, kHeaderHeight, std::max(2, x1 - x0), viewport()->height()), band);
    }

    // Drop preview: where the job would go, green if the rules allow it.
    if (m_previewRow >= 0 && m_previewMinutes > 0) {
        const QPoint a = pointFor(m_previewRow, m_previewStart);
        const QPoint b = pointFor(m_previewRow, m_previewStart + qint64(m_previewMinutes) * 60);
        const QRect r(a.x(), a.y() - kRowHeight / 2 + 3, std::max(4, b.x() - a.x()), kRowHeight - 6);
        QColor c = itemmodels::toneStrong(m_previewAllowed ? itemmodels::Tone::Good : itemmodels::Tone::Late, pal);
        p.setPen(QPen(c, 2, Qt::DashLine));
        c.setAlpha(60);
        p.setBrush(c);
        p.drawRect(r);
        p.setPen(pal.text().color());
        p.drawText(r.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, itemmodels::formatDateTime(m_previewStart).right(5));
    }

    // Hour ruler on top.
    p.fillRect(QRect(0, 0, width, kHeaderHeight), pal.window());
    p.setPen(pal.windowText().color());
    // Every hour labelled when there is room, else every other hour.
    const int labelEvery = pixelsPerMinute() * 60 >= fm.horizontalAdvance(QStringLiteral("00:00")) + 12 ? 1 : 2;
    for (int hour = kFirstHour; hour <= kLastHour; ++hour) {
        const int x = pointFor(0, day + hour * 3600).x();
        p.drawLine(x, kHeaderHeight - 5, x, kHeaderHeight);
        if (hour < kLastHour && (hour - kFirstHour) % labelEvery == 0)
            p.drawText(QRect(x + 2, 0, 60, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    p.drawText(QRect(6, 0, kNameWidth - 10, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter, itemmodels::formatDate(day + 12 * 3600));
}

bool ScheduleTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto hit = jobAt(help->pos())) {
            for (const auto &job : m_model->jobs(hit->row))
                if (job.orderId == hit->orderId)
                    QToolTip::showText(help->globalPos(),
                                       job.orderNo + u'\n' + job.service + u'\n'
                                           + itemmodels::formatDateTime(job.start) + u'–'
                                           + itemmodels::formatDateTime(job.start + qint64(job.durationMin) * 60).right(5)
                                           + (job.movable ? QString() : u'\n' + tr("Accepted by the provider: reschedule to change it")),
                                       viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ScheduleTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCurrentRow(row);
    m_pressed = jobAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    setCurrentJob(m_pressed ? m_pressed->orderId : 0);
    setFocus(Qt::MouseFocusReason);
}

void ScheduleTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_pressed || !m_model)
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const Hit hit = *m_pressed;
    m_pressed.reset();
    QMimeData *data = m_model->mimeDataForJob(hit.row, hit.orderId);
    const auto drag = itemmodels::decodeOrderDrag(data);
    if (!data || !drag)
        return;
    for (const auto &job : m_model->jobs(hit.row))
        if (job.orderId == hit.orderId && !job.movable) {
            delete data;
            return; // accepted jobs stay put; the tooltip says why
        }
    m_grabOffset = timeAt(m_pressPos.x()) - hit.start;
    auto *qdrag = new QDrag(this);
    qdrag->setMimeData(data);
    qdrag->exec(Qt::MoveAction);
    m_grabOffset = 0;
}

void ScheduleTimeline::keyPressEvent(QKeyEvent *event)
{
    if (!m_model)
        return QAbstractScrollArea::keyPressEvent(event);
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(std::max(0, m_current - 1)); return;
    case Qt::Key_Down: setCurrentRow(std::min(m_model->rowCount() - 1, m_current + 1)); return;
    case Qt::Key_Home: setCurrentRow(0); return;
    case Qt::Key_End: setCurrentRow(m_model->rowCount() - 1); return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Right ? 1 : -1;
        if (alt && m_currentJob)
            Q_EMIT nudgeRequested(m_current, m_currentJob, direction * 15 * 60);
        else
            stepJob(direction);
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_currentJob)
            Q_EMIT takeBackRequested(m_current, m_currentJob);
        return;
    case Qt::Key_X:
        if ((event->modifiers() & Qt::ControlModifier) && m_currentJob) {
            const itemmodels::JobBlock *j = job(m_current, m_currentJob);
            m_carried = Hit{m_current, m_currentJob, j ? j->start : 0};
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_carried) {
            m_carried.reset();
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_carried) {
            const Hit carried = *m_carried;
            m_carried.reset();
            viewport()->update();
            if (m_current >= 0)
                Q_EMIT moveRequested(carried.row, carried.orderId, m_current);
            return;
        }
        if (m_current >= 0)
            Q_EMIT rowActivated(m_current);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ScheduleTimeline::dragEnterEvent(QDragEnterEvent *event)
{
    if (itemmodels::decodeOrderDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ScheduleTimeline::dragMoveEvent(QDragMoveEvent *event)
{
    const auto drag = itemmodels::decodeOrderDrag(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (!drag || row < 0 || !m_model) {
        m_previewRow = -1;
        viewport()->update();
        event->ignore();
        return;
    }
    const qint64 start = dropStartFor(pos);
    if (row != m_previewRow || start != m_previewStart) {
        // Ask the rules once per row and 5-minute step, not per mouse pixel.
        std::unique_ptr<QMimeData> probe(itemmodels::encodeOrderDrag(*drag));
        itemmodels::setDropStart(probe.get(), start);
        m_previewAllowed = m_model->canDropMimeData(probe.get(), Qt::MoveAction, row, 0, {});
        m_previewRow = row;
        m_previewStart = start;
        m_previewMinutes = drag->durationMin;
        viewport()->update();
    }
    // Refused drops are still accepted here, so the drop can say why.
    event->acceptProposedAction();
}

void ScheduleTimeline::dragLeaveEvent(QDragLeaveEvent *)
{
    m_previewRow = -1;
    viewport()->update();
}

void ScheduleTimeline::dropEvent(QDropEvent *event)
{
    m_previewRow = -1;
    viewport()->update();
    const auto drag = itemmodels::decodeOrderDrag(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (!drag || row < 0) {
        event->ignore();
        return;
    }
    std::unique_ptr<QMimeData> data(itemmodels::encodeOrderDrag(*drag));
    itemmodels::setDropStart(data.get(), dropStartFor(pos));
    event->acceptProposedAction();
    setCurrentRow(row);
    Q_EMIT dropped(data.get(), row);
}

} // namespace doorstep::ui
