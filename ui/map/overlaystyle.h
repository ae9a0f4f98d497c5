// What the live items on the map look like (sizes, colours, fonts), shared by their layout and
// their painting.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

namespace pela::ui::overlaystyle {

constexpr double HospitalSize = 22;
constexpr double CaseSize = 24;
constexpr double UnitSize = 18;
constexpr double LabelGap = 4;
constexpr double LabelPaddingX = 4;
constexpr double LabelHeight = 16;

inline const QColor SelectionRing(0x00, 0xb0, 0xff);
inline const QColor LabelBox(0xff, 0xff, 0xff, 0xe8);
inline const QColor LabelBorder(0x45, 0x5a, 0x64);
inline const QColor LabelText(0x1a, 0x1a, 0x1a);
inline const QColor StaleText(0x60, 0x60, 0x60);
inline const QColor AlertRed(0xd5, 0x00, 0x00);
inline const QColor LinkBlue(0x15, 0x65, 0xc0);
inline const QColor HospitalLinkColour(0x21, 0x21, 0x21);

inline QFont labelFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

inline QFont glyphFont(double size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(size));
    font.setBold(true);
    return font;
}

inline QRectF circle(const QPointF &centre, double radius)
{
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
}

} // namespace pela::ui::overlaystyle
