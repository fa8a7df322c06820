#include "ui/lock_curtain.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QToolTip>

#include <utility>

namespace doorstep::ui {
namespace {
const char *const kCoverName = "lockCover";

// An opaque label over the whole of its window, following its size.
class Cover final : public QLabel
{
public:
    explicit Cover(QWidget *window)
        : QLabel(window)
    {
        setObjectName(QString::fromLatin1(kCoverName));
        setText(QApplication::translate("LockCurtain", "Doorstep is locked."));
        setAlignment(Qt::AlignCenter);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Window);
        window->installEventFilter(this);
        fit();
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded))
            fit();
        return QLabel::eventFilter(watched, event);
    }

private:
    void fit()
    {
        setGeometry(parentWidget()->rect());
        raise();
    }
};
} // namespace

void LockCurtain::draw()
{
    if (m_drawn)
        return;
    m_drawn = true;
    QToolTip::hideText();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->isVisible())
            continue;
        if (w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip) {
            w->close(); // a menu or a combo's list: reopened by hand
            continue;
        }
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog->isModal()) {
            m_covered.append({dialog, new Cover(dialog), dialog->windowTitle()});
            dialog->setWindowTitle(QApplication::translate("LockCurtain", "Doorstep (locked)"));
        } else {
            w->hide();
            m_hidden.append(w);
        }
    }
}

void LockCurtain::lift()
{
    if (!m_drawn)
        return;
    m_drawn = false;
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w)
            w->show();
    for (const Covered &c : std::as_const(m_covered)) {
        delete c.cover.data();
        if (c.window)
            c.window->setWindowTitle(c.title);
    }
    m_hidden.clear();
    m_covered.clear();
}

void LockCurtain::dismiss()
{
    if (!m_drawn)
        return;
    m_drawn = false;
    const QList<Covered> covered = std::exchange(m_covered, {});
    m_hidden.clear();
    for (const Covered &c : covered)
        if (auto *dialog = qobject_cast<QDialog *>(c.window.data()))
            dialog->reject(); // stays covered until it is gone
}

bool LockCurtain::isCovered(const QWidget *window)
{
    const auto *cover = window->findChild<QWidget *>(QString::fromLatin1(kCoverName), Qt::FindDirectChildrenOnly);
    if (!cover || !cover->isVisible() || cover->geometry() != window->rect())
        return false;
    // On top: no child widget after it in the stacking order.
    const QObjectList &children = window->children();
    for (qsizetype i = children.indexOf(cover) + 1; i < children.size(); ++i)
        if (children.at(i)->isWidgetType())
            return false;
    return true;
}

} // namespace doorstep::ui
