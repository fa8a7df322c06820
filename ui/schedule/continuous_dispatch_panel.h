#pragma once
// The dispatch page's view of continuous auto-dispatch: which mode the office
// chose, and what it did with each new order (assigned, proposed, left out)
// with the explanation. A proposed row carries an Accept button: one click
// writes it (the rules are checked again; a refusal says why in the row).
#include <QWidget>

class QLabel;
class QTableView;

namespace doorstep::itemmodels {
class ContinuousDispatch;
class ContinuousDispatchModel;
}

namespace doorstep::ui {

class ContinuousDispatchPanel final : public QWidget
{
    Q_OBJECT
public:
    ContinuousDispatchPanel(itemmodels::ContinuousDispatch *source, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *modeLabel() const { return m_mode; }
    itemmodels::ContinuousDispatchModel *model() const { return m_model; }
    // Reads the office setting again (after the settings dialog, a sync).
    void refreshMode();
    // The Accept button of a proposed row; nullptr for other rows.
    QWidget *acceptButton(int row) const;

private:
    void updateButtons(int first, int last);
    void accept(qint64 orderId);

    itemmodels::ContinuousDispatch *m_source;
    itemmodels::ContinuousDispatchModel *m_model;
    QLabel *m_mode;
    QTableView *m_view;
};

} // namespace doorstep::ui
