#pragma once
// Runs one of the product's executables (doorstep-cli, doorstep-server) as a child, the way a
// person or a cron job does: arguments, bytes on stdin, exit code and both outputs back.
// Waits with the event loop running, because the child may be talking to a server that lives in
// the test's own process.
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace doorstep::tests {

struct ChildRun
{
    int code = -1; // -1: did not finish in time, or crashed
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

inline ChildRun runChild(const QString &program, const QStringList &args, const QByteArray &input = {},
                         int timeoutMs = 120000)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!done.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace doorstep::tests
