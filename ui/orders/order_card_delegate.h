#pragma once
// Draws one order of the board as a card: number and service, customer and
// district, window and provider; a red edge and the reason when it is late.
#include <QStyledItemDelegate>

namespace doorstep::ui {

class OrderCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace doorstep::ui
