// Places for gazetteer tests and benchmarks: Ambon's real 55 from the seed the database loads,
// and generated Indonesian-style places (kelurahan, landmarks, streets) to reach a given size.
#pragma once

#include "geo/gazetteer.h"

#include <QList>

namespace pela::test {

// The kelurahan/desa and kecamatan of resources/sql/seed/ambon.sql (compiled into pela_core),
// read from the seed file itself so the tests follow the data.
QList<core::Place> ambonSeedPlaces();

// count plausible places (deterministic for a seed): village-like names made of Malukan and
// Indonesian syllables, landmarks ("Masjid Al-Ikhlas Waiheru", "SD Negeri 12 Poka", ...) and
// streets ("Jalan Sultan Hasanudin"), around Ambon, with parents among the given places.
QList<core::Place> generatedPlaces(int count, const QList<core::Place> &parents,
                                   unsigned seed = 112);

} // namespace pela::test
