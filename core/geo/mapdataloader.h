// Reads the imported map layers and the gazetteer's reference points from the database into
// a MapData, on whatever thread calls it (the console calls it off the GUI thread).
#pragma once

#include "db/dberror.h"
#include "mapdata.h"

namespace pela::core {

class PgConnection;

struct MapLoad
{
    MapDataPtr data;        // the new data; the current one when nothing changed
    bool unchanged = false; // every layer's version was the same as in current
    DbError error;
    bool ok() const { return !error.isError(); }
};

// current: what is shown now (may be null); layers whose version did not change are taken
// from it instead of being read and projected again.
MapLoad loadMapData(PgConnection &connection, const MapDataPtr &current);

} // namespace pela::core
