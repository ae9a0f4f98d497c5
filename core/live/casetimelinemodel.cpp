#include "casetimelinemodel.h"

#include "caseeventmodel.h"
#include "domain/lifecycle.h"
#include "labels.h"
#include "roles.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace pela::core {

namespace {

QString payloadText(const CaseEventRecord &event, const char *key)
{
    return event.payload.value(QLatin1String(key)).toVariant().toString();
}

QString stateWord(const QString &code)
{
    if (const auto state = assignmentStateFromText(code))
        return Lifecycle::displayName(*state);
    return code;
}

} // namespace

CaseTimelineModel::CaseTimelineModel(LiveState *state, QObject *parent)
    : QAbstractTableModel(parent)
{
    if (state)
        connect(state, &LiveState::caseEventsAdded, this, &CaseTimelineModel::addEvents);
}

void CaseTimelineModel::setEvents(qint64 caseId, QList<CaseEventRecord> events)
{
    beginResetModel();
    m_caseId = caseId;
    m_events = std::move(events);
    std::sort(m_events.begin(), m_events.end(),
              [](const CaseEventRecord &a, const CaseEventRecord &b) { return a.id < b.id; });
    endResetModel();
}

void CaseTimelineModel::addEvents(qint64 caseId, const QList<CaseEventRecord> &events)
{
    if (caseId != m_caseId || m_caseId == 0)
        return;
    // Transactions commit in any order, and the detail's read may already hold an event.
    for (const CaseEventRecord &event : events) {
        const auto it = std::lower_bound(
            m_events.cbegin(), m_events.cend(), event.id,
            [](const CaseEventRecord &existing, qint64 id) { return existing.id < id; });
        if (it != m_events.cend() && it->id == event.id)
            continue;
        const int row = int(it - m_events.cbegin());
        beginInsertRows({}, row, row);
        m_events.insert(row, event);
        endInsertRows();
    }
}

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseTimelineModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    static const QTimeZone centre(QByteArrayLiteral("Asia/Jayapura"));
    return time.toTimeZone(centre.isValid() ? centre : QTimeZone::utc())
        .toString(QStringLiteral("HH:mm:ss"));
}

QString CaseTimelineModel::what(const CaseEventRecord &event)
{
    static const char *const table[][2] = {
        {"case_opened", QT_TR_NOOP("Case opened")},
        {"call_added", QT_TR_NOOP("Another call")},
        {"case_details_changed", QT_TR_NOOP("Details changed")},
        {"priority_changed", QT_TR_NOOP("Priority changed")},
        {"unit_assigned", QT_TR_NOOP("Unit dispatched")},
        {"unit_requested", QT_TR_NOOP("Partner unit requested")},
        {"unit_reassigned_away", QT_TR_NOOP("Unit taken for another case")},
        {"assignment_advanced", QT_TR_NOOP("Unit status")},
        {"assignment_cancelled", QT_TR_NOOP("Assignment cancelled")},
        {"assignment_undone", QT_TR_NOOP("Assignment undone")},
        {"request_accepted", QT_TR_NOOP("Request accepted")},
        {"request_declined", QT_TR_NOOP("Request declined")},
        {"request_expired", QT_TR_NOOP("Request expired")},
        {"patient_arrived", QT_TR_NOOP("Patient arrived at hospital")},
        {"case_closed", QT_TR_NOOP("Case closed")},
        {"case_reopened", QT_TR_NOOP("Case reopened")},
        {"referral_changed", QT_TR_NOOP("Referral")},
        {"case_marked_duplicate", QT_TR_NOOP("Marked as duplicate")},
        {"duplicate_merged", QT_TR_NOOP("Duplicate merged in")},
        {"case_linked", QT_TR_NOOP("Linked to a related case")},
        {"note_added", QT_TR_NOOP("Note")},
        {"alert_acknowledged", QT_TR_NOOP("Alert acknowledged")},
        {nullptr, nullptr}};
    for (int i = 0; table[i][0]; ++i)
        if (event.kind == QLatin1String(table[i][0]))
            return tr(table[i][1]);
    return event.kind;
}

QString CaseTimelineModel::details(const CaseEventRecord &event)
{
    const QString &kind = event.kind;
    const QString unit = payloadText(event, "unit");
    if (kind == QLatin1String("case_opened"))
        return tr("%1, %2 — %3")
            .arg(labels::priority(int(event.payload.value(QLatin1String("priority")).toInt())),
                 labels::caseCategory(payloadText(event, "category")),
                 payloadText(event, "location"));
    if (kind == QLatin1String("priority_changed"))
        return tr("P%1 → P%2: %3")
            .arg(payloadText(event, "from"), payloadText(event, "to"),
                 payloadText(event, "reason"));
    if (kind == QLatin1String("unit_assigned") || kind == QLatin1String("unit_requested")) {
        const QString from = payloadText(event, "reassigned_from");
        return from.isEmpty() ? unit : tr("%1 (taken from %2)").arg(unit, from);
    }
    if (kind == QLatin1String("unit_reassigned_away"))
        return tr("%1 to %2").arg(unit, payloadText(event, "to_case"));
    if (kind == QLatin1String("assignment_advanced")) {
        const QString hospital = payloadText(event, "hospital");
        const QString step = tr("%1: %2").arg(unit, stateWord(payloadText(event, "to")));
        return hospital.isEmpty() ? step : tr("%1 → %2").arg(step, hospital);
    }
    if (kind == QLatin1String("assignment_cancelled") || kind == QLatin1String("request_declined"))
        return tr("%1: %2").arg(unit, payloadText(event, "reason"));
    if (kind == QLatin1String("case_closed")) {
        const auto disposition = dispositionFromText(payloadText(event, "disposition"));
        const QString note = payloadText(event, "note");
        const QString word =
            disposition ? Lifecycle::displayName(*disposition) : payloadText(event, "disposition");
        return note.isEmpty() ? word : tr("%1: %2").arg(word, note);
    }
    if (kind == QLatin1String("case_reopened"))
        return payloadText(event, "reason");
    if (kind == QLatin1String("referral_changed")) {
        const auto state = referralStateFromText(payloadText(event, "state"));
        const QString note = payloadText(event, "note");
        const QString text =
            tr("%1: %2").arg(payloadText(event, "agency"),
                             state ? Lifecycle::displayName(*state) : payloadText(event, "state"));
        return note.isEmpty() ? text : tr("%1 (%2)").arg(text, note);
    }
    if (kind == QLatin1String("case_marked_duplicate"))
        return tr("of %1").arg(payloadText(event, "of"));
    if (kind == QLatin1String("duplicate_merged"))
        return tr("from %1").arg(payloadText(event, "from"));
    if (kind == QLatin1String("case_linked"))
        return payloadText(event, "with");
    if (kind == QLatin1String("note_added"))
        return payloadText(event, "note");
    if (kind == QLatin1String("alert_acknowledged"))
        return tr("after %1 waiting")
            .arg(
                labels::age(QDateTime::fromSecsSinceEpoch(0),
                            QDateTime::fromSecsSinceEpoch(
                                event.payload.value(QLatin1String("waited_seconds")).toInteger())));
    if (kind == QLatin1String("call_added"))
        return payloadText(event, "phone");
    if (!unit.isEmpty())
        return unit;
    if (event.payload.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseEventRecord &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(event.occurredAt);
        case WhatColumn:
            return what(event);
        case WhoColumn:
            return event.workstation.isEmpty()
                       ? event.actor
                       : tr("%1 @ %2", "login @ workstation").arg(event.actor, event.workstation);
        case DetailsColumn:
            return details(event);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailsColumn ? details(event) : QVariant();
    }
    return CaseEventModel::eventRoleData(event, role);
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (WIT)");
    case WhatColumn:
        return tr("What");
    case WhoColumn:
        return tr("Who");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QHash<int, QByteArray> CaseTimelineModel::roleNames() const
{
    return liveRoleNames();
}

} // namespace pela::core
