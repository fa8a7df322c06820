#include "ui/orders/order_card_delegate.h"

#include "itemmodels/orders_model.h"
#include "itemmodels/palette_tones.h"

#include <QPainter>

namespace doorstep::ui {

using itemmodels::OrdersModel;
using itemmodels::Tone;

QSize OrderCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 220, option.fontMetrics.height() * 4 + 14};
}

void OrderCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto cell = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    const QString overdue = index.data(OrdersModel::OverdueRole).toString();
    const QRect card = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    // The card changes only these four pieces of the painter's state; they are
    // put back one by one at the end (what save() and its pair would do).
    const QPainter::RenderHints hints = p->renderHints();
    const QPen pen = p->pen();
    const QBrush brush = p->brush();
    const QFont font = p->font();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? option.palette.highlight().color() : itemmodels::toneStrong(Tone::Quiet, option.palette), selected ? 2 : 1));
    p->setBrush(option.palette.base());
    p->drawRoundedRect(card, 4, 4);
    if (!overdue.isEmpty())
        p->fillRect(QRect(card.left(), card.top() + 1, 4, card.height() - 1), itemmodels::toneStrong(Tone::Late, option.palette));

    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    QRect text = card.adjusted(10, 5, -6, -5);
    auto draw = [&](const QString &s, const QColor &color, bool bold = false) {
        QFont f = option.font;
        f.setBold(bold);
        p->setFont(f);
        p->setPen(color);
        p->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(f).elidedText(s, Qt::ElideRight, text.width()));
        text.setTop(text.top() + line);
    };
    const QColor ink = option.palette.text().color();
    const QColor quiet = option.palette.placeholderText().color();
    draw(cell(OrdersModel::OrderNo) + u"  " + cell(OrdersModel::Service), ink, true);
    draw(cell(OrdersModel::Customer) + u"  " + cell(OrdersModel::Phone) + u"  " + cell(OrdersModel::District), ink);
    draw(cell(OrdersModel::Window) + (cell(OrdersModel::Provider).isEmpty() ? QString() : u"  · " + cell(OrdersModel::Provider)), quiet);
    if (!overdue.isEmpty())
        draw(overdue, itemmodels::toneText(Tone::Late, option.palette));
    else
        draw(cell(OrdersModel::Price), quiet);
    p->setRenderHints(hints, true);
    p->setRenderHints(~hints, false);
    p->setPen(pen);
    p->setBrush(brush);
    p->setFont(font);
}

} // namespace doorstep::ui
