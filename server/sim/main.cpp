// doorstep-sim: plays customers and providers against a doorstep-server's
// apps' API (issue #12; README "The simulator"). See simulator.h.
#include "sim/code_file.h"
#include "sim/https_transport.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTime>

#include <algorithm>
#include <csignal>
#include <stdexcept>

namespace {
using namespace doorstep::server::sim;

QString tr(const char *text)
{
    return QCoreApplication::translate("doorstep-sim", text);
}

// "ID SECRET" lines (what `doorstep-server providers credential --office` prints).
QList<ProviderLogin> readProviders(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::invalid_argument(tr("cannot read %1").arg(path).toStdString());
    QList<ProviderLogin> out;
    while (!file.atEnd()) {
        const QList<QByteArray> words = file.readLine().simplified().split(' ');
        bool ok = false;
        const qint64 id = words.value(0).toLongLong(&ok);
        if (ok && words.size() == 2)
            out.append({id, QString::fromLatin1(words[1])});
    }
    return out;
}

Simulator *g_running = nullptr;
void onSignal(int)
{
    if (g_running)
        g_running->stop(); // only sets a flag; the run ends at its next tick
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doorstep-sim"));
    QCommandLineParser p;
    p.setApplicationDescription(tr("Plays customers and providers against a doorstep-server's apps' API."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), tr("The enrollment listener, https://HOST:PORT."), tr("url"));
    const QCommandLineOption fingerprint(QStringLiteral("ca-fingerprint"), tr("The server CA's SHA-256 fingerprint."), tr("fp"));
    const QCommandLineOption providers(QStringLiteral("providers"), tr("File of provider credentials, \"ID SECRET\" lines."), tr("file"));
    const QCommandLineOption codes(QStringLiteral("codes"), tr("The demo server's code file (run --demo-codes)."), tr("file"));
    const QCommandLineOption customers(QStringLiteral("customers"), tr("Simulated customers (default 200)."), tr("n"), QStringLiteral("200"));
    const QCommandLineOption orders(QStringLiteral("orders-per-day"), tr("Orders a whole day brings (default 300)."), tr("n"), QStringLiteral("300"));
    const QCommandLineOption districts(QStringLiteral("districts"), tr("Adcodes the addresses are in, comma-separated."), tr("list"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The script's seed (default 1)."), tr("n"), QStringLiteral("1"));
    const QCommandLineOption factor(QStringLiteral("time-factor"), tr("Simulated seconds per second (default 60: a day in 24 minutes)."), tr("x"), QStringLiteral("60"));
    const QCommandLineOption hours(QStringLiteral("hours"), tr("Simulated hours from now (default 24)."), tr("h"), QStringLiteral("24"));
    const QCommandLineOption speed(QStringLiteral("speed-kmh"), tr("The office's average speed (default 22)."), tr("kmh"), QStringLiteral("22"));
    const QCommandLineOption centre(QStringLiteral("centre"), tr("Where addresses scatter, LAT,LNG (default Shanghai)."), tr("lat,lng"), QStringLiteral("31.2304,121.4737"));
    const QCommandLineOption poll(QStringLiteral("poll-seconds"), tr("Simulated seconds between a provider's looks at their jobs (default 300)."), tr("s"), QStringLiteral("300"));
    const QCommandLineOption bellPoll(QStringLiteral("bell-poll-seconds"),
                                      tr("With the jobs doorbell open, simulated seconds between fallback looks (default 1800; 0: no doorbell, poll)."),
                                      tr("s"), QStringLiteral("1800"));
    const QCommandLineOption start(QStringLiteral("start"), tr("Start the simulated day at the next HH:MM, Shanghai time (default: now)."), tr("hh:mm"));
    const QCommandLineOption lead(QStringLiteral("lead-hours"), tr("Windows start 2 to this many hours after the order (default 26)."), tr("h"), QStringLiteral("26"));
    const QCommandLineOption json(QStringLiteral("json"), tr("End with the summary as one JSON line."));
    p.addOptions({server, fingerprint, providers, codes, customers, orders, districts, seed, factor, hours, speed, centre, poll,
                  bellPoll, start, lead, json});
    p.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!p.isSet(server) || !p.isSet(fingerprint) || !p.isSet(districts)) {
        err << tr("doorstep-sim needs --server, --ca-fingerprint and --districts (see --help)") << '\n';
        return 2;
    }
    try {
        SimOptions o;
        o.script.seed = p.value(seed).toULongLong();
        o.script.from = QDateTime::currentSecsSinceEpoch();
        if (p.isSet(start)) {
            // Ahead of the wall clock, never behind it (the server refuses
            // windows that are over): a watch at night starts with the morning.
            const QTime at = QTime::fromString(p.value(start), QStringLiteral("HH:mm"));
            if (!at.isValid())
                throw std::invalid_argument("--start is HH:MM");
            const qint64 local = o.script.from + o.script.utcOffset;
            qint64 next = local / 86400 * 86400 + at.msecsSinceStartOfDay() / 1000;
            if (next < local)
                next += 86400;
            o.script.from = next - o.script.utcOffset;
        }
        o.script.leadHours = std::max(3, p.value(lead).toInt());
        o.script.to = o.script.from + qint64(p.value(hours).toDouble() * 3600);
        o.script.customers = p.value(customers).toInt();
        o.script.ordersPerDay = p.value(orders).toInt();
        o.script.districts = p.value(districts).split(u',', Qt::SkipEmptyParts);
        const QStringList c = p.value(centre).split(u',');
        o.script.centreLat = c.value(0).toDouble();
        o.script.centreLng = c.value(1).toDouble();
        o.timeFactor = p.value(factor).toDouble();
        if (o.timeFactor <= 0)
            throw std::invalid_argument("--time-factor must be positive");
        o.speedKmh = p.value(speed).toDouble();
        o.pollSeconds = std::max(10, p.value(poll).toInt());
        o.bellPollSeconds = std::max(0, p.value(bellPoll).toInt());
        // A real server keeps the wall clock: positions carry its time.
        o.serverClock = [] { return QDateTime::currentSecsSinceEpoch(); };
        if (p.isSet(providers))
            o.providers = readProviders(p.value(providers));
        HttpsTransport transport(QUrl(p.value(server)), p.value(fingerprint));
        CodeFileReader reader(p.value(codes));
        Simulator sim(o, transport,
                      p.isSet(codes) ? CodeSource([&reader](const QString &phone) { return reader.codeFor(phone); }) : CodeSource());
        g_running = &sim;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        err << tr("doorstep-sim: %1 customers, %2 providers, seed %3, %4× for %5 h")
                   .arg(o.script.customers)
                   .arg(o.providers.size())
                   .arg(o.script.seed)
                   .arg(o.timeFactor)
                   .arg(p.value(hours))
            << '\n';
        err.flush();
        sim.run();
        g_running = nullptr;
        out << sim.stats().summary();
        if (p.isSet(json))
            out << QJsonDocument(sim.stats().toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            out << tr("orders %1, completed %2, requests %3, errors %4, p99 %5 ms")
                       .arg(sim.stats().counter(QStringLiteral("orders_created")))
                       .arg(sim.stats().counter(QStringLiteral("completed")))
                       .arg(sim.stats().requests())
                       .arg(sim.stats().errors())
                       .arg(sim.stats().percentileAll(99), 0, 'f', 1)
                << '\n';
        return 0;
    } catch (const std::exception &e) {
        err << QString::fromUtf8(e.what()) << '\n';
        return 2;
    }
}
