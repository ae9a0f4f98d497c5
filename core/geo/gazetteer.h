// The gazetteer: an in-memory search over named places (kelurahan/desa and kecamatan now,
// landmarks and streets as map data arrives) that answers as the call-taker types.
#pragma once

#include "db/dberror.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace pela::core {

class PgConnection;

// The schema's places.kind values.
enum class PlaceKind
{
    Kelurahan,
    Desa,
    Kecamatan,
    Landmark,
    Street,
    Other
};
std::optional<PlaceKind> placeKindFromText(const QString &text);
QString toText(PlaceKind kind);

struct Place
{
    qint64 id = 0;
    PlaceKind kind = PlaceKind::Other;
    QString code; // kelurahan/kecamatan code (81.71.02.2003); may be empty for landmarks
    QString name;
    QString parentCode; // the kecamatan of a kelurahan, the kelurahan of a landmark or street
    QGeoCoordinate location;
    QStringList aliases; // other names callers use ("Batumerah", a former name, ...)

    bool operator==(const Place &) const = default;
};

// How a query matched, best first. Ranking rule (Gazetteer::search):
//  1. tier: Exact (the whole name) > Prefix (the name starts with the query) > WordPrefix (every
//     query word starts a word of the name, in any order) > Fuzzy (a word needs one typo fixed:
//     a letter substituted, inserted, deleted or two neighbours swapped);
//  2. kind: kelurahan/desa (what the case records) > landmark > street > other > kecamatan (too
//     large to send an ambulance to);
//  3. the shorter matched name; 4. alphabetical; 5. code.
enum class MatchTier
{
    Exact,
    Prefix,
    WordPrefix,
    Fuzzy
};

struct GazetteerMatch
{
    int placeIndex = -1; // into Gazetteer::places()
    MatchTier tier = MatchTier::Fuzzy;
    // The alias that matched, when it was not the place's own name.
    QString matchedAlias;
};

class Gazetteer
{
public:
    Gazetteer();
    explicit Gazetteer(QList<Place> places);
    ~Gazetteer();
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    const QList<Place> &places() const { return m_places; }
    bool isEmpty() const { return m_places.isEmpty(); }
    // nullptr when no place has that code.
    const Place *findByCode(const QString &code) const;
    // The name of the place's parent (a kelurahan's kecamatan), empty when not held.
    QString parentName(const Place &place) const;
    // The kelurahan/desa code a case at this place records: its own for a kelurahan or desa,
    // its parent's for a landmark or street inside one; empty for a kecamatan.
    QString kelurahanCodeFor(const Place &place) const;

    // Up to limit matches, best first (see MatchTier for the rule). Case- and accent-
    // insensitive; punctuation separates words. A query of only spaces finds nothing.
    QList<GazetteerMatch> search(const QString &query, int limit = 8) const;

    // The area the centre serves, for "is this point plausible": the box around its
    // administrative places (kelurahan, desa, kecamatan) grown by marginMetres on every side.
    // Invalid when there are none.
    QGeoRectangle serviceArea(double marginMetres = 5000) const;

    // Lower-case, accents removed, every run of non-letters/digits one space, trimmed;
    // apostrophes vanish ("Wai'heru" → "waiheru").
    static QString fold(const QString &text);

private:
    struct Index;
    QList<Place> m_places;
    QHash<QString, int> m_byCode;
    std::unique_ptr<Index> m_index;
};

struct PlacesLoadResult
{
    QList<Place> places;
    DbError error; // no error: places holds every row of the places table
};

// Reads the places table (blocking: call it on the command runner's thread, never the GUI's).
PlacesLoadResult loadPlaces(PgConnection &connection);

} // namespace pela::core
