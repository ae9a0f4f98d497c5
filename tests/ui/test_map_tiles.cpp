// Raster tiles under the map: from an XYZ tile server (a local one this test starts; nothing
// here reaches the internet) with Pela's own User-Agent and a disk cache that still serves when
// the server is gone, and from an MBTiles file the test writes (rows counted from the south).
// Off by default, and never fetched unless configured.
#include "map/maprenderer.h"
#include "map/mapview.h"
#include "map/rastertilelayer.h"
#include "mapfixture.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela;
using namespace pela::test;

namespace {

const QColor Red(200, 30, 30);
const QColor Blue(30, 30, 200);
const QColor Green(30, 160, 60);
const QColor Yellow(230, 210, 40);

QByteArray png(const QColor &colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A tile server of the simplest kind: /z/x/y.png, red and blue like a chessboard, 404 above
// zoom 16; it remembers every request's path and User-Agent.
class TileServer : public QObject
{
public:
    TileServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { answer(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }
    void stop() { m_server.close(); }

    QStringList paths;
    QStringList userAgents;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = request.split('\n');
        const QByteArray path = lines.first().split(' ').value(1);
        paths << QString::fromLatin1(path);
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("user-agent:"))
                userAgents << QString::fromLatin1(line.mid(11).trimmed());
        const QList<QByteArray> parts = path.split('/'); // "", z, x, "y.png"
        const int z = parts.value(1).toInt();
        const int x = parts.value(2).toInt();
        const int y = parts.value(3).split('.').first().toInt();
        QByteArray response;
        if (z > 16) {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            const QByteArray body = png((x + y) % 2 ? Blue : Red);
            response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: "
                       "max-age=86400\r\nConnection: close\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        socket->write(response);
        socket->disconnectFromHost();
        m_requests.remove(socket);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

struct Tile
{
    int x, y;
};

// The zoom-15 tile around Ambon's city hall, and a view centred in it.
Tile cityTile()
{
    const QPointF world = core::mercator::toWorld(FixtureCentre);
    return {int(world.x() * (1 << 15)), int(world.y() * (1 << 15))};
}

core::MapViewport viewOnTile(const Tile &tile, double zoom = 15)
{
    const QPointF centre((tile.x + 0.5) / (1 << 15), (tile.y + 0.5) / (1 << 15));
    return core::MapViewport(centre, zoom, QSizeF(800, 600));
}

QImage paint(ui::RasterTileLayer &layer, const core::MapViewport &viewport)
{
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layer.paint(painter, viewport, image.rect());
    return image;
}

int filesUnder(const QString &directory)
{
    int count = 0;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("raster tiles come from an XYZ server with Pela's User-Agent and stay in a disk cache")
{
    TileServer server;
    QTemporaryDir cache;
    const Tile tile = cityTile();
    const core::MapViewport viewport = viewOnTile(tile);
    const QColor own = (tile.x + tile.y) % 2 ? Blue : Red;
    const QColor east = (tile.x + 1 + tile.y) % 2 ? Blue : Red;
    {
        ui::RasterTileLayer layer;
        REQUIRE(layer.setUrlTemplate(server.urlTemplate(), cache.path()));
        CHECK_FALSE(layer.isEnabled()); // off until switched on
        layer.setEnabled(true);
        QSignalSpy arrived(&layer, &ui::RasterTileLayer::tileArrived);
        const QImage first = paint(layer, viewport);
        CHECK(first.pixelColor(400, 300) == QColor(Qt::white)); // asked for, not here yet
        REQUIRE(QTest::qWaitFor([&] { return layer.pendingRequests() == 0; }, 10000));
        CHECK(arrived.size() >= 6); // 800×600 at zoom 15 needs about a dozen
        const QImage image = paint(layer, viewport);
        CHECK(near(image.pixelColor(400, 300), own, 2));
        CHECK(near(image.pixelColor(400 + 256, 300), east, 2));
        CHECK(server.paths.contains(QStringLiteral("/15/%1/%2.png").arg(tile.x).arg(tile.y)));
        REQUIRE_FALSE(server.userAgents.isEmpty());
        for (const QString &agent : std::as_const(server.userAgents))
            CHECK(agent.startsWith(QStringLiteral("Pela112/")));
        // Painting again asks for nothing new.
        const int requests = int(server.paths.size());
        paint(layer, viewport);
        CHECK(server.paths.size() == requests);
        CHECK(filesUnder(cache.path()) >= 6);
    }
    // The server is gone: the tiles come from the disk cache.
    const QString address = server.urlTemplate();
    server.stop();
    ui::RasterTileLayer offline;
    REQUIRE(offline.setUrlTemplate(address, cache.path()));
    offline.setEnabled(true);
    paint(offline, viewport);
    REQUIRE(QTest::qWaitFor([&] { return offline.pendingRequests() == 0; }, 10000));
    CHECK(near(paint(offline, viewport).pixelColor(400, 300), own, 2));
}

TEST_CASE("a tile the server does not have is not asked for again; a coarser one stands in")
{
    TileServer server;
    QTemporaryDir cache;
    ui::RasterTileLayer layer;
    REQUIRE(layer.setUrlTemplate(server.urlTemplate(), cache.path()));
    layer.setEnabled(true);
    const Tile tile = cityTile();
    // Zoom 16 first (served), then 17 (404): the zoom-16 tiles stand in, enlarged.
    const QPointF centre((tile.x + 0.5) / (1 << 15), (tile.y + 0.5) / (1 << 15));
    const core::MapViewport at16(centre, 16, QSizeF(800, 600));
    paint(layer, at16);
    REQUIRE(QTest::qWaitFor([&] { return layer.pendingRequests() == 0; }, 10000));
    const core::MapViewport at17(centre, 17, QSizeF(800, 600));
    paint(layer, at17);
    REQUIRE(QTest::qWaitFor([&] { return layer.pendingRequests() == 0; }, 10000));
    const int requests = int(server.paths.size());
    const QImage image = paint(layer, at17);
    CHECK(server.paths.size() == requests); // the 404s are remembered
    const QColor middle = image.pixelColor(400, 300);
    CHECK((near(middle, Red, 2) || near(middle, Blue, 2)));
}

TEST_CASE("raster tiles come from an MBTiles file, rows counted from the south")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("ambon.mbtiles"));
    const Tile tile = cityTile();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write-mbtiles"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE metadata (name text, value text)")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE tiles (zoom_level integer, tile_column "
                                          "integer, tile_row integer, tile_data blob)")));
        for (const auto &[name, value] :
             {std::pair{"attribution", "Tiles © Test"}, std::pair{"minzoom", "14"},
              std::pair{"maxzoom", "15"}, std::pair{"format", "png"}}) {
            query.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            query.addBindValue(QString::fromUtf8(name));
            query.addBindValue(QString::fromUtf8(value));
            REQUIRE(query.exec());
        }
        auto addTile = [&](int x, int y, const QColor &colour) {
            query.prepare(QStringLiteral("INSERT INTO tiles VALUES (15, ?, ?, ?)"));
            query.addBindValue(x);
            query.addBindValue((1 << 15) - 1 - y); // TMS: from the south
            query.addBindValue(png(colour));
            REQUIRE(query.exec());
        };
        addTile(tile.x, tile.y, Green);
        addTile(tile.x, tile.y + 1, Yellow); // the tile south of it
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("write-mbtiles"));

    ui::RasterTileLayer layer;
    REQUIRE(layer.setMbTilesFile(path));
    CHECK(layer.attribution() == QStringLiteral("Tiles © Test"));
    layer.setEnabled(true);
    const QImage image = paint(layer, viewOnTile(tile));
    CHECK(near(image.pixelColor(400, 300), Green, 2));
    CHECK(near(image.pixelColor(400, 300 + 256), Yellow, 2));
    CHECK(image.pixelColor(400, 300 - 256) == QColor(Qt::white)); // not in the file
    // Beyond the file's zoom range its last level is enlarged.
    CHECK(near(paint(layer, viewOnTile(tile, 16)).pixelColor(400, 300), Green, 2));

    // Under the vector map: the ground is left open, the tiles show, their attribution too.
    MapFixture fixture;
    fixture.view.setRasterLayer(&layer);
    fixture.view.setLayers({true, true, true, false, false, false, true});
    fixture.view.setViewport(viewOnTile(tile));
    const QImage map = fixture.render();
    CHECK(near(map.pixelColor(400, 300), Green, 2));
    CHECK(fixture.view.renderer().attributions().contains(QStringLiteral("Tiles © Test")));
    fixture.view.setLayers({true, true, true, false, false, false, false});
    CHECK_FALSE(near(fixture.render().pixelColor(400, 300), Green, 20));
}

TEST_CASE("raster tiles are off and unconfigured by default; bad sources are refused")
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PELA_MAP_RASTER");
    ui::RasterTileLayer layer;
    CHECK(layer.configureFromSettings());
    CHECK_FALSE(layer.hasSource());
    layer.setEnabled(true);
    CHECK_FALSE(layer.isEnabled()); // nothing to show, nothing fetched
    CHECK_FALSE(layer.setUrlTemplate(QStringLiteral("ftp://tiles.example/{z}/{x}/{y}.png")));
    CHECK(layer.error().contains(QStringLiteral("{z}")));
    CHECK_FALSE(layer.setUrlTemplate(QStringLiteral("https://tiles.example/tile.png")));
    CHECK_FALSE(layer.setMbTilesFile(QStringLiteral("/nonexistent/ambon.mbtiles")));
    QTemporaryDir directory;
    QFile notTiles(directory.filePath(QStringLiteral("x.mbtiles")));
    REQUIRE(notTiles.open(QIODevice::WriteOnly));
    notTiles.write("not a database");
    notTiles.close();
    CHECK_FALSE(layer.setMbTilesFile(notTiles.fileName()));
    CHECK_FALSE(layer.hasSource());
    CHECK(ui::RasterTileLayer::userAgent().startsWith("Pela112/"));
}
