// What the case board shows: by priority, category, state, kecamatan, unit and free text, and
// whether the shift's recently closed cases are shown. Remembered per workstation (QSettings).
#pragma once

#include <QSet>
#include <QString>

class QSettings;

namespace pela::ui {

struct BoardFilter
{
    QSet<int> priorities;     // empty: every priority
    QSet<QString> categories; // category codes; empty: every category
    QSet<QString> states;     // case state codes; empty: every state
    QString kecamatan;        // kecamatan code; empty: everywhere
    QString unit;             // a call sign, or its beginning; empty: any
    QString text;             // words that must all appear somewhere in the row
    bool showClosed = true;   // the shift's recently closed cases

    bool isEmpty() const { return *this == BoardFilter(); }
    bool operator==(const BoardFilter &) const = default;

    // Under the group "board/filter" of settings.
    void save(QSettings &settings) const;
    static BoardFilter load(QSettings &settings);
};

} // namespace pela::ui
