#include "labels.h"

#include "domain/lifecycle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pela::core::labels {

namespace {

QString lookup(const char *const table[][2], const QString &code)
{
    for (int i = 0; table[i][0]; ++i)
        if (code == QLatin1String(table[i][0]))
            return QCoreApplication::translate("pela::core::labels", table[i][1]);
    return code;
}

} // namespace

QString caseCategory(const QString &code)
{
    static const char *const table[][2] = {
        {"medical", QT_TRANSLATE_NOOP("pela::core::labels", "Medical")},
        {"traffic_accident", QT_TRANSLATE_NOOP("pela::core::labels", "Traffic accident")},
        {"fire", QT_TRANSLATE_NOOP("pela::core::labels", "Fire")},
        {"natural_disaster", QT_TRANSLATE_NOOP("pela::core::labels", "Natural disaster")},
        {"security", QT_TRANSLATE_NOOP("pela::core::labels", "Security")},
        {"extreme_weather", QT_TRANSLATE_NOOP("pela::core::labels", "Extreme weather")},
        {"power_outage", QT_TRANSLATE_NOOP("pela::core::labels", "Power outage")},
        {"fallen_tree", QT_TRANSLATE_NOOP("pela::core::labels", "Fallen tree")},
        {"hearse_transport", QT_TRANSLATE_NOOP("pela::core::labels", "Hearse transport")},
        {"other_info", QT_TRANSLATE_NOOP("pela::core::labels", "Other / information")},
        {"prank_silent", QT_TRANSLATE_NOOP("pela::core::labels", "Prank / silent call")},
        {nullptr, nullptr}};
    return lookup(table, code);
}

// Case states and unit statuses are named once, by the lifecycle; the board capitalises them.
static QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString caseState(const QString &code)
{
    const auto state = caseStateFromText(code);
    return state ? capitalised(Lifecycle::displayName(*state)) : code;
}

QString unitStatus(const QString &code)
{
    const auto status = unitStatusFromText(code);
    return status ? capitalised(Lifecycle::displayName(*status)) : code;
}

QString unitKind(const QString &code)
{
    static const char *const table[][2] = {
        {"ambulance_bls", QT_TRANSLATE_NOOP("pela::core::labels", "Ambulance (BLS)")},
        {"ambulance_als", QT_TRANSLATE_NOOP("pela::core::labels", "Ambulance (ALS)")},
        {"hearse", QT_TRANSLATE_NOOP("pela::core::labels", "Hearse")},
        {"rescue", QT_TRANSLATE_NOOP("pela::core::labels", "Rescue")},
        {"motorcycle", QT_TRANSLATE_NOOP("pela::core::labels", "Motorcycle responder")},
        {nullptr, nullptr}};
    return lookup(table, code);
}

QString erStatus(const QString &code)
{
    static const char *const table[][2] = {
        {"open", QT_TRANSLATE_NOOP("pela::core::labels", "Open")},
        {"limited", QT_TRANSLATE_NOOP("pela::core::labels", "Limited")},
        {"diverting", QT_TRANSLATE_NOOP("pela::core::labels", "Diverting")},
        {nullptr, nullptr}};
    return lookup(table, code);
}

QString bedCategory(const QString &code)
{
    static const char *const table[][2] = {
        {"igd", QT_TRANSLATE_NOOP("pela::core::labels", "ER")},
        {"icu", QT_TRANSLATE_NOOP("pela::core::labels", "ICU")},
        {"general", QT_TRANSLATE_NOOP("pela::core::labels", "General")},
        {nullptr, nullptr}};
    return lookup(table, code);
}

QString priority(int priority)
{
    return QCoreApplication::translate("pela::core::labels", "P%1").arg(priority);
}

QString clockTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    static const QTimeZone centre(QByteArrayLiteral("Asia/Jayapura"));
    return time.toTimeZone(centre.isValid() ? centre : QTimeZone::utc())
        .toString(QStringLiteral("HH:mm"));
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return QCoreApplication::translate("pela::core::labels", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("pela::core::labels", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("pela::core::labels", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString waitingReason(const QString &stored)
{
    // Written by the commands and the database as a small JSON object (docs/database.md);
    // older rows hold plain text, shown as it is.
    const QJsonObject reason = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (reason.isEmpty())
        return stored;
    auto value = [&reason](const char *key) {
        return reason.value(QLatin1String(key)).toVariant().toString();
    };
    const QString kind = value("kind");
    if (kind == QLatin1String("declined"))
        return QCoreApplication::translate("pela::core::labels", "%1 declined %2: %3")
            .arg(value("by"), value("unit"), value("reason"));
    if (kind == QLatin1String("expired"))
        return QCoreApplication::translate("pela::core::labels",
                                           "request for %1 expired: no answer within %2 s")
            .arg(value("unit"), value("seconds"));
    if (kind == QLatin1String("cancelled"))
        return value("reason").isEmpty()
                   ? QCoreApplication::translate("pela::core::labels", "%1 was cancelled")
                         .arg(value("unit"))
                   : QCoreApplication::translate("pela::core::labels", "%1 was cancelled: %2")
                         .arg(value("unit"), value("reason"));
    if (kind == QLatin1String("reassigned"))
        return QCoreApplication::translate("pela::core::labels", "%1 was reassigned to %2")
            .arg(value("unit"), value("to_case"));
    if (kind == QLatin1String("reopened"))
        return QCoreApplication::translate("pela::core::labels", "reopened: %1")
            .arg(value("reason"));
    return stored;
}

} // namespace pela::core::labels
