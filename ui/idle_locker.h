#pragma once
// Locks the console after a period without keyboard or mouse input.
#include <QObject>
#include <QTimer>

namespace doorstep::ui {

class IdleLocker : public QObject
{
    Q_OBJECT
public:
    explicit IdleLocker(QObject *parent = nullptr);
    void setTimeout(int minutes); // 0 disables
    int timeoutMinutes() const { return m_minutes; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // For tests: fire as if the idle time had passed.
    void triggerNow() { Q_EMIT lockRequested(); }

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_minutes = 10;
    bool m_enabled = true;
};

} // namespace doorstep::ui
