#include "caseboardmodel.h"

#include "caselistmodel.h"

#include "domain/lifecycle.h"
#include "labels.h"
#include "roles.h"

namespace pela::core {

namespace {

qlonglong orderKey(const CaseRecord &record, const CaseTimer &timer)
{
    // One number per row, so that sorting compares one value: closed last; overdue first;
    // then priority; then the time the case became overdue, or was opened.
    const qlonglong closed = record.isClosed() ? 1 : 0;
    const qlonglong overdue = timer.overdue ? 0 : 1;
    const qlonglong priority = std::clamp(record.priority, 0, 7);
    const QDateTime when = timer.overdue ? timer.dueAt() : record.openedAt;
    const qlonglong ms =
        std::clamp<qlonglong>(when.isValid() ? when.toMSecsSinceEpoch() : 0, 0, (1LL << 58) - 1);
    return (closed << 62) | (overdue << 61) | (priority << 58) | ms;
}

} // namespace

CaseBoardModel::CaseBoardModel(LiveState *state, CaseFactsStore *facts, QObject *parent)
    : IdTableModel(state, ColumnCount, &LiveState::cases, &LiveState::caseInserted,
                   &LiveState::caseRemoved, parent),
      m_facts(facts)
{
    connect(m_state, &LiveState::caseChanged, this, &CaseBoardModel::onCaseChanged);
    connect(m_state, &LiveState::caseRemoved, this, [this](qint64 id) {
        m_cache.remove(id);
        m_etas.remove(id);
        if (m_alerting.removeAll(id) > 0)
            emit alertsChanged();
    });
    connect(m_state, &LiveState::caseInserted, this, [this](qint64 id) {
        // The row is there (IdTableModel inserted it first); its alert may already sound.
        refreshRow(id, {});
    });
    connect(m_state, &LiveState::reloaded, this, [this] {
        m_cache.clear();
        refreshAll();
    });
    connect(m_state, &LiveState::assignmentsChanged, this, [this](qint64 caseId) {
        refreshRow(caseId, {Qt::DisplayRole, AssignedUnitsRole, UnitStatusesRole, StateSinceRole,
                            TimerTextRole, EtaMinutesRole});
    });
    connect(m_state, &LiveState::unitChanged, this, [this](qint64 id, const UnitRecord &before) {
        const UnitRecord *after = m_state->findUnit(id);
        if (!after || after->callSign == before.callSign)
            return;
        for (const AssignmentRecord &assignment : m_state->assignments())
            if (assignment.unitId == id)
                refreshRow(assignment.caseId, {Qt::DisplayRole, AssignedUnitsRole});
    });
    connect(m_state, &LiveState::hospitalChanged, this,
            [this](qint64 id, const HospitalRecord &before) {
                const HospitalRecord *after = m_state->findHospital(id);
                if (after && after->code != before.code)
                    refreshAll();
            });
    if (m_facts)
        connect(m_facts, &CaseFactsStore::factsChanged, this, [this](const QList<qint64> &ids) {
            for (qint64 id : ids)
                refreshRow(id, {Qt::DisplayRole, ReferralAgenciesRole, DispatcherRole,
                                StateSinceRole, TimerTextRole});
        });
}

void CaseBoardModel::setSettings(const BoardSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    refreshAll();
}

void CaseBoardModel::setPlaces(QHash<QString, PlaceName> places)
{
    m_places = std::move(places);
    if (rowCount() > 0)
        emit dataChanged(index(0, 1), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, KecamatanCodeRole});
    emit placesChanged();
}

QList<std::pair<QString, QString>> CaseBoardModel::kecamatanList() const
{
    QSet<QString> parents;
    for (const PlaceName &place : m_places)
        if (!place.parentCode.isEmpty() && m_places.contains(place.parentCode))
            parents.insert(place.parentCode);
    QList<std::pair<QString, QString>> list;
    for (const QString &code : parents)
        if (m_places.value(code).parentCode.isEmpty() ||
            !parents.contains(m_places.value(code).parentCode))
            list.append({code, m_places.value(code).name});
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return list;
}

QString CaseBoardModel::placeName(const QString &code) const
{
    const auto it = m_places.constFind(code);
    return it == m_places.cend() ? code : it->name;
}

QList<const AssignmentRecord *> CaseBoardModel::liveOf(qint64 caseId) const
{
    // A unit has at most one live assignment: this scans at most the fleet.
    QList<const AssignmentRecord *> live;
    for (const AssignmentRecord &assignment : m_state->assignments())
        if (assignment.caseId == caseId)
            live.append(&assignment);
    std::sort(live.begin(), live.end(),
              [](const AssignmentRecord *a, const AssignmentRecord *b) { return a->id < b->id; });
    return live;
}

CaseBoardModel::Cached CaseBoardModel::evaluate(const CaseRecord &record,
                                                const QList<const AssignmentRecord *> &live) const
{
    const CaseFacts *facts = m_facts ? m_facts->facts(record.id) : nullptr;
    Cached cached;
    cached.timer = CaseTimers::evaluate(record, live, facts, m_settings, m_state->clock().now(),
                                        [this](qint64 unitId) {
                                            const UnitRecord *unit = m_state->findUnit(unitId);
                                            return unit ? unit->callSign : QString();
                                        });
    cached.alert = CaseTimers::isAlert(record, cached.timer, facts);
    cached.order = orderKey(record, cached.timer);
    return cached;
}

const CaseBoardModel::Cached &CaseBoardModel::cached(const CaseRecord &record) const
{
    auto it = m_cache.find(record.id);
    if (it == m_cache.end())
        it = m_cache.insert(record.id, evaluate(record, liveOf(record.id)));
    return *it;
}

CaseTimer CaseBoardModel::timerOf(qint64 caseId) const
{
    const CaseRecord *record = m_state->findCase(caseId);
    return record ? evaluate(*record, liveOf(caseId)).timer : CaseTimer();
}

QList<qint64> CaseBoardModel::alertingCases() const
{
    return m_alerting;
}

QDateTime CaseBoardModel::stateSince(const CaseRecord &record,
                                     const QList<const AssignmentRecord *> &live) const
{
    if (record.isClosed())
        return record.closedAt;
    // The state follows the most advanced live assignment, whose own time says since when.
    const QString &state = record.state;
    for (auto it = live.crbegin(); it != live.crend(); ++it) {
        const AssignmentRecord *assignment = *it;
        if (assignment->state != state)
            continue;
        if (state == QLatin1String("requested"))
            return assignment->requestedAt;
        if (state == QLatin1String("dispatched"))
            return assignment->dispatchedAt;
        if (state == QLatin1String("en_route"))
            return assignment->enRouteAt;
        if (state == QLatin1String("on_scene"))
            return assignment->onSceneAt;
        if (state == QLatin1String("transporting"))
            return assignment->transportingAt;
        if (state == QLatin1String("at_hospital"))
            return assignment->atHospitalAt;
    }
    if (const CaseFacts *facts = m_facts ? m_facts->facts(record.id) : nullptr;
        facts && facts->stateChangedAt.isValid())
        return facts->stateChangedAt;
    // Never left waiting: since it was opened.
    if (state == QLatin1String("waiting") && record.waitingReason.isEmpty())
        return record.openedAt;
    return {};
}

QString CaseBoardModel::unitsText(const QList<const AssignmentRecord *> &live) const
{
    QStringList parts;
    for (const AssignmentRecord *assignment : live)
        if (const UnitRecord *unit = m_state->findUnit(assignment->unitId))
            parts << tr("%1 (%2)", "a unit on a case: call sign, then its status")
                         .arg(unit->callSign, labels::unitStatus(assignment->state).toLower());
    return parts.join(QStringLiteral(", "));
}

QString CaseBoardModel::referralText(const CaseFacts *facts) const
{
    if (!facts)
        return {};
    QStringList parts;
    for (const ReferralFact &referral : facts->referrals) {
        const auto state = referralStateFromText(referral.state);
        parts << tr("%1: %2", "a referral: the agency, then where it stands")
                     .arg(referral.agency, state ? Lifecycle::displayName(*state) : referral.state);
    }
    return parts.join(QStringLiteral(", "));
}

void CaseBoardModel::setUnitEtas(const CaseEtas &etas)
{
    QSet<qint64> ids;
    for (auto it = m_etas.cbegin(); it != m_etas.cend(); ++it)
        ids.insert(it.key());
    for (auto it = etas.cbegin(); it != etas.cend(); ++it)
        ids.insert(it.key());
    const CaseEtas before = std::exchange(m_etas, etas);
    // One cell per case whose shown minutes moved: a unit driving across town repaints its
    // case's ETA and nothing else (no re-sort, no other column).
    for (qint64 id : std::as_const(ids)) {
        if (before.value(id) == m_etas.value(id))
            continue;
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex cell = index(row, EtaColumn);
        emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, EtaMinutesRole});
    }
}

QList<UnitEta> CaseBoardModel::etasOf(qint64 caseId) const
{
    const auto found = m_etas.constFind(caseId);
    if (found == m_etas.cend())
        return {};
    // The ETAs arrive a moment after a unit's state changes: the assignments say who is still
    // on the way now.
    QSet<qint64> onTheWay;
    for (const AssignmentRecord *assignment : liveOf(caseId))
        if (assignment->state == QLatin1String("dispatched") ||
            assignment->state == QLatin1String("en_route"))
            onTheWay.insert(assignment->unitId);
    QList<UnitEta> etas;
    for (const UnitEta &eta : *found)
        if (onTheWay.contains(eta.unitId))
            etas.append(eta);
    return etas;
}

QString CaseBoardModel::etaText(qint64 caseId, bool explained) const
{
    QStringList parts;
    for (const UnitEta &eta : etasOf(caseId)) {
        const UnitRecord *unit = m_state->findUnit(eta.unitId);
        if (!unit)
            continue;
        parts << (explained ? tr("%1: %2", "a unit's ETA explained: call sign, then the ETA")
                                  .arg(unit->callSign, eta.explanation())
                            : tr("%1 %2", "a unit's ETA: call sign, then minutes")
                                  .arg(unit->callSign, eta.text()));
    }
    return parts.join(explained ? QStringLiteral("\n") : QStringLiteral(", "));
}

QVariant CaseBoardModel::data(const QModelIndex &index, int role) const
{
    const CaseRecord *record = m_state->findCase(idOf(index));
    if (!record)
        return {};
    // Sorting asks this for every comparison: the cache answers without any scan.
    if (role == BoardOrderRole)
        return cached(*record).order;
    const CaseFacts *facts = m_facts ? m_facts->facts(record->id) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return record->number;
        case PriorityColumn:
            return labels::priority(record->priority);
        case CategoryColumn:
            return labels::caseCategory(record->category);
        case StateColumn:
            return labels::caseState(record->state);
        case LocationColumn: {
            if (record->kelurahanCode.isEmpty())
                return record->locationText;
            const QString kelurahan = placeName(record->kelurahanCode);
            return record->locationText.isEmpty()
                       ? kelurahan
                       : tr("%1 · %2", "kelurahan, then the location as described")
                             .arg(kelurahan, record->locationText);
        }
        case AgeColumn:
            if (record->isClosed())
                return record->closedAt.isValid()
                           ? tr("closed %1").arg(labels::clockTime(record->closedAt))
                           : labels::caseState(record->state);
            return labels::age(record->openedAt, m_state->clock().now());
        case InStateColumn: {
            if (record->isClosed())
                return QString();
            const QDateTime since = stateSince(*record, liveOf(record->id));
            return since.isValid() ? labels::age(since, m_state->clock().now()) : QString();
        }
        case TimerColumn:
            return CaseTimers::text(cached(*record).timer);
        case UnitsColumn:
            return unitsText(liveOf(record->id));
        case EtaColumn:
            return etaText(record->id, false);
        case DestinationColumn:
            if (record->destinationHospitalId)
                if (const HospitalRecord *hospital =
                        m_state->findHospital(*record->destinationHospitalId))
                    return hospital->code;
            return QString();
        case ReferralColumn:
            return referralText(facts);
        case CallTakerColumn:
            return record->openedBy;
        case DispatcherColumn:
            return facts ? facts->dispatcher : QString();
        case WaitingReasonColumn:
            return labels::waitingReason(record->waitingReason);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EtaColumn)
            return etaText(record->id, true);
        if (index.column() == LocationColumn || index.column() == WaitingReasonColumn ||
            index.column() == UnitsColumn || index.column() == TimerColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case TimerTextRole:
        return CaseTimers::text(cached(*record).timer);
    case TimerKindRole:
        return int(cached(*record).timer.kind);
    case TimerOverdueRole:
        return cached(*record).timer.overdue;
    case AlertRole:
        return cached(*record).alert;
    case StateSinceRole:
        return stateSince(*record, liveOf(record->id));
    case KecamatanCodeRole: {
        if (record->kelurahanCode.isEmpty())
            return QString();
        const auto it = m_places.constFind(record->kelurahanCode);
        if (it != m_places.cend())
            return it->parentCode;
        // Kelurahan codes begin with their kecamatan's (81.71.02.2003 in 81.71.02).
        return record->kelurahanCode.section(QLatin1Char('.'), 0, 2);
    }
    case DestinationCodeRole:
        return data(index.siblingAtColumn(DestinationColumn), Qt::DisplayRole);
    case ReferralAgenciesRole: {
        QStringList agencies;
        if (facts)
            for (const ReferralFact &referral : facts->referrals)
                agencies << referral.agency;
        return agencies;
    }
    case CallTakerRole:
        return record->openedBy;
    case DispatcherRole:
        return facts ? facts->dispatcher : QString();
    case UnitStatusesRole: {
        QStringList statuses;
        for (const AssignmentRecord *assignment : liveOf(record->id))
            if (const UnitRecord *unit = m_state->findUnit(assignment->unitId))
                statuses << unit->callSign + QLatin1Char(':') + assignment->state;
        return statuses;
    }
    case EtaMinutesRole:
        for (const UnitEta &eta : etasOf(record->id))
            if (eta.known())
                return eta.minutes();
        return {};
    }
    return CaseListModel::caseRoleData(*m_state, *record, role);
}

QHash<int, QByteArray> CaseBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = IdTableModel::roleNames();
    names.insert(BoardOrderRole, "boardOrder");
    names.insert(TimerTextRole, "timerText");
    names.insert(TimerKindRole, "timerKind");
    names.insert(TimerOverdueRole, "timerOverdue");
    names.insert(AlertRole, "alert");
    names.insert(StateSinceRole, "stateSince");
    names.insert(KecamatanCodeRole, "kecamatanCode");
    names.insert(DestinationCodeRole, "destinationCode");
    names.insert(ReferralAgenciesRole, "referralAgencies");
    names.insert(CallTakerRole, "callTaker");
    names.insert(DispatcherRole, "dispatcher");
    names.insert(UnitStatusesRole, "unitStatuses");
    names.insert(EtaMinutesRole, "etaMinutes");
    return names;
}

QString CaseBoardModel::columnTitle(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Case");
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case StateColumn:
        return tr("State");
    case LocationColumn:
        return tr("Location");
    case AgeColumn:
        return tr("Age");
    case InStateColumn:
        return tr("In state");
    case TimerColumn:
        return tr("Timer");
    case UnitsColumn:
        return tr("Units");
    case EtaColumn:
        return tr("ETA", "estimated time of arrival of the units on their way");
    case DestinationColumn:
        return tr("Hospital");
    case ReferralColumn:
        return tr("Referral");
    case CallTakerColumn:
        return tr("Call-taker");
    case DispatcherColumn:
        return tr("Dispatcher");
    case WaitingReasonColumn:
        return tr("Waiting because");
    }
    return {};
}

void CaseBoardModel::refreshRow(qint64 id, QList<int> roles)
{
    const int row = rowOf(id);
    const CaseRecord *record = m_state->findCase(id);
    if (row < 0 || !record)
        return;
    const auto old = m_cache.constFind(id);
    const bool known = old != m_cache.cend();
    const Cached before = known ? *old : Cached();
    const Cached after = evaluate(*record, liveOf(id));
    m_cache.insert(id, after);
    if (!known || before.timer.overdue != after.timer.overdue)
        roles << TimerOverdueRole;
    if (!known || before.order != after.order)
        roles << BoardOrderRole;
    if (before.alert != after.alert || !known) {
        roles << AlertRole;
        const bool wasAlerting = m_alerting.contains(id);
        if (after.alert != wasAlerting) {
            if (after.alert)
                m_alerting.append(id);
            else
                m_alerting.removeAll(id);
            emit alertsChanged();
        }
    }
    if (before.timer.kind != after.timer.kind)
        roles << TimerKindRole;
    if (known && roles.isEmpty())
        return;
    if (!known)
        return; // just inserted: views read it anyway
    announceRow(row, roles);
}

void CaseBoardModel::announceRow(int row, const QList<int> &roles)
{
    // Row-wide (the row's colour follows the timer). A sorting proxy re-sorts a row whenever a
    // change spans its sort column, the number column: only when the order really moved, so
    // that every other change repaints one row instead of re-laying the board out.
    const int first = roles.contains(BoardOrderRole) || roles.contains(CaseNumberRole)
                          ? NumberColumn
                          : NumberColumn + 1;
    emit dataChanged(index(row, first), index(row, ColumnCount - 1), roles);
}

void CaseBoardModel::refreshAll()
{
    for (int row = 0; row < rowCount(); ++row)
        refreshRow(idAt(row), {Qt::DisplayRole});
}

void CaseBoardModel::onCaseChanged(qint64 id, const CaseRecord &before)
{
    const CaseRecord *after = m_state->findCase(id);
    if (!after)
        return;
    QList<int> roles{RecordRole};
    auto changed = [&roles](bool differs, std::initializer_list<int> add) {
        if (differs)
            roles << add;
    };
    changed(before.number != after->number, {Qt::DisplayRole, CaseNumberRole});
    changed(before.priority != after->priority, {Qt::DisplayRole, PriorityRole, TimerTextRole});
    changed(before.category != after->category, {Qt::DisplayRole, CategoryRole, TimerTextRole});
    changed(before.state != after->state,
            {Qt::DisplayRole, StateRole, StateSinceRole, TimerTextRole});
    changed(before.locationText != after->locationText ||
                before.kelurahanCode != after->kelurahanCode,
            {Qt::DisplayRole, LocationTextRole, KecamatanCodeRole});
    changed(before.location != after->location, {PositionRole});
    changed(before.openedAt != after->openedAt, {Qt::DisplayRole, OpenedAtRole});
    changed(before.closedAt != after->closedAt, {Qt::DisplayRole, ClosedAtRole});
    changed(before.waitingReason != after->waitingReason, {Qt::DisplayRole, WaitingReasonRole});
    changed(before.notes != after->notes, {NotesRole});
    changed(before.destinationHospitalId != after->destinationHospitalId,
            {Qt::DisplayRole, DestinationCodeRole});
    changed(before.openedBy != after->openedBy, {Qt::DisplayRole, CallTakerRole});
    changed(before.triage != after->triage, {TimerTextRole});
    QList<int> unique;
    for (int role : std::as_const(roles))
        if (!unique.contains(role))
            unique << role;
    refreshRow(id, unique);
}

void CaseBoardModel::tick()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    // One pass over the live assignments instead of one per case.
    QHash<qint64, QList<const AssignmentRecord *>> live;
    for (const AssignmentRecord &assignment : m_state->assignments())
        live[assignment.caseId].append(&assignment);
    bool alertsMoved = false;
    for (int row = 0; row < rows; ++row) {
        const qint64 id = idAt(row);
        const CaseRecord *record = m_state->findCase(id);
        if (!record)
            continue;
        QList<const AssignmentRecord *> ofCase = live.value(id);
        std::sort(
            ofCase.begin(), ofCase.end(),
            [](const AssignmentRecord *a, const AssignmentRecord *b) { return a->id < b->id; });
        const Cached after = evaluate(*record, ofCase);
        const auto old = m_cache.constFind(id);
        if (old == m_cache.cend()) {
            m_cache.insert(id, after);
            continue;
        }
        const Cached before = *old;
        m_cache.insert(id, after);
        QList<int> roles;
        if (before.timer.overdue != after.timer.overdue)
            roles << TimerOverdueRole;
        if (before.order != after.order)
            roles << BoardOrderRole;
        if (before.timer.kind != after.timer.kind)
            roles << TimerKindRole << Qt::DisplayRole << TimerTextRole;
        if (before.alert != after.alert) {
            roles << AlertRole;
            if (after.alert)
                m_alerting.append(id);
            else
                m_alerting.removeAll(id);
            alertsMoved = true;
        }
        if (!roles.isEmpty())
            announceRow(row, roles);
    }
    // The clocks of every row moved: one announcement for the time columns.
    emit dataChanged(index(0, AgeColumn), index(rows - 1, TimerColumn),
                     {Qt::DisplayRole, TimerTextRole});
    if (alertsMoved)
        emit alertsChanged();
}

} // namespace pela::core
