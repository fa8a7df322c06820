#include "ui/idle_locker.h"

#include <QCoreApplication>
#include <QEvent>

namespace doorstep::ui {

IdleLocker::IdleLocker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLocker::lockRequested);
    QCoreApplication::instance()->installEventFilter(this);
    setTimeout(m_minutes);
}

void IdleLocker::setTimeout(int minutes)
{
    m_minutes = minutes;
    m_timer.setInterval(minutes * 60 * 1000);
    setEnabled(m_enabled);
}

void IdleLocker::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_enabled && m_minutes > 0)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLocker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_enabled && m_minutes > 0)
            m_timer.start(); // any input restarts the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace doorstep::ui
