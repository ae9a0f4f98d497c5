// Admin commands on the shared map data: importing a layer replaces the layer of the same name
// whole, in one transaction with its event row, so every console reloads it (the layer row
// notifies) and a failed import leaves the old layer as it was.
#pragma once

#include "commandresult.h"
#include "geo/mapimport.h"

namespace pela::core {

class PgConnection;

class MapCommands
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::MapCommands)
public:
    explicit MapCommands(PgConnection &connection);

    // Stores a layer read by MapImport. message says how many features, and whether it
    // replaced an earlier layer of the same name.
    CommandResult importLayer(const MapLayerImport &layer);

private:
    PgConnection &m_connection;
};

} // namespace pela::core
