#include "services/map_settings.h"

#include "services/service_error.h"
#include "services/service_layer.h"
#include "services/settings_service.h"
#include "store/sqlite.h"


namespace doorstep::services {

namespace {
QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

QString stored(store::Database &db, const char16_t *k)
{
    auto st = db.prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key(k));
    return st.next() ? st.text(0) : QString();
}

QStringList splitSubdomains(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString s = part.trimmed(); !s.isEmpty())
            out.append(s);
    return out;
}
} // namespace

MapTileSettings MapSettings::read() const
{
    return read(m_services.db());
}

MapTileSettings MapSettings::read(store::Database &db)
{
    MapTileSettings out;
    const QString url = stored(db, map_keys::Url).trimmed();
    const QStringList subdomains = splitSubdomains(stored(db, map_keys::Subdomains));
    const QString gcj = stored(db, map_keys::Gcj02).trimmed();
    const QString cache = stored(db, map_keys::CacheMb).trimmed();
    if (!cache.isEmpty()) {
        bool ok = false;
        const int mb = cache.toInt(&ok);
        if (ok && mb >= MapTileSettings::kMinCacheMb && mb <= MapTileSettings::kMaxCacheMb)
            out.cacheMb = mb;
        else
            out.problem = tr("The map's tile cache size (%1) holds \"%2\"; it must be a whole number of MB between %3 and %4.")
                              .arg(key(map_keys::CacheMb), cache)
                              .arg(MapTileSettings::kMinCacheMb)
                              .arg(MapTileSettings::kMaxCacheMb);
    }
    if (url.isEmpty())
        return out;
    if (const QString problem = map::TileSource::problem(url, subdomains); !problem.isEmpty()) {
        out.problem = tr("The map's tile address (%1) is not used: %2").arg(key(map_keys::Url), problem);
        return out;
    }
    out.source = {url, subdomains, gcj == QLatin1String("1")};
    return out;
}

void MapSettings::write(const map::TileSource &source, int cacheMb)
{
    m_services.require(Permission::SettingsEdit);
    const QString url = source.urlTemplate.trimmed();
    if (!url.isEmpty())
        if (const QString problem = map::TileSource::problem(url, source.subdomains); !problem.isEmpty())
            throw ServiceError::invalid(problem);
    if (cacheMb < MapTileSettings::kMinCacheMb || cacheMb > MapTileSettings::kMaxCacheMb)
        throw ServiceError::invalid(tr("The tile cache must be between %1 and %2 MB.").arg(MapTileSettings::kMinCacheMb).arg(MapTileSettings::kMaxCacheMb));
    const QList<std::pair<QString, QString>> values{
        {key(map_keys::Url), url},
        {key(map_keys::Subdomains), source.subdomains.join(QLatin1Char(','))},
        {key(map_keys::Gcj02), source.gcj02 ? QStringLiteral("1") : QStringLiteral("0")},
        {key(map_keys::CacheMb), QString::number(cacheMb)},
    };
    QList<std::pair<QString, QString>> keyTexts;
    for (const auto &[k, given] : values)
        keyTexts.append({k, given.isNull() ? QStringLiteral("") : given}); // the store binds a null string as NULL
    m_services.perform(Permission::SettingsEdit, QStringLiteral("settings.set"),
                       [&](ActionContext &ctx) { SettingsService::writeTexts(ctx, keyTexts); });
}

} // namespace doorstep::services
