#include "gazetteer.h"

#include "db/pgconnection.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace pela::core {

namespace {

// Words beyond these are ignored: no place name or spoken query needs more.
constexpr int MaxQueryWords = 8;
constexpr int MaxNameWords = 32;
// One typo a word is tolerated only from three letters on: "ba" with a typo matches anything.
constexpr int MinFuzzyLength = 3;
// Longer words are still matched exactly or by prefix, only not fuzzily.
constexpr int MaxFuzzyLength = 40;

int kindRank(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Kelurahan:
    case PlaceKind::Desa:
        return 0;
    case PlaceKind::Landmark:
        return 1;
    case PlaceKind::Street:
        return 2;
    case PlaceKind::Other:
        return 3;
    case PlaceKind::Kecamatan:
        return 4;
    }
    return 5;
}

bool isAdministrative(PlaceKind kind)
{
    return kind == PlaceKind::Kelurahan || kind == PlaceKind::Desa || kind == PlaceKind::Kecamatan;
}

// Is some prefix of word within one edit (substitution, insertion, deletion or a swap of
// neighbours: optimal string alignment) of query? Rows are the query's letters, columns the
// word's; only prefixes up to one letter longer than the query can be within one edit.
bool withinOneEditOfPrefix(const QChar *query, int m, const QChar *word, int n)
{
    // Whatever the one edit, the word starts with one of the query's first two letters or has
    // one of them second: a cheap test that spares most of the vocabulary the table below.
    if (n < 2 ||
        (word[0] != query[0] && word[0] != query[1] && word[1] != query[0] && word[1] != query[1]))
        return false;
    const int columns = std::min(n, m + 1);
    std::array<int, MaxFuzzyLength + 2> rows[3];
    int *previous2 = rows[0].data(), *previous = rows[1].data(), *current = rows[2].data();
    for (int j = 0; j <= columns; ++j)
        previous[j] = j;
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= columns; ++j) {
            const int cost = query[i - 1] == word[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > 1)
            return false;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    // The whole query against a prefix of length m-1, m or m+1 of the word.
    for (int j = std::max(0, m - 1); j <= columns; ++j)
        if (previous[j] <= 1)
            return true;
    return false;
}

enum class WordMatch : quint8
{
    Exact,
    Prefix,
    Fuzzy
};

} // namespace

std::optional<PlaceKind> placeKindFromText(const QString &text)
{
    static const QHash<QString, PlaceKind> kinds = {
        {QStringLiteral("kelurahan"), PlaceKind::Kelurahan},
        {QStringLiteral("desa"), PlaceKind::Desa},
        {QStringLiteral("kecamatan"), PlaceKind::Kecamatan},
        {QStringLiteral("landmark"), PlaceKind::Landmark},
        {QStringLiteral("street"), PlaceKind::Street},
        {QStringLiteral("other"), PlaceKind::Other},
    };
    const auto found = kinds.constFind(text);
    if (found == kinds.cend())
        return std::nullopt;
    return *found;
}

QString toText(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Kelurahan:
        return QStringLiteral("kelurahan");
    case PlaceKind::Desa:
        return QStringLiteral("desa");
    case PlaceKind::Kecamatan:
        return QStringLiteral("kecamatan");
    case PlaceKind::Landmark:
        return QStringLiteral("landmark");
    case PlaceKind::Street:
        return QStringLiteral("street");
    case PlaceKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

// Every name and alias, folded into words; a sorted vocabulary of the distinct words with, for
// each, where it occurs. A query word is looked up by binary search (exact and prefix) and by
// one pass over the vocabulary (fuzzy), never over every place.
struct Gazetteer::Index
{
    struct Name
    {
        int place = 0;
        int alias = -1; // -1: the place's own name
        QString folded;
        int wordCount = 0;
        // Position among all names by kind, length, spelling and code: the ranking within a
        // tier, computed once so that a search compares integers only.
        int order = 0;
    };
    struct Occurrence
    {
        int name = 0;
        int position = 0;
    };

    std::vector<Name> names;
    std::vector<QString> vocabulary;                  // sorted
    std::vector<std::vector<Occurrence>> occurrences; // parallel to vocabulary

    void build(const QList<Place> &places)
    {
        QHash<QString, std::vector<Occurrence>> byWord;
        auto addName = [&](int place, int alias, const QString &text) {
            const QString folded = Gazetteer::fold(text);
            if (folded.isEmpty())
                return;
            const QStringList words = folded.split(QLatin1Char(' '));
            const int nameIndex = int(names.size());
            names.push_back({place, alias, folded, int(words.size())});
            for (int position = 0; position < words.size() && position < MaxNameWords; ++position)
                byWord[words[position]].push_back({nameIndex, position});
        };
        for (int place = 0; place < places.size(); ++place) {
            addName(place, -1, places[place].name);
            for (int alias = 0; alias < places[place].aliases.size(); ++alias)
                addName(place, alias, places[place].aliases[alias]);
        }
        vocabulary.reserve(byWord.size());
        for (auto it = byWord.cbegin(); it != byWord.cend(); ++it)
            vocabulary.push_back(it.key());
        std::sort(vocabulary.begin(), vocabulary.end());
        occurrences.reserve(vocabulary.size());
        for (const QString &word : vocabulary)
            occurrences.push_back(std::move(byWord[word]));

        std::vector<int> sorted(names.size());
        for (int i = 0; i < int(sorted.size()); ++i)
            sorted[i] = i;
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            const Name &nameA = names[a];
            const Name &nameB = names[b];
            const int kindA = kindRank(places[nameA.place].kind);
            const int kindB = kindRank(places[nameB.place].kind);
            if (kindA != kindB)
                return kindA < kindB;
            if (nameA.folded.size() != nameB.folded.size())
                return nameA.folded.size() < nameB.folded.size();
            if (nameA.folded != nameB.folded)
                return nameA.folded < nameB.folded;
            return places[nameA.place].code < places[nameB.place].code;
        });
        for (int rank = 0; rank < int(sorted.size()); ++rank)
            names[sorted[rank]].order = rank;
    }

    // The vocabulary words a query word matches, and how.
    std::vector<std::pair<int, WordMatch>> matchWord(const QString &query) const
    {
        std::vector<std::pair<int, WordMatch>> matches;
        const auto begin = std::lower_bound(vocabulary.begin(), vocabulary.end(), query);
        const int first = int(begin - vocabulary.begin());
        int last = first;
        while (last < int(vocabulary.size()) && vocabulary[last].startsWith(query)) {
            matches.emplace_back(last, vocabulary[last].size() == query.size() ? WordMatch::Exact
                                                                               : WordMatch::Prefix);
            ++last;
        }
        const int m = int(query.size());
        if (m < MinFuzzyLength || m > MaxFuzzyLength)
            return matches;
        for (int word = 0; word < int(vocabulary.size()); ++word) {
            if (word >= first && word < last)
                continue;
            const QString &candidate = vocabulary[word];
            // A prefix within one edit is at least m-1 letters long.
            if (candidate.size() < m - 1)
                continue;
            if (withinOneEditOfPrefix(query.constData(), m, candidate.constData(),
                                      int(candidate.size())))
                matches.emplace_back(word, WordMatch::Fuzzy);
        }
        return matches;
    }
};

Gazetteer::Gazetteer() : m_index(std::make_unique<Index>()) {}

Gazetteer::Gazetteer(QList<Place> places)
    : m_places(std::move(places)), m_index(std::make_unique<Index>())
{
    for (int i = 0; i < m_places.size(); ++i)
        if (!m_places[i].code.isEmpty())
            m_byCode.insert(m_places[i].code, i);
    m_index->build(m_places);
}

Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer &&) noexcept = default;
Gazetteer &Gazetteer::operator=(Gazetteer &&) noexcept = default;

const Place *Gazetteer::findByCode(const QString &code) const
{
    const auto found = m_byCode.constFind(code);
    return found == m_byCode.cend() ? nullptr : &m_places[*found];
}

QString Gazetteer::parentName(const Place &place) const
{
    const Place *parent = place.parentCode.isEmpty() ? nullptr : findByCode(place.parentCode);
    return parent ? parent->name : QString();
}

QString Gazetteer::kelurahanCodeFor(const Place &place) const
{
    switch (place.kind) {
    case PlaceKind::Kelurahan:
    case PlaceKind::Desa:
        return place.code;
    case PlaceKind::Kecamatan:
        return {};
    case PlaceKind::Landmark:
    case PlaceKind::Street:
    case PlaceKind::Other:
        break;
    }
    const Place *parent = place.parentCode.isEmpty() ? nullptr : findByCode(place.parentCode);
    if (parent && (parent->kind == PlaceKind::Kelurahan || parent->kind == PlaceKind::Desa))
        return parent->code;
    return {};
}

QString Gazetteer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('\'') ||
            c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded += QLatin1Char(' ');
            pendingSpace = false;
            folded += c.toCaseFolded();
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

QList<GazetteerMatch> Gazetteer::search(const QString &query, int limit) const
{
    const QString folded = fold(query);
    if (folded.isEmpty() || limit <= 0)
        return {};
    QStringList words = folded.split(QLatin1Char(' '));
    if (words.size() > MaxQueryWords)
        words.resize(MaxQueryWords);
    const int wordCount = int(words.size());

    // For each candidate name: per query word, the name's word positions it matches by kind.
    struct Hit
    {
        int name = 0;
        quint32 seen = 0;
        std::array<quint32, MaxQueryWords> exactOrPrefix{};
        std::array<quint32, MaxQueryWords> any{};
    };
    std::vector<Hit> hits;
    std::vector<int> slot(m_index->names.size(), -1);
    for (int w = 0; w < wordCount; ++w) {
        for (const auto &[wordId, kind] : m_index->matchWord(words[w])) {
            for (const Index::Occurrence &occurrence : m_index->occurrences[wordId]) {
                int &s = slot[occurrence.name];
                if (s < 0) {
                    if (w > 0)
                        continue; // missed an earlier query word: cannot match them all
                    s = int(hits.size());
                    hits.push_back({occurrence.name, 0, {}, {}});
                }
                Hit &hit = hits[s];
                const quint32 bit = 1u << occurrence.position;
                hit.any[w] |= bit;
                if (kind != WordMatch::Fuzzy)
                    hit.exactOrPrefix[w] |= bit;
                hit.seen |= 1u << w;
            }
        }
    }

    // Can each query word take a different word of the name (using only the allowed masks)?
    auto assignable = [wordCount](const std::array<quint32, MaxQueryWords> &masks) {
        auto assign = [&](auto &self, int w, quint32 used) -> bool {
            if (w == wordCount)
                return true;
            for (quint32 free = masks[w] & ~used; free; free &= free - 1) {
                const quint32 bit = free & (~free + 1);
                if (self(self, w + 1, used | bit))
                    return true;
            }
            return false;
        };
        return assign(assign, 0, 0);
    };

    struct Ranked
    {
        MatchTier tier;
        int order;
        int name;
        bool operator<(const Ranked &other) const
        {
            return tier != other.tier ? tier < other.tier : order < other.order;
        }
    };
    const quint32 allWords = (1u << wordCount) - 1;
    std::vector<Ranked> ranked;
    ranked.reserve(hits.size());
    for (const Hit &hit : hits) {
        if (hit.seen != allWords)
            continue;
        const Index::Name &name = m_index->names[hit.name];
        MatchTier tier;
        if (name.folded == folded)
            tier = MatchTier::Exact;
        else if (name.folded.startsWith(folded))
            tier = MatchTier::Prefix;
        else if (assignable(hit.exactOrPrefix))
            tier = MatchTier::WordPrefix;
        else if (assignable(hit.any))
            tier = MatchTier::Fuzzy;
        else
            continue;
        ranked.push_back({tier, name.order, hit.name});
    }
    // Only the best few are ordered; a place's aliases may take some of them, hence the spare.
    size_t ordered = std::min(ranked.size(), size_t(limit) * 2 + 4);
    std::partial_sort(ranked.begin(), ranked.begin() + ordered, ranked.end());

    // A place found by its name and by an alias appears once, at its best.
    QList<GazetteerMatch> matches;
    QSet<int> placesTaken;
    for (size_t i = 0; i < ranked.size() && matches.size() < limit; ++i) {
        if (i == ordered) { // many aliases among the best: order the rest too
            std::sort(ranked.begin() + ordered, ranked.end());
            ordered = ranked.size();
        }
        const Index::Name &name = m_index->names[ranked[i].name];
        if (placesTaken.contains(name.place))
            continue;
        placesTaken.insert(name.place);
        GazetteerMatch match;
        match.placeIndex = name.place;
        match.tier = ranked[i].tier;
        if (name.alias >= 0)
            match.matchedAlias = m_places[name.place].aliases[name.alias];
        matches.append(match);
    }
    return matches;
}

QGeoRectangle Gazetteer::serviceArea(double marginMetres) const
{
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    bool any = false;
    for (const Place &place : m_places) {
        if (!isAdministrative(place.kind) || !place.location.isValid())
            continue;
        any = true;
        minLat = std::min(minLat, place.location.latitude());
        maxLat = std::max(maxLat, place.location.latitude());
        minLon = std::min(minLon, place.location.longitude());
        maxLon = std::max(maxLon, place.location.longitude());
    }
    if (!any)
        return {};
    constexpr double metresPerDegree = 111'320;
    const double latMargin = marginMetres / metresPerDegree;
    const double middle = (minLat + maxLat) / 2 * M_PI / 180;
    const double lonMargin = marginMetres / (metresPerDegree * std::max(0.01, std::cos(middle)));
    return QGeoRectangle(
        QGeoCoordinate(std::min(90.0, maxLat + latMargin), std::max(-180.0, minLon - lonMargin)),
        QGeoCoordinate(std::max(-90.0, minLat - latMargin), std::min(180.0, maxLon + lonMargin)));
}

PlacesLoadResult loadPlaces(PgConnection &connection)
{
    PlacesLoadResult loaded;
    const PgResult result = connection.exec(
        "SELECT id, kind, coalesce(code, '') AS code, name, coalesce(parent_code, '') AS "
        "parent_code, lat, lon, to_jsonb(aliases) AS aliases FROM places ORDER BY id");
    if (!result.ok()) {
        loaded.error = result.error();
        return loaded;
    }
    loaded.places.reserve(result.rowCount());
    for (int row = 0; row < result.rowCount(); ++row) {
        Place place;
        place.id = result.toInt(row, "id");
        // A kind this build does not know (a newer schema) still gets searched.
        place.kind = placeKindFromText(result.text(row, "kind")).value_or(PlaceKind::Other);
        place.code = result.text(row, "code");
        place.name = result.text(row, "name");
        place.parentCode = result.text(row, "parent_code");
        place.location = QGeoCoordinate(result.toDouble(row, "lat"), result.toDouble(row, "lon"));
        for (const QJsonValue alias : result.toJson(row, "aliases").array())
            if (!alias.toString().trimmed().isEmpty())
                place.aliases << alias.toString();
        loaded.places.append(std::move(place));
    }
    return loaded;
}

} // namespace pela::core
