#include "maplayerstore.h"

#include "db/pgconnection.h"
#include "live/livesync.h"
#include "mapdataloader.h"

#include <QLoggingCategory>
#include <QThread>

namespace pela::core {

Q_LOGGING_CATEGORY(lcMapStore, "pela.geo.store", QtInfoMsg)

MapLayerStore::MapLayerStore(QObject *parent) : QObject(parent), m_data(std::make_shared<MapData>())
{
}

MapLayerStore::~MapLayerStore()
{
    // The worker holds only its own copies; its finished() no longer reaches us.
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
}

void MapLayerStore::setConninfo(const QString &conninfo)
{
    if (conninfo == m_conninfo)
        return;
    m_conninfo = conninfo;
    reload();
}

void MapLayerStore::follow(LiveSync *sync)
{
    connect(sync, &LiveSync::online, this, &MapLayerStore::reload);
    connect(sync, &LiveSync::rowsChanged, this,
            [this](const QString &table, const QList<qint64> &) {
                if (table == QLatin1String("map_layers"))
                    reload();
            });
}

void MapLayerStore::reload()
{
    if (m_conninfo.isEmpty())
        return;
    if (m_worker) {
        m_reloadPending = true;
        return;
    }
    auto load = std::make_shared<MapLoad>();
    // Until a load succeeded there is nothing to keep: everything is read.
    QThread *worker =
        QThread::create([load, conninfo = m_conninfo, current = m_hasData ? m_data : MapDataPtr()] {
            PgConnection connection = PgConnection::open(conninfo, ConnectionPurpose::Maintenance,
                                                         QStringLiteral("pela-map"));
            if (!connection.isOpen()) {
                load->error = connection.error();
                return;
            }
            *load = loadMapData(connection, current);
        });
    worker->setObjectName(QStringLiteral("pela-map-load"));
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, worker, load] { finish(worker, *load); });
    worker->start(QThread::LowPriority);
}

void MapLayerStore::finish(QThread *worker, const MapLoad &load)
{
    if (worker != m_worker)
        return;
    m_worker = nullptr;
    m_loaded = true;
    m_lastError = load.error;
    if (!load.ok())
        qCWarning(lcMapStore) << "map layers not loaded:" << load.error.fullText();
    else if (!load.unchanged && load.data) {
        m_data = load.data;
        m_hasData = true;
        emit dataChanged();
    }
    emit loadFinished(load.ok());
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
    }
}

} // namespace pela::core
