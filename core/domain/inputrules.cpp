#include "inputrules.h"

#include <cmath>

namespace pela::core {

int InputRules::maxLength(TextField field)
{
    // Long enough for what is said on a call; short enough for a board cell and a report line.
    switch (field) {
    case TextField::Address:
        return 300;
    case TextField::CallerName:
        return 120;
    case TextField::Notes:
        return 4000;
    case TextField::Reason:
        return 500;
    case TextField::ClosingNote:
        return 2000;
    case TextField::Agency:
        return 80;
    }
    return 0;
}

bool InputRules::hasLines(TextField field)
{
    return field == TextField::Notes || field == TextField::ClosingNote;
}

QString InputRules::fieldName(TextField field)
{
    switch (field) {
    case TextField::Address:
        return tr("Address");
    case TextField::CallerName:
        return tr("Caller's name");
    case TextField::Notes:
        return tr("Notes");
    case TextField::Reason:
        return tr("Reason");
    case TextField::ClosingNote:
        return tr("Note");
    case TextField::Agency:
        return tr("Agency");
    }
    return {};
}

bool InputRules::isControl(QChar c)
{
    const ushort code = c.unicode();
    if (c.category() == QChar::Other_Control) // C0, DEL, C1 (ESC, CSI, …)
        return true;
    if (code == 0x2028 || code == 0x2029) // line and paragraph separators
        return true;
    // Bidirectional embeddings, overrides and isolates: they make text read other than it is.
    return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

QString InputRules::whyNot(TextField field, const QString &text)
{
    const int limit = maxLength(field);
    if (text.size() > limit)
        return tr("%1: too long (%2 characters, at most %3).")
            .arg(fieldName(field))
            .arg(text.size())
            .arg(limit);
    const bool lines = hasLines(field);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (lines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (isControl(c))
            return tr("%1: a control character (U+%2) at position %3; remove it.")
                .arg(fieldName(field))
                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1);
    }
    return {};
}

QString InputRules::whyNotCoordinates(std::optional<double> lat, std::optional<double> lon)
{
    if (lat.has_value() != lon.has_value())
        return tr("A location needs both latitude and longitude.");
    if (!lat)
        return {};
    if (!std::isfinite(*lat) || !std::isfinite(*lon))
        return tr("The coordinates must be numbers (latitude -90..90, longitude -180..180).");
    if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
        return tr("The coordinates %1, %2 are not on Earth (latitude -90..90, "
                  "longitude -180..180).")
            .arg(*lat)
            .arg(*lon);
    return {};
}

QString InputRules::whyNotUncertainty(std::optional<double> metres)
{
    if (metres && (!std::isfinite(*metres) || *metres < 0))
        return tr("A location's uncertainty must be a number of metres, 0 or more.");
    return {};
}

QString InputRules::printable(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (keepLines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            out += c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (isControl(c))
            out += c.unicode() < 0x100
                       ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace pela::core
