#include "ui/status_label.h"

#include <QLabel>

namespace doorstep::ui {

void setStatusText(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text); // at a fixed size: repaints the label alone
    // The size the text needs, asked of a hidden child set up alike (it
    // inherits the font and style): the label's own size hint never goes
    // below its minimum size, so it cannot tell that it could shrink.
    auto *probe = label->findChild<QLabel *>(QStringLiteral("statusTextProbe"), Qt::FindDirectChildrenOnly);
    if (!probe) {
        probe = new QLabel(label);
        probe->setObjectName(QStringLiteral("statusTextProbe"));
        probe->hide();
    }
    probe->setTextFormat(label->textFormat());
    probe->setMargin(label->margin());
    probe->setIndent(label->indent());
    probe->setContentsMargins(label->contentsMargins());
    probe->setText(text);
    const QSize wanted = probe->sizeHint();
    const int step = 8 * label->fontMetrics().averageCharWidth();
    const bool fixed = label->minimumSize() == label->maximumSize();
    const int width = label->maximumWidth();
    if (fixed && wanted.height() == label->maximumHeight() && wanted.width() <= width && wanted.width() > width - 2 * step)
        return;
    // Round up: a count or a time a digit longer fits without a layout.
    label->setFixedSize((wanted.width() + step - 1) / step * step, wanted.height());
}

} // namespace doorstep::ui
