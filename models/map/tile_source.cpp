#include "map/tile_source.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace doorstep::map {

QUrl TileSource::url(TileKey key) const
{
    QString text = urlTemplate.trimmed();
    text.replace(QLatin1String("{z}"), QString::number(key.z));
    text.replace(QLatin1String("{x}"), QString::number(key.x));
    text.replace(QLatin1String("{y}"), QString::number(key.y));
    if (!subdomains.isEmpty())
        text.replace(QLatin1String("{s}"), subdomains.at((key.x + key.y) % subdomains.size()));
    return QUrl(text);
}

QString TileSource::cacheName() const
{
    const QByteArray id = (urlTemplate.trimmed() + QLatin1Char('|') + subdomains.join(QLatin1Char(','))).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
}

QString TileSource::problem(const QString &urlTemplate, const QStringList &subdomains)
{
    const QString text = urlTemplate.trimmed();
    const QUrl url(QString(text).replace(QLatin1Char('{'), QLatin1Char('_')).replace(QLatin1Char('}'), QLatin1Char('_')));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return QCoreApplication::translate("TileSource", "The tile address must start with http:// or https://.");
    for (const char *part : {"{z}", "{x}", "{y}"})
        if (!text.contains(QLatin1String(part)))
            return QCoreApplication::translate("TileSource", "The tile address has no %1.").arg(QLatin1String(part));
    if (text.contains(QLatin1String("{s}")) && subdomains.isEmpty())
        return QCoreApplication::translate("TileSource", "The tile address has {s} but no subdomains are given.");
    return {};
}

bool TileSource::looksChinese(const QString &urlTemplate)
{
    const QString host = QUrl(QString(urlTemplate).replace(QLatin1String("{s}"), QLatin1String("s"))).host().toLower();
    for (const char *suffix : {"autonavi.com", "amap.com", "gtimg.com", "map.qq.com"})
        if (host.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

} // namespace doorstep::map
