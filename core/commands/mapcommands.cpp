#include "mapcommands.h"

#include "db/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pela::core {

namespace {

struct Failure
{
    DbError error;
};

PgResult run(PgConnection &connection, const char *sql, const SqlParams &params = {})
{
    PgResult result = connection.exec(sql, params);
    if (!result.ok())
        throw Failure{result.error()};
    return result;
}

// Features as JSON arrays bound as one parameter each: a statement stores thousands of roads
// instead of a round trip per feature. The feature's own text goes in as it was in the file.
constexpr int FeaturesPerStatement = 5000;

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray featureRows(const MapLayerImport &layer, qsizetype first, qsizetype count)
{
    QByteArray rows = "[";
    for (qsizetype i = first; i < first + count; ++i) {
        const MapFeatureImport &feature = layer.features[i];
        if (i > first)
            rows += ',';
        rows += "{\"class\":" + jsonString(feature.featureClass) +
                ",\"name\":" + jsonString(feature.name) +
                ",\"min_lat\":" + QByteArray::number(feature.minLat, 'g', 17) +
                ",\"min_lon\":" + QByteArray::number(feature.minLon, 'g', 17) +
                ",\"max_lat\":" + QByteArray::number(feature.maxLat, 'g', 17) +
                ",\"max_lon\":" + QByteArray::number(feature.maxLon, 'g', 17) + ",\"feature\":";
        rows += layer.featureJson(feature);
        rows += '}';
    }
    rows += ']';
    return rows;
}

} // namespace

MapCommands::MapCommands(PgConnection &connection) : m_connection(connection) {}

CommandResult MapCommands::importLayer(const MapLayerImport &layer)
{
    if (layer.features.isEmpty())
        return CommandResult::invalid(
            tr("The layer %1 has no features; the old layer stays.").arg(layer.name));
    const QString unavailableText =
        tr("The database cannot be reached; the map layer was not imported. Try again.");
    if (!m_connection.isOpen() && !m_connection.reset())
        return CommandResult::unavailable(unavailableText, m_connection.error());

    for (int attempt = 0;; ++attempt) {
        PgTransaction transaction(m_connection);
        if (!transaction.isActive()) {
            if (attempt == 0 && m_connection.reset())
                continue;
            return CommandResult::unavailable(unavailableText, transaction.error());
        }
        try {
            // The layer row is locked first: two imports of one layer follow each other.
            const PgResult previous = run(m_connection,
                                          "SELECT id, feature_count FROM map_layers"
                                          " WHERE name = $1 FOR UPDATE",
                                          {layer.name});
            const bool replacing = previous.rowCount() > 0;
            const PgResult stored = run(
                m_connection,
                "INSERT INTO map_layers (name, kind, source, attribution, feature_count)"
                " VALUES ($1, $2, $3, $4, $5)"
                " ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, source = EXCLUDED.source,"
                " attribution = EXCLUDED.attribution, feature_count = EXCLUDED.feature_count,"
                " imported_at = now(), version = map_layers.version + 1"
                " RETURNING id, version",
                {layer.name, toText(layer.kind), layer.source, layer.attribution,
                 int(layer.features.size())});
            const qint64 layerId = stored.toInt(0, "id");
            if (replacing)
                run(m_connection, "DELETE FROM map_features WHERE layer_id = $1", {layerId});
            for (qsizetype first = 0; first < layer.features.size();
                 first += FeaturesPerStatement) {
                const qsizetype count =
                    std::min<qsizetype>(FeaturesPerStatement, layer.features.size() - first);
                run(m_connection,
                    "INSERT INTO map_features (layer_id, class, name, properties, geometry,"
                    " min_lat, min_lon, max_lat, max_lon)"
                    " SELECT $1, e.f ->> 'class', e.f ->> 'name',"
                    " coalesce(nullif(e.f #> '{feature,properties}', 'null'), '{}'),"
                    " e.f #> '{feature,geometry}',"
                    " (e.f ->> 'min_lat')::double precision, (e.f ->> 'min_lon')::double precision,"
                    " (e.f ->> 'max_lat')::double precision, (e.f ->> 'max_lon')::double precision"
                    " FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e (f, n)"
                    " ORDER BY e.n",
                    {layerId, QString::fromUtf8(featureRows(layer, first, count))});
            }
            QJsonObject payload{{QStringLiteral("layer"), layer.name},
                                {QStringLiteral("kind"), toText(layer.kind)},
                                {QStringLiteral("source"), layer.source},
                                {QStringLiteral("features"), int(layer.features.size())},
                                {QStringLiteral("version"), int(stored.toInt(0, "version"))}};
            if (replacing)
                payload.insert(QStringLiteral("replaced_features"),
                               int(previous.toInt(0, "feature_count")));
            run(m_connection,
                "INSERT INTO case_events (kind, payload) VALUES ('map_layer_imported', $1::jsonb)",
                {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
            const PgResult committed = transaction.commit();
            if (!committed.ok())
                throw Failure{committed.error()};
            CommandResult result;
            result.message = replacing
                                 ? tr("Imported map layer %1 (%2): %3 features, replacing %4.")
                                       .arg(layer.name, toText(layer.kind))
                                       .arg(layer.features.size())
                                       .arg(previous.toInt(0, "feature_count"))
                                 : tr("Imported map layer %1 (%2): %3 features.")
                                       .arg(layer.name, toText(layer.kind))
                                       .arg(layer.features.size());
            return result;
        } catch (const Failure &failure) {
            transaction.rollback();
            const QString state = failure.error.sqlState();
            const bool retryable =
                state == QLatin1String("40P01") || state == QLatin1String("40001") ||
                state == QLatin1String("23505"); // a first import of the same name raced us
            if (retryable && attempt < 3)
                continue;
            if (failure.error.kind() == DbError::Kind::ConnectionLost)
                return CommandResult::outcomeUnknown(
                    tr("The connection broke while importing; check with 'pela-admin status' "
                       "whether the layer was imported, or import it again."),
                    failure.error);
            if (state == QLatin1String("42501")) {
                CommandResult result =
                    CommandResult::invalid(tr("Your role does not allow importing map data."));
                result.error = failure.error;
                return result;
            }
            CommandResult result = CommandResult::invalid(
                tr("The database refused the map layer: %1").arg(failure.error.message()));
            result.error = failure.error;
            return result;
        }
    }
}

} // namespace pela::core
