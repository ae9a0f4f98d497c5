#include "requestedtime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace pela::ui {

namespace {
// Ambon keeps Waktu Indonesia Timur (UTC+9, no daylight saving).
const QTimeZone centreZone(9 * 3600);
} // namespace

std::optional<QDateTime> parseRequestedTime(const QString &text, const QDateTime &now)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(?:(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s+)?(\d{1,2})[.:]?(\d{2})\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt());
    if (!time.isValid())
        return std::nullopt;
    const QDateTime local = now.toTimeZone(centreZone);
    if (match.captured(1).isEmpty()) {
        QDateTime result(local.date(), time, centreZone);
        if (result < local.addSecs(-3600))
            result = result.addDays(1);
        return result;
    }
    const int year = match.captured(3).isEmpty() ? local.date().year() : match.captured(3).toInt();
    const QDate date(year, match.captured(2).toInt(), match.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, time, centreZone);
}

QString requestedTimeText(const QDateTime &time)
{
    return QLocale().toString(time.toTimeZone(centreZone), QStringLiteral("ddd d/M HH:mm"));
}

} // namespace pela::ui
