// The location box's results as the call-taker types: gazetteer matches, best first, and
// coordinates typed or read out by the caller ("-3.6954, 128.1814").
#pragma once

#include "gazetteer.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <memory>

namespace pela::core {

// What a typed text says as coordinates, if it is meant as coordinates at all.
struct CoordinateInput
{
    bool isCoordinates = false; // two decimal numbers: "-3.6954, 128.1814", "-3,6954; 128,1814"
    QGeoCoordinate coordinate;  // valid only when the numbers can be a place on Earth
    QString problem;            // why not, in the operator's words
};
CoordinateInput parseCoordinateInput(const QString &text);

class GazetteerSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit GazetteerSearchModel(QObject *parent = nullptr);

    // The gazetteer is shared (it is built once off the GUI thread and only read).
    void setGazetteer(std::shared_ptr<const Gazetteer> gazetteer);
    std::shared_ptr<const Gazetteer> gazetteer() const { return m_gazetteer; }
    void setLimit(int limit) { m_limit = limit; }

    // Searches again; the rows become the matches (none for coordinates or an empty text).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    const CoordinateInput &coordinates() const { return m_coordinates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: "Batu Merah" (or the alias that matched: "Batumerah → Batu Merah");
    // Qt::ToolTipRole and DescriptionRole: "desa · Sirimau"; RecordRole: the Place;
    // PositionRole: its centroid; IdRole: its id.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // nullptr when row is out of range.
    const Place *placeAt(int row) const;
    MatchTier tierAt(int row) const;

    // "desa · Sirimau": the kind in the operator's language and the parent's name.
    QString describe(const Place &place) const;
    static QString kindName(PlaceKind kind);

    enum ExtraRole : int
    {
        DescriptionRole = Qt::UserRole + 200,
    };

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    QString m_query;
    CoordinateInput m_coordinates;
    QList<GazetteerMatch> m_matches;
    int m_limit = 8;
};

} // namespace pela::core

Q_DECLARE_METATYPE(pela::core::Place)
