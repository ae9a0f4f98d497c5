// What LiveSync reads and how: per table the state holds, the statements for the centre's logins
// and for a hospital's (through the hospital views of migration 2, which blank the caller's name,
// phone and notes), how a row becomes a record, and how records are applied to the state.
#pragma once

#include "db/pgresult.h"
#include "livestate.h"

#include <QByteArray>
#include <QSet>

namespace pela::core {

// Who reads: the centre sees its tables; a hospital's liaison sees its own world through views.
enum class LiveAudience
{
    Centre,
    Hospital,
};

template <typename Record> struct LiveTable
{
    // Prepared per connection under this name: it runs on every change.
    const char *byIdName;
    // $1: a bigint[] of ids. A hospital's assignments also take $2: a bigint[] of case ids,
    // whose assignments it may have come to see (or stopped seeing) with the case.
    QByteArray byId[2];
    // Every row the state should hold.
    QByteArray all[2];
    Record (*read)(const PgResult &result, int row);
    // Whether a fetched row belongs in the state; one that does not is removed as if deleted.
    bool (*belongs)(const PgResult &result, int row, const Record &record);
    // Takes what a non-empty fetch says beyond its rows, before they are applied.
    void (*beforeApply)(LiveState &state, const PgResult &result);
    const QHash<qint64, Record> &(LiveState::*held)() const;
    void (LiveState::*apply)(const QList<Record> &rows, const QList<qint64> &goneIds);

    const QByteArray &byIdFor(LiveAudience audience) const { return byId[int(audience)]; }
    const QByteArray &allFor(LiveAudience audience) const { return all[int(audience)]; }
};

template <typename Record> const LiveTable<Record> &liveTable();
template <> const LiveTable<CaseRecord> &liveTable<CaseRecord>();
template <> const LiveTable<UnitRecord> &liveTable<UnitRecord>();
template <> const LiveTable<HospitalRecord> &liveTable<HospitalRecord>();
template <> const LiveTable<AssignmentRecord> &liveTable<AssignmentRecord>();

// The history is not held, only read: by id (new events) and per case.
namespace liveevents {
const QByteArray &byIds(LiveAudience audience);
const QByteArray &ofCase(LiveAudience audience);
CaseEventRecord read(const PgResult &result, int row);
} // namespace liveevents

// The settings the state follows (key, value as text) for a load.
const QByteArray &liveSettingsStatement();
void readLiveSettings(const PgResult &result, LiveSettings &settings);

// A bigint[] literal, for `= ANY($1::bigint[])`: ids bound as one parameter.
QByteArray idArray(const QSet<qint64> &ids);

} // namespace pela::core
