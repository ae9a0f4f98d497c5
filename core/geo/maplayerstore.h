// The console's map data, shared by every map view: loaded off the GUI thread when the console
// comes online and again whenever a layer is imported (LiveSync's map_layers notifications),
// so an admin's import appears on every console without a restart.
#pragma once

#include "db/dberror.h"
#include "mapdata.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace pela::core {

class LiveSync;
struct MapLoad;

class MapLayerStore : public QObject
{
    Q_OBJECT
public:
    explicit MapLayerStore(QObject *parent = nullptr);
    // A load in progress is abandoned (its thread finishes on its own and drops the result).
    ~MapLayerStore() override;

    // Never null: empty until the first load finished.
    MapDataPtr data() const { return m_data; }
    bool isLoading() const { return m_worker != nullptr; }
    // Whether a load has finished since start (successfully or not).
    bool hasLoaded() const { return m_loaded; }
    const DbError &lastError() const { return m_lastError; }

    // Where to read from; a change reloads.
    void setConninfo(const QString &conninfo);
    // Reloads when the sync comes online and when a map_layers row changes. Not owned.
    void follow(LiveSync *sync);

public slots:
    // Starts a load on a worker thread; while one runs, one more follows it.
    void reload();

signals:
    // data() was replaced.
    void dataChanged();
    // A load finished (ok: the data is current, changed or not).
    void loadFinished(bool ok);

private:
    void finish(QThread *worker, const MapLoad &load);

    QString m_conninfo;
    MapDataPtr m_data;
    QThread *m_worker = nullptr; // deletes itself when finished
    bool m_reloadPending = false;
    bool m_loaded = false;
    bool m_hasData = false; // m_data came from the database (not the empty start)
    DbError m_lastError;
};

} // namespace pela::core
