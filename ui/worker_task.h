#pragma once
// Slow work a dialog waits for (Argon2: logging in, unlocking, setting a
// password) runs on a worker thread: WorkerTask shows an indeterminate busy
// bar, disables the dialog's inputs, and hands the outcome back on the GUI
// thread. The dialog ignores closing while isBusy(); destroying the task
// waits for the work (which may hold references to the dialog's owner).
//
// The work must not touch the store or the services' connection (neither is
// thread-safe): it gets copies of what it needs and returns a value, and the
// dialog commits that value on the GUI thread.
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

class QProgressBar;
class QWidget;

namespace doorstep::ui {

// What the work gave: a value, or the exception it threw.
template<typename T>
struct WorkOutcome
{
    std::optional<T> value;
    std::exception_ptr error;
    // The error's text (what()), empty when there is none.
    QString errorText() const;
};

class WorkerTask : public QObject
{
    Q_OBJECT
public:
    // `inputs` are disabled while the work runs; `busyText` is the bar's.
    WorkerTask(QWidget *dialog, const QString &busyText, QList<QWidget *> inputs);
    ~WorkerTask() override;

    QProgressBar *busyBar() const { return m_bar; }
    bool isBusy() const { return m_running != nullptr; }

    // Runs work() on the thread pool; done(WorkOutcome<R>) runs on this
    // object's thread when it ends, then finished() is emitted. One at a time.
    template<typename Work, typename Done>
    void start(Work &&work, Done &&done)
    {
        using R = std::invoke_result_t<Work>;
        using Outcome = WorkOutcome<R>;
        if (isBusy())
            return;
        auto *watcher = new QFutureWatcher<Outcome>(this);
        m_running = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::forward<Done>(done)]() mutable {
            m_running = nullptr;
            setBusy(false);
            Outcome outcome = watcher->result();
            watcher->deleteLater();
            done(std::move(outcome));
            Q_EMIT finished();
        });
        setBusy(true);
        watcher->setFuture(QtConcurrent::run([work = std::forward<Work>(work)]() mutable {
            Outcome outcome;
            try {
                outcome.value.emplace(work());
            } catch (...) {
                outcome.error = std::current_exception();
            }
            return outcome;
        }));
    }

Q_SIGNALS:
    void finished();

private:
    void setBusy(bool busy);

    QProgressBar *m_bar;
    QList<QWidget *> m_inputs;
    QFutureWatcherBase *m_running = nullptr;
};

QString exceptionText(const std::exception_ptr &error);

template<typename T>
QString WorkOutcome<T>::errorText() const
{
    return exceptionText(error);
}

} // namespace doorstep::ui
