#include "boardfilter.h"

#include <QSettings>

namespace pela::ui {

namespace {

QStringList sorted(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list;
}

} // namespace

void BoardFilter::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("board/filter"));
    QStringList priorityList;
    QList<int> ordered(priorities.cbegin(), priorities.cend());
    std::sort(ordered.begin(), ordered.end());
    for (int priority : ordered)
        priorityList << QString::number(priority);
    settings.setValue(QStringLiteral("priorities"), priorityList);
    settings.setValue(QStringLiteral("categories"), sorted(categories));
    settings.setValue(QStringLiteral("states"), sorted(states));
    settings.setValue(QStringLiteral("kecamatan"), kecamatan);
    settings.setValue(QStringLiteral("unit"), unit);
    settings.setValue(QStringLiteral("text"), text);
    settings.setValue(QStringLiteral("showClosed"), showClosed);
    settings.endGroup();
}

BoardFilter BoardFilter::load(QSettings &settings)
{
    BoardFilter filter;
    settings.beginGroup(QStringLiteral("board/filter"));
    for (const QString &priority : settings.value(QStringLiteral("priorities")).toStringList()) {
        bool ok = false;
        const int value = priority.toInt(&ok);
        if (ok && value >= 1 && value <= 4)
            filter.priorities.insert(value);
    }
    for (const QString &category : settings.value(QStringLiteral("categories")).toStringList())
        filter.categories.insert(category);
    for (const QString &state : settings.value(QStringLiteral("states")).toStringList())
        filter.states.insert(state);
    filter.kecamatan = settings.value(QStringLiteral("kecamatan")).toString();
    filter.unit = settings.value(QStringLiteral("unit")).toString();
    filter.text = settings.value(QStringLiteral("text")).toString();
    filter.showClosed = settings.value(QStringLiteral("showClosed"), true).toBool();
    settings.endGroup();
    return filter;
}

} // namespace pela::ui
