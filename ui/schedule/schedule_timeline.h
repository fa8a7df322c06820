#pragma once
// The schedule board's right half: one row per provider across the day,
// working hours shaded, jobs as blocks, the focused order's window as a band.
// Jobs are dragged from here; orders and jobs are dropped here. The view
// only works out *where* (provider row, start under the cursor, snapped to
// five minutes) and hands the payload on through `dropped`; what happens is
// the board's business (rules, confirmation, undo stack).
#include <QAbstractScrollArea>
#include <QPointer>

#include "itemmodels/schedule_model.h"

#include <optional>

class QMimeData;

namespace doorstep::itemmodels {
class ScheduleModel;
}

namespace doorstep::ui {

class ScheduleTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit ScheduleTimeline(QWidget *parent = nullptr);

    void setModel(itemmodels::ScheduleModel *model);
    itemmodels::ScheduleModel *model() const { return m_model; }
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The focused order's window, shaded across all rows (0, 0: none).
    void setHighlightWindow(qint64 start, qint64 end);

    // The job picked with Left/Right on the current row (0: none), and the
    // one picked up with Ctrl+X to move to another row.
    qint64 currentJob() const { return m_currentJob; }
    void setCurrentJob(qint64 orderId);
    qint64 carriedJob() const { return m_carried ? m_carried->orderId : 0; }

    // Geometry, public for tests: the point where a job starting at `start`
    // on `row` begins, and the reverse.
    QPoint pointFor(int row, qint64 start) const;
    int rowAt(int y) const;
    qint64 timeAt(int x) const; // snapped to 5 minutes

Q_SIGNALS:
    // A payload (with its drop start set) was dropped on `row`.
    void dropped(const QMimeData *data, int row);
    // Enter on a row: the keyboard path's "assign here".
    void rowActivated(int row);
    void currentRowChanged(int row);
    // The keyboard path for jobs already on the board (Left/Right pick a job
    // on the current row): Delete takes it back, Alt+Left/Right moves it by
    // `deltaSecs`, Ctrl+X picks it up and Enter on another row puts it there
    // at the earliest allowed start (Esc puts it down again).
    void takeBackRequested(int row, qint64 orderId);
    void nudgeRequested(int row, qint64 orderId, qint64 deltaSecs);
    void moveRequested(int fromRow, qint64 orderId, int toRow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit
    {
        int row = -1;
        qint64 orderId = 0;
        qint64 start = 0;
    };
    std::optional<Hit> jobAt(QPoint p) const;
    double pixelsPerMinute() const;
    qint64 dropStartFor(QPoint p) const;
    void updateScrollBars();

    void stepJob(int direction);
    const itemmodels::JobBlock *job(int row, qint64 orderId) const;

    QPointer<itemmodels::ScheduleModel> m_model;
    int m_current = -1;
    qint64 m_keepProvider = 0; // the current row's provider across row-level changes
    qint64 m_currentJob = 0;
    std::optional<Hit> m_carried;
    qint64 m_windowStart = 0, m_windowEnd = 0;
    // Drag state.
    std::optional<Hit> m_pressed;
    QPoint m_pressPos;
    qint64 m_grabOffset = 0;    // seconds between a dragged block's start and the cursor
    int m_previewRow = -1;
    qint64 m_previewStart = 0;
    int m_previewMinutes = 0;
    bool m_previewAllowed = false;
};

} // namespace doorstep::ui
