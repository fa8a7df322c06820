// doorstep: the back-office console.
#include "font_check.h"
#include "store/secret_memory.h"
#include "ui/console_flow.h"
#include "ui/message_box.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
// Simplified Chinese for Chinese systems (the office staff), English
// otherwise; --lang or the saved choice overrides.
void installTranslations(QApplication &app, const QString &requested)
{
    const QLocale locale = requested.isEmpty() ? QLocale() : QLocale(requested);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // A locale with no translation of its own (the "C" locale of a bare
    // system, German, …) gets English, whose file carries the plural forms.
    if (own->load(locale, QStringLiteral("doorstep"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("doorstep_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}
} // namespace

int main(int argc, char **argv)
{
    // Before anything holds a password or the data key (store/secret_memory.h).
    doorstep::store::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Doorstep"));
    QApplication::setApplicationName(QStringLiteral("Doorstep"));
    QApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Doorstep back-office console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo store, creating it on first use."));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Open this store file."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({demo, store, lang});
    parser.process(app);

    QSettings settings;
    if (parser.isSet(lang))
        settings.setValue(QStringLiteral("language"), parser.value(lang));
    installTranslations(app, settings.value(QStringLiteral("language")).toString());

    if (!doorstep::app::hasChineseFont())
        doorstep::ui::MessageBox::warning(nullptr, QStringLiteral("Doorstep"), doorstep::app::chineseFontAdvice());

    doorstep::ui::ConsoleFlow flow({parser.value(store), parser.isSet(demo)});
    if (!flow.start())
        return 0;
    return app.exec();
}
