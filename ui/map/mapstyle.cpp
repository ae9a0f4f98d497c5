#include "mapstyle.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace pela::ui::mapstyle {

RoadStyle roadStyle(const QString &highwayClass)
{
    static const QHash<QString, RoadStyle> styles = [] {
        QHash<QString, RoadStyle> table;
        auto add = [&table](std::initializer_list<const char *> names, RoadStyle style) {
            for (const char *name : names)
                table.insert(QString::fromLatin1(name), style);
        };
        add({"motorway", "motorway_link"},
            {RoadRank::Motorway, QColor(0xe8, 0x92, 0xa2), QColor(0xc2, 0x4e, 0x6b), 9, 11, false,
             QColor(0xdc, 0x6a, 0x84)});
        add({"trunk", "trunk_link"},
            {RoadRank::Trunk, QColor(0xf9, 0xb2, 0x9c), QColor(0xc8, 0x4e, 0x2f), 9, 10, false,
             QColor(0xe8, 0x82, 0x5f)});
        add({"primary", "primary_link"},
            {RoadRank::Primary, QColor(0xfc, 0xd6, 0xa4), QColor(0xa0, 0x6b, 0x00), 10, 9, false,
             QColor(0xee, 0xb0, 0x55)});
        add({"secondary", "secondary_link"},
            {RoadRank::Secondary, QColor(0xf7, 0xfa, 0xbf), QColor(0x70, 0x7d, 0x05), 11, 8, false,
             QColor(0xc9, 0xcc, 0x5a)});
        add({"tertiary", "tertiary_link"},
            {RoadRank::Tertiary, QColor(0xff, 0xff, 0xff), QColor(0x8f, 0x8f, 0x8f), 12, 7, false,
             QColor(0xa6, 0x9f, 0x92)});
        add({"residential", "unclassified", "living_street", "road"},
            {RoadRank::Minor, QColor(0xff, 0xff, 0xff), QColor(0xa8, 0xa8, 0xa8), 13, 5.5, false,
             QColor(0xb4, 0xae, 0xa3)});
        add({"service"}, {RoadRank::Service, QColor(0xff, 0xff, 0xff), QColor(0xb8, 0xb8, 0xb8), 14,
                          3, false, QColor(0xc4, 0xbf, 0xb6)});
        add({"track"}, {RoadRank::Path, QColor(0x99, 0x66, 0x00), QColor(), 15, 1.5, true,
                        QColor(0x99, 0x66, 0x00)});
        add({"path", "footway", "steps", "pedestrian", "corridor", "cycleway", "bridleway"},
            {RoadRank::Path, QColor(0xe0, 0x60, 0x50), QColor(), 16, 1.3, true,
             QColor(0xe0, 0x60, 0x50)});
        return table;
    }();
    // Unknown classes (a newer OSM tag) draw like minor roads rather than vanish.
    return styles.value(highwayClass, RoadStyle{RoadRank::Minor, QColor(0xff, 0xff, 0xff),
                                                QColor(0xa8, 0xa8, 0xa8), 14, 4, false,
                                                QColor(0xb4, 0xae, 0xa3)});
}

double roadWidth(const RoadStyle &style, double zoom)
{
    if (zoom < style.minZoom)
        return 0;
    // Half again per zoom level: wide enough to read close in, thin lines far out.
    const double width = style.widthAt16 * std::pow(1.5, zoom - 16);
    return std::clamp(width, style.dashed ? 1.0 : 0.8, style.widthAt16 * 2.6);
}

bool isOutlined(const RoadStyle &style, double zoom)
{
    if (style.dashed || !style.casing.isValid())
        return false;
    return zoom >= (style.rank >= RoadRank::Tertiary ? CasingMinZoom : MinorCasingMinZoom);
}

QFont boundaryNameFont(bool kecamatan)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(kecamatan ? 15 : 12);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kecamatan ? 2 : 1);
    return font;
}

QFont roadNameFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    return font;
}

} // namespace pela::ui::mapstyle
