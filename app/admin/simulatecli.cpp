// pela-admin simulate: the demo fleet drives itself (core/avl/fleetsimulator) and reports its
// positions through pela-gateway's own HTTP protocol (OsmAnd), as a crew's phone would; with
// crews (the default) it also moves the units through their statuses as crews do.
#include "avl/deviceregistry.h"
#include "avl/fleetsimulator.h"
#include "clicommands.h"
#include "commands/incidentcommands.h"
#include "db/connectionsettings.h"
#include "geo/roadnetwork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTimer>
#include <QUrlQuery>
#include <cmath>

namespace pela::admin {

using namespace pela::core;

namespace {

constexpr double KmhPerKnot = 1.852;

QString deviceIdFor(const QString &callSign)
{
    return QStringLiteral("sim-") + callSign.toLower();
}

QUrl defaultGateway()
{
    QSettings file(ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
    const QString host =
        file.value(QStringLiteral("gateway/listen"), QStringLiteral("127.0.0.1")).toString();
    const int port = file.value(QStringLiteral("gateway/http_port"), 5055).toInt();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

std::optional<double> positiveNumber(const Invocation &call, const char *name, double fallback,
                                     QString *error)
{
    const std::optional<QString> text = call.value(QLatin1String(name));
    if (!text)
        return fallback;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > 1e6) {
        *error =
            QStringLiteral("%1 takes a positive number, not '%2'").arg(QLatin1String(name), *text);
        return std::nullopt;
    }
    return value;
}

struct Fleet
{
    QList<SimulatedUnit> units;
    DbError error;
};

Fleet readFleet(PgConnection &db, const QList<qint64> &ids)
{
    Fleet fleet;
    QStringList idTexts;
    for (qint64 id : ids)
        idTexts << QString::number(id);
    const PgResult rows =
        db.exec("SELECT u.id, u.call_sign, u.kind, u.base_lat, u.base_lon, u.lat, u.lon, u.status,"
                " c.lat AS case_lat, c.lon AS case_lon, coalesce(ha.code, hc.code, '') AS hospital"
                " FROM units u"
                " LEFT JOIN assignments a ON a.id = u.current_assignment_id"
                " LEFT JOIN cases c ON c.id = a.case_id"
                " LEFT JOIN hospitals ha ON ha.id = a.destination_hospital_id"
                " LEFT JOIN hospitals hc ON hc.id = c.destination_hospital_id"
                " WHERE u.id = ANY ($1::int[]) ORDER BY u.id",
                {QStringLiteral("{%1}").arg(idTexts.join(QLatin1Char(',')))});
    if (!rows.ok()) {
        fleet.error = rows.error();
        return fleet;
    }
    auto point = [&](int row, const char *lat, const char *lon) {
        if (rows.isNull(row, rows.column(lat)) || rows.isNull(row, rows.column(lon)))
            return QGeoCoordinate();
        return QGeoCoordinate(rows.toDouble(row, lat), rows.toDouble(row, lon));
    };
    for (int row = 0; row < rows.rowCount(); ++row) {
        SimulatedUnit unit;
        unit.id = rows.toInt(row, "id");
        unit.callSign = rows.text(row, "call_sign");
        unit.kind = rows.text(row, "kind");
        unit.base = point(row, "base_lat", "base_lon");
        unit.position = point(row, "lat", "lon");
        unit.status = rows.text(row, "status");
        unit.caseLocation = point(row, "case_lat", "case_lon");
        unit.destinationHospitalCode = rows.text(row, "hospital");
        fleet.units.append(unit);
    }
    return fleet;
}

} // namespace

int commandSimulate(const Invocation &call, Output &output)
{
    QString error;
    const std::optional<double> interval = positiveNumber(call, "--interval", 2, &error);
    const std::optional<double> scene = positiveNumber(call, "--scene-minutes", 4, &error);
    const std::optional<double> hospital = positiveNumber(call, "--hospital-minutes", 3, &error);
    const std::optional<double> duration = positiveNumber(call, "--duration", 0, &error);
    if (!interval || !scene || !hospital || !duration)
        return output.fail(Usage, error);
    QUrl gateway = defaultGateway();
    if (const std::optional<QString> url = call.value(QStringLiteral("--gateway"))) {
        gateway = QUrl(*url, QUrl::StrictMode);
        if (!gateway.isValid() || (gateway.scheme() != QLatin1String("http") &&
                                   gateway.scheme() != QLatin1String("https")))
            return output.fail(
                Usage, QStringLiteral("--gateway takes an http(s) URL, not '%1'").arg(*url));
    }
    const ConnectionSettings settings = ConnectionSettings::resolve(call.conninfo);
    if (!settings.isEmbedded() && !call.has(QStringLiteral("--yes")))
        return output.fail(Usage, QStringLiteral("refusing to drive units of a configured server "
                                                 "(%1); add --yes if this is a test server")
                                      .arg(redactedConninfo(settings.conninfo)));
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    const Action reading{QStringLiteral("simulate (reading the fleet)"), caseReaders()};

    // Which units: those named, or every unit no real device reports for.
    const QStringList named = call.value(QStringLiteral("--units"))
                                  .value_or(QString())
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const PgResult chosen = db.connection.exec(
        "SELECT u.id, u.call_sign FROM units u"
        " WHERE CASE WHEN cardinality($1::text[]) > 0"
        " THEN upper(u.call_sign) = ANY (SELECT upper(btrim(x)) FROM unnest($1::text[]) x)"
        " ELSE NOT EXISTS (SELECT 1 FROM devices d WHERE d.unit_id = u.id"
        " AND d.device_id NOT LIKE 'sim-%') END ORDER BY u.call_sign",
        {named});
    if (!chosen.ok())
        return output.databaseError(chosen.error(), reading, &db.connection);
    if (chosen.rowCount() == 0)
        return output.fail(Usage, named.isEmpty() ? QStringLiteral("no unit to drive")
                                                  : QStringLiteral("none of those units exists"));
    if (!named.isEmpty() && chosen.rowCount() != named.size())
        return output.fail(Usage, QStringLiteral("some of --units are not units: %1")
                                      .arg(named.join(QStringLiteral(", "))));
    QList<qint64> ids;
    DeviceRegistry registry(db.connection);
    for (int row = 0; row < chosen.rowCount(); ++row) {
        ids << chosen.toInt(row, "id");
        const QString callSign = chosen.text(row, "call_sign");
        const CommandResult added = registry.add(deviceIdFor(callSign), callSign);
        if (added.error.isError())
            return output.databaseError(added.error,
                                        {QStringLiteral("simulate (registering sim- devices)"),
                                         QStringLiteral("pela_admin or the database's owner")},
                                        &db.connection);
        if (added.status == CommandResult::Status::Invalid)
            return output.fail(Usage, added.message);
        // A conflict: registered by an earlier run, which is what we want.
    }

    const RoadNetwork roads = RoadNetwork::load(db.connection);
    SimulatorSettings simulation;
    simulation.reportSeconds = *interval;
    simulation.sceneSeconds = *scene * 60;
    simulation.hospitalSeconds = *hospital * 60;
    simulation.crews = !call.has(QStringLiteral("--follow-only"));
    FleetSimulator simulator(roads.router, simulation);
    const PgResult hospitals = db.connection.exec(
        "SELECT code, lat, lon, 'igd' = ANY (capabilities) AND er_status <> 'diverting' AS open"
        " FROM hospitals WHERE lat IS NOT NULL");
    if (!hospitals.ok())
        return output.databaseError(hospitals.error(), reading, &db.connection);
    QList<SimulatedHospital> places;
    for (int row = 0; row < hospitals.rowCount(); ++row)
        places.append(
            {hospitals.text(row, "code"),
             QGeoCoordinate(hospitals.toDouble(row, "lat"), hospitals.toDouble(row, "lon")),
             hospitals.toBool(row, "open")});
    simulator.setHospitals(places);
    output.line(QStringLiteral("driving %1 units (%2), reporting to %3%4")
                    .arg(ids.size())
                    .arg(roads.router.hasRoads() ? QStringLiteral("along the roads")
                                                 : QStringLiteral("in straight lines: no roads "
                                                                  "imported"))
                    .arg(gateway.toString(), simulation.crews
                                                 ? QStringLiteral("; crews change the statuses")
                                                 : QString()));

    QNetworkAccessManager network;
    IncidentCommands commands(db.connection);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int failures = 0;
    QHash<int, qint64> lastComplaint; // HTTP status -> when it was last said
    auto complain = [&](int status, const QString &text) {
        const qint64 now = clock.elapsed();
        if (lastComplaint.contains(status) && now - lastComplaint.value(status) < 60000)
            return;
        lastComplaint.insert(status, now);
        output.note(text);
    };
    auto tick = [&] {
        const double now = clock.elapsed() / 1000.0;
        const Fleet fleet = readFleet(db.connection, ids);
        if (fleet.error.isError()) {
            complain(-1,
                     QStringLiteral("reading the fleet failed: %1").arg(fleet.error.fullText()));
            if (++failures > 30)
                loop.exit(Unavailable);
            return;
        }
        failures = 0;
        simulator.update(fleet.units, now);
        const FleetSimulator::Tick moved = simulator.advance(now);
        for (const SimulatedReport &report : moved.reports) {
            QUrl url = gateway;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("id"), deviceIdFor(report.callSign));
            query.addQueryItem(QStringLiteral("lat"),
                               QString::number(report.position.latitude(), 'f', 7));
            query.addQueryItem(QStringLiteral("lon"),
                               QString::number(report.position.longitude(), 'f', 7));
            query.addQueryItem(QStringLiteral("timestamp"),
                               QString::number(QDateTime::currentMSecsSinceEpoch()));
            query.addQueryItem(QStringLiteral("speed"),
                               QString::number(report.speedKmh / KmhPerKnot, 'f', 2));
            query.addQueryItem(QStringLiteral("bearing"),
                               QString::number(report.headingDegrees, 'f', 1));
            query.addQueryItem(QStringLiteral("accuracy"), QStringLiteral("8"));
            url.setQuery(query);
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &complain, gateway] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError && status == 0)
                    complain(0, QStringLiteral("pela-gateway does not answer at %1: %2")
                                    .arg(gateway.toString(), reply->errorString()));
                else if (status != 200)
                    complain(status, QStringLiteral("pela-gateway answered %1: %2")
                                         .arg(status)
                                         .arg(QString::fromUtf8(reply->readAll()).trimmed()));
                reply->deleteLater();
            });
        }
        for (const CrewStep &step : moved.steps) {
            static const QHash<CrewStep::Action, AssignmentState> states = {
                {CrewStep::Action::EnRoute, AssignmentState::EnRoute},
                {CrewStep::Action::OnScene, AssignmentState::OnScene},
                {CrewStep::Action::Transporting, AssignmentState::Transporting},
                {CrewStep::Action::AtHospital, AssignmentState::AtHospital},
                {CrewStep::Action::Cleared, AssignmentState::Cleared}};
            const CommandResult result = commands.advanceAssignment(
                step.callSign, states.value(step.action), step.hospitalCode);
            if (!result.ok()) {
                simulator.stepFailed(step.unitId);
                output.note(QStringLiteral("%1: %2").arg(step.callSign, result.message));
            }
        }
        if (*duration > 0 && now >= *duration)
            loop.exit(Ok);
    };
    QTimer timer;
    timer.setInterval(1000);
    QObject::connect(&timer, &QTimer::timeout, &loop, tick);
    timer.start();
    tick();
    return loop.exec();
}

} // namespace pela::admin
