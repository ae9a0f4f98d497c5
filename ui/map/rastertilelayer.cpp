#include "rastertilelayer.h"

#include "db/connectionsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPainter>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <cmath>

namespace pela::ui {

Q_LOGGING_CATEGORY(lcTiles, "pela.map.tiles", QtInfoMsg)

namespace {
constexpr int MaxRequestsInFlight = 32;
constexpr int TileSize = 256;
} // namespace

RasterTileLayer::RasterTileLayer(QObject *parent) : QObject(parent)
{
    m_tiles.setMaxCost(256);
}

RasterTileLayer::~RasterTileLayer()
{
    closeMbTiles();
}

QByteArray RasterTileLayer::userAgent()
{
    // Tile servers ask clients to say who they are; a browser's User-Agent would be a lie.
    return QByteArrayLiteral("Pela112/") + QByteArray(PELA_VERSION) +
           QByteArrayLiteral(" (emergency dispatch console; Qt ") + QByteArray(qVersion()) +
           QByteArrayLiteral(")");
}

bool RasterTileLayer::configureFromSettings()
{
    QString source = qEnvironmentVariable("PELA_MAP_RASTER");
    const QSettings file(core::ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
    if (source.isEmpty())
        source = file.value(QStringLiteral("map/raster")).toString();
    const QString attribution = file.value(QStringLiteral("map/raster_attribution")).toString();
    if (source.isEmpty())
        return true; // none configured: the layer stays off and unused
    const bool ok =
        source.contains(QLatin1String("://")) ? setUrlTemplate(source) : setMbTilesFile(source);
    if (ok && !attribution.isEmpty())
        m_attribution = attribution;
    return ok;
}

bool RasterTileLayer::setUrlTemplate(const QString &urlTemplate, const QString &cacheDirectory)
{
    closeMbTiles();
    m_kind = SourceKind::None;
    m_tiles.clear();
    m_pending.clear();
    m_missing.clear();
    const QUrl url(QString(urlTemplate)
                       .replace(QLatin1Char('{'), QLatin1Char('_'))
                       .replace(QLatin1Char('}'), QLatin1Char('_')));
    if (!urlTemplate.contains(QLatin1String("{z}")) ||
        !urlTemplate.contains(QLatin1String("{x}")) ||
        !urlTemplate.contains(QLatin1String("{y}")) || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_error = tr("The raster tile address must be an http(s) URL with {z}, {x} and {y}: %1")
                      .arg(urlTemplate);
        return false;
    }
    m_urlTemplate = urlTemplate;
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        auto *cache = new QNetworkDiskCache(m_network);
        const QString directory =
            cacheDirectory.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                      QStringLiteral("/map-tiles")
                : cacheDirectory;
        cache->setCacheDirectory(directory);
        cache->setMaximumCacheSize(256LL * 1024 * 1024);
        m_network->setCache(cache);
    }
    if (m_attribution.isEmpty() && urlTemplate.contains(QLatin1String("openstreetmap")))
        m_attribution = QStringLiteral("© OpenStreetMap contributors");
    m_minZoom = 0;
    m_maxZoom = 19;
    m_kind = SourceKind::Xyz;
    m_error.clear();
    return true;
}

bool RasterTileLayer::setMbTilesFile(const QString &path)
{
    closeMbTiles();
    m_kind = SourceKind::None;
    m_tiles.clear();
    m_pending.clear();
    m_missing.clear();
    if (!QFileInfo(path).isFile()) {
        m_error = tr("The MBTiles file %1 does not exist.").arg(path);
        return false;
    }
    m_mbTilesConnection =
        QStringLiteral("pela-mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_error = readMbTilesMetadata(path);
    if (!m_error.isEmpty()) {
        closeMbTiles();
        return false;
    }
    m_kind = SourceKind::MbTiles;
    return true;
}

QString RasterTileLayer::readMbTilesMetadata(const QString &path)
{
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_mbTilesConnection);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!database.open())
        return tr("The MBTiles file %1 cannot be opened: %2")
            .arg(path, database.lastError().text());
    QSqlQuery metadata(database);
    if (!metadata.exec(QStringLiteral("SELECT name, value FROM metadata")))
        return tr("%1 is not an MBTiles file (no metadata table).").arg(path);
    m_minZoom = 0;
    m_maxZoom = 19;
    while (metadata.next()) {
        const QString name = metadata.value(0).toString();
        const QString value = metadata.value(1).toString();
        if (name == QLatin1String("attribution"))
            m_attribution = value;
        else if (name == QLatin1String("minzoom"))
            m_minZoom = value.toInt();
        else if (name == QLatin1String("maxzoom"))
            m_maxZoom = value.toInt();
    }
    QSqlQuery tiles(database);
    if (!tiles.exec(QStringLiteral("SELECT 1 FROM tiles LIMIT 1")))
        return tr("%1 is not an MBTiles file (no tiles table).").arg(path);
    return {};
}

void RasterTileLayer::closeMbTiles()
{
    if (m_mbTilesConnection.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_mbTilesConnection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_mbTilesConnection);
    m_mbTilesConnection.clear();
}

void RasterTileLayer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged(enabled);
}

QImage RasterTileLayer::readMbTile(const Key &key)
{
    QSqlDatabase database = QSqlDatabase::database(m_mbTilesConnection, false);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?"));
    query.addBindValue(key.z);
    query.addBindValue(key.x);
    // MBTiles count rows from the south (TMS); XYZ from the north.
    query.addBindValue((1 << key.z) - 1 - key.y);
    if (!query.exec() || !query.next())
        return {};
    return QImage::fromData(query.value(0).toByteArray());
}

const QImage *RasterTileLayer::tile(const Key &key)
{
    if (const QImage *cached = m_tiles.object(key))
        return cached;
    if (m_missing.contains(key))
        return nullptr;
    if (m_kind == SourceKind::MbTiles) {
        const QImage image = readMbTile(key);
        if (image.isNull()) {
            m_missing.insert(key);
            return nullptr;
        }
        ++m_received;
        m_tiles.insert(key, new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        return m_tiles.object(key);
    }
    request(key);
    return nullptr;
}

void RasterTileLayer::request(const Key &key)
{
    if (m_kind != SourceKind::Xyz || m_pending.contains(key) ||
        m_pending.size() >= MaxRequestsInFlight)
        return;
    QString address = m_urlTemplate;
    address.replace(QLatin1String("{z}"), QString::number(key.z))
        .replace(QLatin1String("{x}"), QString::number(key.x))
        .replace(QLatin1String("{y}"), QString::number(key.y));
    QNetworkRequest request{QUrl(address)};
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(15000);
    m_pending.insert(key);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { received(reply, key); });
}

void RasterTileLayer::received(QNetworkReply *reply, const Key &key)
{
    reply->deleteLater();
    m_pending.remove(key);
    if (m_kind != SourceKind::Xyz)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError) {
        const QImage image = QImage::fromData(reply->readAll());
        if (!image.isNull()) {
            ++m_received;
            m_tiles.insert(key,
                           new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
            emit tileArrived();
            return;
        }
    }
    qCDebug(lcTiles) << "tile" << reply->url() << reply->errorString();
    // 404: the server has no such tile; other failures are tried again on a later paint.
    if (status == 404)
        m_missing.insert(key);
}

void RasterTileLayer::paint(QPainter &painter, const core::MapViewport &viewport, const QRect &clip)
{
    if (!isEnabled())
        return;
    const int z = std::clamp(int(std::lround(viewport.zoom())), m_minZoom, m_maxZoom);
    const int count = 1 << z;
    const QRectF clipWorld(viewport.toWorld(clip.topLeft()),
                           viewport.toWorld(clip.bottomRight() + QPoint(1, 1)));
    const int x0 = std::clamp(int(std::floor(clipWorld.left() * count)), 0, count - 1);
    const int x1 = std::clamp(int(std::floor(clipWorld.right() * count)), 0, count - 1);
    const int y0 = std::clamp(int(std::floor(clipWorld.top() * count)), 0, count - 1);
    const int y1 = std::clamp(int(std::floor(clipWorld.bottom() * count)), 0, count - 1);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, viewport.zoom() != z);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QPointF topLeft =
                viewport.toScreen(QPointF(double(x) / count, double(y) / count));
            const QPointF bottomRight =
                viewport.toScreen(QPointF(double(x + 1) / count, double(y + 1) / count));
            const QRectF target(topLeft, bottomRight);
            if (const QImage *image = tile({z, x, y})) {
                painter.drawImage(target, *image);
                continue;
            }
            // Meanwhile a coarser tile already here stands in, enlarged.
            for (int up = 1; up <= 3 && z - up >= m_minZoom; ++up) {
                const Key parent{z - up, x >> up, y >> up};
                if (const QImage *image = m_tiles.object(parent)) {
                    const int parts = 1 << up;
                    const double part = double(TileSize) / parts;
                    const QRectF source((x % parts) * part, (y % parts) * part, part, part);
                    painter.drawImage(target, *image, source);
                    break;
                }
            }
        }
    painter.restore();
}

} // namespace pela::ui
