#pragma once
// A QApplication that times every event the GUI thread handles at the top
// level (wall clock and the GUI thread's own CPU time), by the step a
// benchmark says it is in and the receiver: bench_gui_stall and
// bench_sync_stall report the longest.
#include <QApplication>
#include <QElapsedTimer>
#include <QString>
#include <QThread>

#include <time.h>

#include <map>

namespace doorstep::bench {

// Times every event the GUI thread handles at the top level (an event
// handled inside another one, e.g. a send from a slot, counts towards the
// outer one). What was being done (the step) and who got the event name it.
class StallMeter final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Stall
    {
        double ms = 0;    // wall clock
        double cpuMs = 0; // the GUI thread's own CPU time in it (the rest: waiting for a core)
        QString step;
        QString what;
    };
    QString step;
    std::map<std::pair<QString, QString>, Stall> worst; // by (step, what): the longest
    // Every layout request, however short, by receiver: how many, how long
    // in all (one slow layout says less than thousands of quick ones).
    struct Tally
    {
        int count = 0;
        double ms = 0;
        double cpuMs = 0;
    };
    std::map<QString, Tally> layouts;
    int events = 0;
    int eventsOver100 = 0;    // wall clock
    int eventsOver100Cpu = 0; // the GUI thread's CPU time

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() sees every thread's events: only the GUI thread's count
        // (and m_depth is the GUI thread's alone).
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const char *cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        // Read before the event: handling it may delete the receiver.
        const char *parent = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        const QEvent::Type type = event->type();
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double cpuBefore = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuBefore;
        --m_depth;
        ++events;
        eventsOver100 += ms > 100 ? 1 : 0;
        eventsOver100Cpu += cpuMs > 100 ? 1 : 0;
        if (ms >= 1.0 || type == QEvent::LayoutRequest) {
            QString what = QString::fromLatin1(cls);
            if (!name.isEmpty())
                what += u"(" + name + u")";
            else if (parent) // a worker's result (QFutureWatcher) says little by itself: whose it is
                what += u" in " + QString::fromLatin1(parent);
            if (type == QEvent::LayoutRequest) {
                Tally &tally = layouts[what];
                ++tally.count;
                tally.ms += ms;
                tally.cpuMs += cpuMs;
                if (ms < 1.0)
                    return handled;
            }
            what += u" " + eventName(type);
            Stall &s = worst[{step, what}];
            if (ms > s.ms)
                s = {ms, cpuMs, step, what};
        }
        return handled;
    }

private:
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    static QString eventName(QEvent::Type type)
    {
        switch (type) {
        case QEvent::MetaCall: return QStringLiteral("queued call");
        case QEvent::Timer: return QStringLiteral("timer");
        case QEvent::Paint: return QStringLiteral("paint");
        case QEvent::UpdateRequest: return QStringLiteral("repaint");
        case QEvent::LayoutRequest: return QStringLiteral("layout");
        case QEvent::KeyPress: return QStringLiteral("key press");
        case QEvent::KeyRelease: return QStringLiteral("key release");
        case QEvent::Show: return QStringLiteral("show");
        case QEvent::Resize: return QStringLiteral("resize");
        case QEvent::DeferredDelete: return QStringLiteral("delete");
        default: return QStringLiteral("event %1").arg(int(type));
        }
    }
    int m_depth = 0;
};

} // namespace doorstep::bench
