// The live map's frame time on Ambon's real data: roads, land and kelurahan/kecamatan boundaries
// imported with the importer, 300 units and 100 cases from live sync, a 1920×1080 view. A sweep
// of 1,000 frames — 60 % pans, 30 % zoom steps, 10 % unit position updates — each timed from the
// change to the full-quality image of the new view (a cache hit is a frame too).
//
//   bench_map_render [--frames N] [--seed S] [--pace-ms MS] [--parts]
// --pace-ms: the changes come at most this often (default 16.7: a drag or a wheel sends input
// at the display's rate, never faster), as an operator's hand delivers them; 0 sends them back to
// back. --parts also prints where a frame's time goes. Between changes the console paints the tiles
// of the likely next views in the background, as it does on screen; the frame time is measured from
// the change either way. Prints frame_p50_ms and frame_p95_ms (the keys; the last line),
// with the naive full redraw of the base map for comparison, the time per kind of frame, how many
// tiles were painted and how many pixels a unit's move repainted.
#include "ambondata.h"
#include "geo/mapdataloader.h"
#include "geo/projection.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/unitlistmodel.h"
#include "map/basemappainter.h"
#include "map/labelplan.h"
#include "map/labelsprites.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "testcluster.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

using namespace pela;

namespace {

const QSize ViewSize(1920, 1080);
constexpr int UnitCount = 300;
constexpr int CaseCount = 100;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

void print(const char *key, double value)
{
    std::printf("%s: %.2f\n", key, value);
    std::fflush(stdout);
}

// Points on Ambon's streets near the centre, where units drive and cases happen.
QList<QGeoCoordinate> streetPoints(const core::MapData &data, int count, QRandomGenerator &random)
{
    QList<QPointF> vertices;
    const QRectF city(core::mercator::toWorld(-3.66, 128.14),
                      core::mercator::toWorld(-3.73, 128.23));
    for (const core::MapLayer *layer : data.layersOf(core::MapLayerKind::Roads))
        for (const core::MapFeature &feature : layer->features)
            for (const QList<QPointF> &part : feature.parts)
                for (const QPointF &point : part)
                    if (city.normalized().contains(point))
                        vertices.append(point);
    QList<QGeoCoordinate> points;
    for (int i = 0; i < count && !vertices.isEmpty(); ++i)
        points.append(core::mercator::toCoordinate(vertices[random.bounded(int(vertices.size()))]));
    return points;
}

bool exec(core::PgConnection &db, const char *sql, const core::SqlParams &params = {})
{
    const core::PgResult result = db.exec(sql, params);
    if (!result.ok())
        std::fprintf(stderr, "bench_map_render: %s\n", qPrintable(result.error().fullText()));
    return result.ok();
}

} // namespace

int run(QApplication &app)
{
    int frames = 1000;
    quint32 seed = 112;
    double paceMs = 1000.0 / 60;
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--frames"))
            frames = arguments[i + 1].toInt();
        else if (arguments[i] == QLatin1String("--seed"))
            seed = arguments[i + 1].toUInt();
        else if (arguments[i] == QLatin1String("--pace-ms"))
            paceMs = arguments[i + 1].toDouble();
    }
    const bool parts = arguments.contains(QStringLiteral("--parts"));
    if (test::ambonDataDirectory().isEmpty()) {
        std::printf(
            "skipped: Ambon's map data is not in PELA_SHARED_DATA (../shared/data/ambon)\n");
        return 0;
    }

    // The map data as a console loads it: imported by the importer, read back by the loader.
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    if (const QString error = test::importAmbonMap(conninfo); !error.isEmpty()) {
        std::fprintf(stderr, "bench_map_render: %s\n", qPrintable(error));
        return 1;
    }
    core::PgConnection db = core::PgConnection::open(conninfo, core::ConnectionPurpose::Maintenance,
                                                     QStringLiteral("bench"));
    const core::MapLoad load = core::loadMapData(db, nullptr);
    if (!load.ok()) {
        std::fprintf(stderr, "bench_map_render: %s\n", qPrintable(load.error.fullText()));
        return 1;
    }

    // 300 units (the 23 of the demo fleet and more) and 100 open cases on the city's streets;
    // a fifth of the cases are P1, just opened (the server dates them).
    QRandomGenerator random(seed);
    const QList<QGeoCoordinate> unitPoints =
        streetPoints(*load.data, UnitCount + CaseCount, random);
    for (int i = 0; i < UnitCount; ++i) {
        const QGeoCoordinate &at = unitPoints[i];
        if (i >= 23 &&
            !exec(db,
                  "INSERT INTO units (call_sign, kind, lat, lon, heading, position_at, status)"
                  " VALUES ($1, $2, $3, $4, $5, now(), $6)",
                  {QStringLiteral("AMB-B-%1").arg(i),
                   i % 3 ? QStringLiteral("ambulance_bls") : QStringLiteral("ambulance_als"),
                   at.latitude(), at.longitude(), double(random.bounded(360)),
                   i % 17 == 0 ? QStringLiteral("out_of_service") : QStringLiteral("available")}))
            return 1;
    }
    if (!exec(db, "UPDATE units SET lat = lat + 0.001, lon = lon + 0.001, position_at = now()"
                  " WHERE call_sign NOT LIKE 'AMB-B-%'"))
        return 1;
    for (int i = 0; i < CaseCount; ++i) {
        const QGeoCoordinate &at = unitPoints[UnitCount + i];
        // The server numbers and dates a case, and wants its history row with it.
        if (!exec(db,
                  "WITH opened AS (INSERT INTO cases (category, priority, lat, lon, location_text)"
                  " VALUES ('medical', $1, $2, $3, 'bench') RETURNING id)"
                  " INSERT INTO case_events (case_id, kind) SELECT id, 'case_opened' FROM opened",
                  {1 + i % 4, at.latitude(), at.longitude()}))
            return 1;
    }

    core::LiveState state;
    core::LiveSync sync(&state);
    core::CaseListModel cases(&state);
    core::UnitListModel units(&state);
    core::HospitalListModel hospitals(&state);
    {
        QEventLoop waiting;
        QObject::connect(&sync, &core::LiveSync::online, &waiting, &QEventLoop::quit);
        QObject::connect(&sync, &core::LiveSync::offline, &waiting, &QEventLoop::quit);
        QTimer::singleShot(30000, &waiting, &QEventLoop::quit);
        sync.start(conninfo);
        waiting.exec();
    }
    if (!sync.isOnline() || state.units().size() != UnitCount) {
        std::fprintf(stderr, "bench_map_render: live sync did not load (%lld units)\n",
                     qint64(state.units().size()));
        return 1;
    }
    sync.stop(); // from here on the bench moves units itself

    ui::MapScene scene(&cases, &units, &hospitals);
    ui::MapView view(&scene, nullptr);
    view.setData(load.data);
    view.setSize(ViewSize);
    core::MapViewport start = view.viewport();
    start.setCentre(ui::MapView::DefaultCentre);
    start.setZoom(14);
    view.setViewport(start);
    QList<QRect> dirty;
    bool fullRepaint = false;
    QObject::connect(&view, &ui::MapView::updateRequested,
                     [&dirty](const QRect &rect) { dirty.append(rect); });
    QObject::connect(&view, &ui::MapView::fullUpdateRequested,
                     [&fullRepaint] { fullRepaint = true; });

    QImage frame(ViewSize, QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&frame);
        if (fullRepaint) {
            view.render(painter);
        } else {
            // Nothing changed on screen (a unit moved out of sight): nothing to paint.
            // What a widget does with update(rect) calls: one paint over their union region.
            QRegion region;
            for (const QRect &rect : std::as_const(dirty))
                region += rect.intersected(frame.rect());
            for (const QRect &rect : region)
                view.render(painter, rect);
        }
        dirty.clear();
        fullRepaint = false;
    };

    // The yardstick: the whole base map painted naively, no tiles, no cache.
    {
        const core::MapViewport viewport = view.viewport();
        const ui::LabelPlan plan(*load.data, viewport.zoom());
        ui::LabelSprites sprites;
        QElapsedTimer timer;
        std::vector<double> naive;
        for (int i = 0; i < 3; ++i) {
            QPainter painter(&frame);
            timer.start();
            ui::BaseMapPainter::paint(painter, *load.data, viewport.zoom(),
                                      QRect(viewport.originPixel().toPoint(), ViewSize), {}, &plan,
                                      &sprites);
            naive.push_back(timer.nsecsElapsed() / 1e6);
        }
        print("naive_base_redraw_ms", percentile(naive, 50));
    }

    fullRepaint = true;
    paint(); // the first view, as the console opens
    if (parts) {
        // Where a frame's time goes, on the first view (tiles cached).
        auto average = [&](const char *key, int times, const std::function<void()> &work) {
            work(); // sprites and fonts made once
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < times; ++i)
                work();
            print(key, timer.nsecsElapsed() / 1e6 / times);
        };
        average("part_overlay_layout_ms", 50, [&] { view.refreshOverlay(); });
        average("part_base_composite_ms", 20, [&] {
            QPainter painter(&frame);
            view.renderer().paintBase(painter, view.viewport(), frame.rect());
        });
        average("part_overlay_paint_ms", 20, [&] {
            QPainter painter(&frame);
            view.layout().paint(painter, frame.rect());
        });
        average("part_full_render_ms", 20, [&] {
            QPainter painter(&frame);
            view.render(painter);
        });
    }
    const qint64 tilesBefore = view.renderer().tileCache().paintedTiles();

    const QRectF city =
        QRectF(core::mercator::toWorld(-3.64, 128.13), core::mercator::toWorld(-3.75, 128.26))
            .normalized();
    std::vector<double> all, pans, zooms, moves;
    double repaintedPixels = 0;
    QList<qint64> unitIds = state.units().keys();
    std::sort(unitIds.begin(), unitIds.end());
    QElapsedTimer timer;
    QElapsedTimer pace;
    pace.start();
    for (int n = 0; n < frames; ++n) {
        // The next change comes no sooner than the pace allows; the event loop runs meanwhile.
        while (pace.nsecsElapsed() / 1e6 < paceMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QThread::usleep(500);
        }
        pace.restart();
        const int kind = random.bounded(100);
        if (kind < 60) {
            // A drag step or an arrow key: 10 to 240 pixels in any direction, staying over
            // the city.
            const double angle = random.bounded(2 * M_PI);
            const double length = 10 + random.bounded(230.0);
            QPointF delta(std::cos(angle) * length, std::sin(angle) * length);
            const QPointF centre = view.viewport().centre();
            const double scale = view.viewport().scale();
            const QPointF next = centre - delta / scale;
            if (!city.contains(next))
                delta = -delta;
            timer.start();
            view.panBy(delta);
            paint();
            pans.push_back(timer.nsecsElapsed() / 1e6);
        } else if (kind < 90) {
            // A wheel notch at the pointer, between the whole city and its streets.
            const double zoom = view.viewport().zoom();
            double steps = random.bounded(2) ? 1 : -1;
            if (zoom + steps * ui::MapView::ZoomStep > 17 ||
                zoom + steps * ui::MapView::ZoomStep < 13)
                steps = -steps;
            const QPointF anchor(random.bounded(ViewSize.width()),
                                 random.bounded(ViewSize.height()));
            timer.start();
            view.zoomBy(steps, anchor);
            paint();
            zooms.push_back(timer.nsecsElapsed() / 1e6);
        } else {
            // A position fix: one unit moves 20 to 80 m, as live sync delivers it.
            const qint64 id = unitIds[random.bounded(int(unitIds.size()))];
            core::UnitRecord unit = *state.findUnit(id);
            const double metres = 20 + random.bounded(60.0);
            const double bearing = random.bounded(360.0);
            unit.position = unit.position.atDistanceAndAzimuth(metres, bearing);
            unit.heading = bearing;
            unit.positionAt = QDateTime::currentDateTimeUtc();
            timer.start();
            state.applyUnits({unit}, {});
            double pixels = 0;
            for (const QRect &rect : std::as_const(dirty))
                pixels += double(rect.intersected(frame.rect()).width()) *
                          rect.intersected(frame.rect()).height();
            paint();
            moves.push_back(timer.nsecsElapsed() / 1e6);
            repaintedPixels += pixels;
        }
        all.push_back((kind < 60 ? pans : kind < 90 ? zooms : moves).back());
    }

    print("pan_p50_ms", percentile(pans, 50));
    print("pan_p95_ms", percentile(pans, 95));
    print("zoom_p50_ms", percentile(zooms, 50));
    print("zoom_p95_ms", percentile(zooms, 95));
    print("position_update_p50_ms", percentile(moves, 50));
    print("position_update_p95_ms", percentile(moves, 95));
    print("position_update_repainted_percent_of_view",
          moves.empty() ? 0
                        : 100.0 * repaintedPixels / double(moves.size()) /
                              (double(ViewSize.width()) * ViewSize.height()));
    print("tiles_painted_in_sweep",
          double(view.renderer().tileCache().paintedTiles() - tilesBefore));
    print("pace_ms", paceMs);
    print("background_tiles_painted", double(view.renderer().tileCache().prefetchedTiles()));
    double loadAverage[3] = {0, 0, 0};
    if (getloadavg(loadAverage, 3) > 0)
        print("machine_load_average", loadAverage[0]);
    print("frame_p50_ms", percentile(all, 50));
    print("frame_p95_ms", percentile(all, 95));
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int result = run(app);
    // The throwaway cluster goes with the benchmark.
    test::TestCluster::shutdown();
    return result;
}
