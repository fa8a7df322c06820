#pragma once
// The drag payload of the order board and the schedule board: which order,
// where it was (provider and start, 0 for a pending order) and, added by the
// view on drop, where it is being put. Plain QMimeData so that models accept
// drops through dropMimeData() and tests can build the same payload.
#include <QMimeData>

#include <optional>

namespace doorstep::itemmodels {

inline constexpr char16_t kOrderMimeType[] = u"application/x-doorstep-order";

struct OrderDrag
{
    qint64 orderId = 0;
    qint64 fromProviderId = 0; // 0: a pending order
    qint64 fromStart = 0;
    qint64 dropStart = 0;      // set by the view that receives the drop (0: earliest possible)
    int durationMin = 0;       // for the drop preview
};

QMimeData *encodeOrderDrag(const OrderDrag &drag);       // caller owns
void setDropStart(QMimeData *data, qint64 start);        // the view, before dropMimeData()
std::optional<OrderDrag> decodeOrderDrag(const QMimeData *data);

} // namespace doorstep::itemmodels
