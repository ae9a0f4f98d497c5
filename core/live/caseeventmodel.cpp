#include "caseeventmodel.h"

#include "labels.h"
#include "roles.h"

#include <QJsonDocument>
#include <algorithm>

namespace pela::core {

CaseEventModel::CaseEventModel(LiveSync *sync, QObject *parent)
    : QAbstractTableModel(parent), m_sync(sync)
{
    connect(m_sync->state(), &LiveState::caseEventsAdded, this, &CaseEventModel::onEventsAdded);
    connect(m_sync->state(), &LiveState::caseEventsInvalidated, this, &CaseEventModel::request);
    connect(m_sync, &LiveSync::caseEventsRead, this, &CaseEventModel::onEventsRead);
}

void CaseEventModel::setCaseId(qint64 caseId)
{
    if (caseId != m_caseId) {
        beginResetModel();
        m_caseId = caseId;
        m_events.clear();
        endResetModel();
    }
    request();
}

void CaseEventModel::request()
{
    // Offline, nothing is asked: the state's caseEventsInvalidated() after the next load asks.
    setLoading(m_caseId != 0 && m_sync->requestCaseEvents(m_caseId));
}

void CaseEventModel::onEventsRead(qint64 caseId, const QList<CaseEventRecord> &events)
{
    if (caseId != m_caseId || m_caseId == 0)
        return;
    // History is only ever added to: what was read is merged with what arrived meanwhile.
    onEventsAdded(caseId, events);
    setLoading(false);
}

void CaseEventModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CaseEventModel::onEventsAdded(qint64 caseId, const QList<CaseEventRecord> &events)
{
    if (caseId != m_caseId || m_caseId == 0)
        return;
    // Transactions commit in any order, so an event can arrive after one with a higher id;
    // an event read by request() can also be announced again.
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

int CaseEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseEventRecord &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return labels::clockTime(event.occurredAt);
        case KindColumn:
            return event.kind;
        case ActorColumn:
            return event.actor;
        case DetailsColumn:
            return event.payload.isEmpty()
                       ? QString()
                       : QString::fromUtf8(
                             QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
        }
        return {};
    }
    return eventRoleData(event, role);
}

QVariant CaseEventModel::eventRoleData(const CaseEventRecord &event, int role)
{
    switch (role) {
    case IdRole:
        return event.id;
    case RecordRole:
        return QVariant::fromValue(event);
    case EventKindRole:
        return event.kind;
    case OccurredAtRole:
        return event.occurredAt;
    case ActorRole:
        return event.actor;
    case PayloadRole:
        return event.payload;
    }
    return {};
}

QVariant CaseEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case ActorColumn:
        return tr("By");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QHash<int, QByteArray> CaseEventModel::roleNames() const
{
    return liveRoleNames();
}

} // namespace pela::core
