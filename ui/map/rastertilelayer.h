// Optional raster tiles under the vector map, off by default: an XYZ URL template over HTTP
// (kept in a disk cache, sent with Pela's own User-Agent as tile servers ask) or an MBTiles
// file read with Qt Sql's SQLite driver. Nothing is fetched unless a source is configured
// ([map] raster= in pela.conf, or PELA_MAP_RASTER) and the layer is switched on.
#pragma once

#include "geo/projection.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QPainter;

namespace pela::ui {

class RasterTileLayer : public QObject
{
    Q_OBJECT
public:
    enum class SourceKind
    {
        None,
        Xyz,
        MbTiles,
    };

    explicit RasterTileLayer(QObject *parent = nullptr);
    ~RasterTileLayer() override;

    // The configured source: PELA_MAP_RASTER, else [map] raster= in pela.conf (a URL template
    // with {z} {x} {y}, or an .mbtiles file); attribution from [map] raster_attribution=.
    // Returns false (and error()) when a configured source cannot be used.
    bool configureFromSettings();

    // An XYZ template such as https://tiles.example.org/{z}/{x}/{y}.png. cacheDirectory: where
    // fetched tiles are kept (default: the user's cache folder).
    bool setUrlTemplate(const QString &urlTemplate, const QString &cacheDirectory = {});
    bool setMbTilesFile(const QString &path);
    SourceKind sourceKind() const { return m_kind; }
    bool hasSource() const { return m_kind != SourceKind::None; }
    QString error() const { return m_error; }

    bool isEnabled() const { return m_enabled && hasSource(); }
    void setEnabled(bool enabled);
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution) { m_attribution = attribution; }
    // The User-Agent sent with every tile request.
    static QByteArray userAgent();

    // Paints the tiles it has for the clip; asks for the missing ones (tileArrived() follows).
    void paint(QPainter &painter, const core::MapViewport &viewport, const QRect &clip);
    // Tiles received so far and requests in flight (tests).
    int receivedTiles() const { return m_received; }
    int pendingRequests() const { return int(m_pending.size()); }

signals:
    // A tile arrived: the view repaints.
    void tileArrived();
    void enabledChanged(bool enabled);

private:
    struct Key
    {
        int z, x, y;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.z, key.x, key.y);
    }

    const QImage *tile(const Key &key);
    void request(const Key &key);
    void received(QNetworkReply *reply, const Key &key);
    QImage readMbTile(const Key &key);
    // Opens the file under m_mbTilesConnection and reads its zoom range and attribution;
    // returns why it cannot be used (empty: it can).
    QString readMbTilesMetadata(const QString &path);
    void closeMbTiles();

    SourceKind m_kind = SourceKind::None;
    bool m_enabled = false;
    QString m_error;
    QString m_attribution;
    QString m_urlTemplate;
    QString m_mbTilesConnection;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    QNetworkAccessManager *m_network = nullptr;
    QCache<Key, QImage> m_tiles;
    QSet<Key> m_pending;
    QSet<Key> m_missing; // the source has no such tile: not asked again
    int m_received = 0;
};

} // namespace pela::ui
