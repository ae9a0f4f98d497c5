// Coverage of the kelurahan/desa by the available ambulances: the road time from the nearest one
// to each area's centroid (on its nearest road) and to its slowest junction, from one search
// forwards from all of them, and the areas no ambulance reaches within a threshold.
// CoverageAreas is prepared once per road graph and is immutable: share it between threads.
#pragma once

#include "roadrouter.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace pela::core {

struct CoverageArea
{
    QString code; // e.g. 81.71.05.2006
    QString name; // e.g. Hutumury
    QString kind; // kelurahan or desa
    QGeoCoordinate centroid;
    // The boundary's rings (outer rings and holes, even-odd rule); empty when not known.
    QList<QList<QGeoCoordinate>> rings;
};

struct AreaCoverage
{
    QString code;
    QString name;
    EtaMethod method = EtaMethod::None;
    EtaNote note = EtaNote::None;
    // From the nearest available ambulance to the centroid's road point; kUnreachable when no
    // ambulance reaches it (none available, or none on the roads).
    double seconds = kUnreachable;
    qint64 unitId = 0; // that ambulance's id; 0 when none
    double centroidOffRoadMeters = 0;
    // The area's slowest junction from its nearest ambulance (NaN when the area has none known).
    double worstJunctionSeconds = std::numeric_limits<double>::quiet_NaN();
    QGeoCoordinate worstJunction;
    int junctions = 0;
    bool beyondThreshold = false; // the centroid is not reached within the threshold
};

struct CoverageReport
{
    double thresholdSeconds = 0;
    QList<AreaCoverage> areas;  // in the prepared areas' order
    QList<int> beyondThreshold; // indices into areas, slowest first
    QList<qint64> unitsLeftOut; // available units with no position or far from every road
};

class CoverageAreas
{
public:
    // How the junctions were shared out among the areas.
    enum class Assignment
    {
        Boundaries,      // by the areas' boundary polygons
        NearestCentroid, // no boundaries known: each junction to the nearest centroid
        NoRoads,
    };

    static std::shared_ptr<const CoverageAreas> build(const RoadRouter &router,
                                                      const QList<CoverageArea> &areas);

    const QList<CoverageArea> &areas() const { return m_areas; }
    Assignment assignment() const { return m_assignment; }
    const RoadRouter &router() const { return m_router; }
    const RoadSnap &centroidOnRoad(int area) const { return m_centroids[size_t(area)]; }

    // The available ambulances (the caller filters status and kind) against the settings'
    // threshold, or an explicit one.
    CoverageReport compute(const QList<EtaSubject> &availableUnits) const;
    CoverageReport compute(const QList<EtaSubject> &availableUnits, double thresholdSeconds) const;

private:
    CoverageAreas() = default;
    CoverageReport straightLine(const QList<EtaSubject> &units, double thresholdSeconds) const;

    RoadRouter m_router;
    QList<CoverageArea> m_areas;
    Assignment m_assignment = Assignment::NoRoads;
    std::vector<RoadSnap> m_centroids;
    std::vector<int> m_junctionArea; // per junction: area index, -1 outside every area
    std::vector<int> m_junctionCounts;
};

using CoverageAreasPtr = std::shared_ptr<const CoverageAreas>;

} // namespace pela::core
