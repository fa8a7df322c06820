#pragma once
// While the console is locked nothing it shows stays on screen: not the main
// window, not a dialog, a message box or a scan viewer. Windows are hidden
// and shown again after unlocking, so nothing typed is lost. A dialog that
// is running its own modal loop (exec(): a form, a question) cannot be
// hidden without ending that loop (QDialog::hide() returns from exec() as
// if cancelled), so it is covered instead: an opaque cover over its whole
// area and a neutral title, removed after unlocking. Popups and tooltips
// are closed.
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace doorstep::ui {

class LockCurtain
{
public:
    LockCurtain() = default;
    LockCurtain(const LockCurtain &) = delete;
    LockCurtain &operator=(const LockCurtain &) = delete;
    ~LockCurtain() { lift(); }

    // Every visible top-level window of the application goes out of sight.
    void draw();
    // Shows again what draw() hid and uncovers what it covered (windows
    // deleted meanwhile are skipped).
    void lift();
    // After logging out: what was hidden stays hidden, and the covered
    // dialogs are cancelled (their session is over).
    void dismiss();

    bool isDrawn() const { return m_drawn; }
    // For tests: whether `window` is covered now.
    static bool isCovered(const QWidget *window);

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QString title;
    };
    QList<QPointer<QWidget>> m_hidden;
    QList<Covered> m_covered;
    bool m_drawn = false;
};

} // namespace doorstep::ui
