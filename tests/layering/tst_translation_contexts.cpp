// Every context in translations/*.ts is one the program asks for, and every
// literal context the program asks for is in them.
//
// Why: a translation is looked up by (context, source text). Qt 6.4's lupdate
// names a context after the class or namespace a tr() call sits in; a free
// `tr()` wrapper inside `namespace doorstep::itemmodels` whose body asks for
// "ComplaintDetail" was filed as "itemmodels", so the complaint timeline read
// in English on a Chinese console although every line was translated. Such a
// mismatch leaves a context in the .ts file that no code asks for: this test
// finds it from the sources, without running the program.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct Contexts
{
    QSet<QString> declared; // what the program asks for at run time
    QSet<QString> literal;  // contexts named in translate()/QT_TRANSLATE_NOOP() with a literal string
};

// The namespace still open at `offset`, by brace depth: a nested block that
// only forward-declares (`namespace charts { class BarChart; }`) is closed
// again and must not name the class after it (lupdate 6.4 and the first
// qualify_contexts.py both got that wrong: the dashboard read in English).
QString namespaceAt(const QString &text, qsizetype offset)
{
    static const QRegularExpression token(QStringLiteral("^namespace ([\\w:]+) \\{|[{}]"), QRegularExpression::MultilineOption);
    QList<std::pair<QString, int>> open;
    int depth = 0;
    for (auto it = token.globalMatch(text.first(offset)); it.hasNext();) {
        const auto m = it.next();
        if (m.hasCaptured(1)) {
            open.append({m.captured(1), ++depth});
        } else if (m.captured(0) == u"{") {
            ++depth;
        } else {
            if (!open.isEmpty() && open.last().second == depth)
                open.removeLast();
            --depth;
        }
    }
    QStringList names;
    for (const auto &[name, level] : open)
        names.append(name);
    return names.join(QStringLiteral("::"));
}

Contexts scanSources(const QString &root)
{
    static const QRegularExpression declaredTr(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\((\\w+)\\)"));
    static const QRegularExpression translateCall(
        QStringLiteral("(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\\(\\s*\"([\\w:]+)\"\\s*,\\s*\""));
    static const QRegularExpression classStart(QStringLiteral("^class (?:Q_DECL_EXPORT )?(\\w+)\\b[^;\\n]*\\n\\{"),
                                               QRegularExpression::MultilineOption);
    Contexts out;
    for (const char *dir : {"models", "ui", "app"}) {
        QDirIterator it(root + u'/' + QLatin1String(dir), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString text = readAll(it.next());
            for (auto m = declaredTr.globalMatch(text); m.hasNext();)
                out.declared.insert(m.next().captured(1));
            for (auto m = translateCall.globalMatch(text); m.hasNext();) {
                const QString context = m.next().captured(1);
                out.declared.insert(context);
                out.literal.insert(context);
            }
            // A class with Q_OBJECT: its context is the qualified class name.
            for (auto m = classStart.globalMatch(text); m.hasNext();) {
                const auto c = m.next();
                const qsizetype end = text.indexOf(QStringLiteral("\n};"), c.capturedEnd());
                const QStringView body = QStringView(text).sliced(c.capturedEnd(), (end < 0 ? text.size() : end) - c.capturedEnd());
                if (!body.contains(QStringLiteral("Q_OBJECT")))
                    continue;
                const QString ns = namespaceAt(text, c.capturedStart());
                out.declared.insert(ns.isEmpty() ? c.captured(1) : ns + QStringLiteral("::") + c.captured(1));
            }
        }
    }
    return out;
}

// Contexts of a .ts file that hold at least one message still in use.
QSet<QString> tsContexts(const QString &path)
{
    static const QRegularExpression context(QStringLiteral("<context>\\s*<name>([^<]+)</name>([\\s\\S]*?)</context>"));
    QSet<QString> out;
    const QString text = readAll(path);
    for (auto it = context.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString body = m.captured(2);
        const qsizetype live = body.count(QStringLiteral("<message")) - body.count(QStringLiteral("type=\"vanished\""))
                               - body.count(QStringLiteral("type=\"obsolete\""));
        if (live > 0)
            out.insert(m.captured(1));
    }
    return out;
}

} // namespace

class TestTranslationContexts final : public QObject
{
    Q_OBJECT

private slots:
    void everyContextIsAskedFor_data()
    {
        QTest::addColumn<QString>("ts");
        for (const char *name : {"doorstep_zh_CN.ts", "doorstep_en.ts"})
            QTest::newRow(name) << QStringLiteral(DOORSTEP_SOURCE_DIR "/translations/") + QLatin1String(name);
    }

    void everyContextIsAskedFor()
    {
        QFETCH(QString, ts);
        const Contexts code = scanSources(QStringLiteral(DOORSTEP_SOURCE_DIR));
        QVERIFY(code.declared.size() > 50); // the scan found the sources
        const QSet<QString> file = tsContexts(ts);
        QVERIFY(file.size() > 50);
        QStringList orphans;
        for (const QString &c : file) {
            if (!code.declared.contains(c))
                orphans.append(c);
        }
        orphans.sort();
        QVERIFY2(orphans.isEmpty(), qPrintable(QStringLiteral("contexts no code asks for (their strings never show): ")
                                               + orphans.join(QStringLiteral(", "))));
    }

    void everyLiteralContextIsTranslated()
    {
        const Contexts code = scanSources(QStringLiteral(DOORSTEP_SOURCE_DIR));
        const QSet<QString> file = tsContexts(QStringLiteral(DOORSTEP_SOURCE_DIR "/translations/doorstep_zh_CN.ts"));
        QStringList missing;
        for (const QString &c : code.literal) {
            if (!file.contains(c))
                missing.append(c);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("contexts missing from doorstep_zh_CN.ts (run the lupdate round trip, "
                                                              "translations/README.md): ")
                                               + missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translation_contexts.moc"
