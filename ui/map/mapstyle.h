// How the base map looks: land and sea, roads by OSM class (width and colour by zoom, which
// classes show from which zoom), boundaries and their names. One place, so tiles, labels and
// the legend agree.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace pela::ui::mapstyle {

// Draw order of road classes, minor first; a link road ranks with its road.
enum class RoadRank
{
    Path, // footways, paths, steps, tracks: dashed, only close in
    Service,
    Minor, // residential, unclassified, living street
    Tertiary,
    Secondary,
    Primary,
    Trunk,
    Motorway,
};
constexpr int RoadRankCount = 8;

struct RoadStyle
{
    RoadRank rank = RoadRank::Minor;
    QColor fill;
    QColor casing;
    double minZoom = 13;  // hidden further out
    double widthAt16 = 5; // pixels at zoom 16; scales with zoom
    bool dashed = false;
    // Further out than CasingMinZoom roads have no outline: this colour alone must stand out
    // on the land.
    QColor overview;
};

RoadStyle roadStyle(const QString &highwayClass);
// Width in pixels at zoom (0 when the class is hidden there).
double roadWidth(const RoadStyle &style, double zoom);
// Major roads get a darker outline from CasingMinZoom on, minor streets from
// MinorCasingMinZoom; before that each is a line of its overview colour (a hairline while thin).
// Outlines double the drawing, and the city's thousands of minor streets read well without.
constexpr double CasingMinZoom = 15;
constexpr double MinorCasingMinZoom = 17;
bool isOutlined(const RoadStyle &style, double zoom);
// Caps and joins are rounded from here on (they show); further out bevels look the same.
constexpr double RoundJoinMinZoom = 17;
// Hairlines (1 px, the fast way to draw) below this width.
constexpr double HairlineWidth = 1.8;
// Street names along the roads from this zoom on; major roads a little earlier.
constexpr double RoadNameMinZoom = 16;
constexpr double MajorRoadNameMinZoom = 15;

const QColor Sea(0xaa, 0xd3, 0xdf);
const QColor Land(0xf2, 0xef, 0xe9);
// Without an imported land layer nobody knows where the sea is: a neutral ground.
const QColor UnknownGround(0xe6, 0xe4, 0xde);
const QColor KelurahanBoundary(0x8e, 0x7c, 0xc3);
const QColor KecamatanBoundary(0x6a, 0x3d, 0x9a);
const QColor BoundaryName(0x4a, 0x3b, 0x6b);
const QColor RoadName(0x22, 0x22, 0x22);
const QColor Halo(0xff, 0xff, 0xff, 0xe0);

constexpr double KelurahanMinZoom = 12.5;
constexpr double KelurahanNameMinZoom = 13.5;
constexpr double KecamatanNameMaxZoom = 13.5; // kecamatan names further out, kelurahan closer

// Fonts for map labels (pixel sizes: the map is drawn in pixels at every DPI).
QFont boundaryNameFont(bool kecamatan);
QFont roadNameFont();

} // namespace pela::ui::mapstyle
