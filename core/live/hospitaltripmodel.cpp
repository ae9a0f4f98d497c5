#include "hospitaltripmodel.h"

#include "hospitaletas.h"
#include "labels.h"
#include "roles.h"

#include <QJsonArray>

namespace pela::core {

namespace {

void flatten(const QString &prefix, const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.key(), it.value(), out);
        return;
    }
    QString text;
    if (value.isBool())
        text = value.toBool() ? HospitalTripModel::tr("yes") : HospitalTripModel::tr("no");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else if (value.isString())
        text = value.toString();
    else if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isString() ? item.toString() : QString::number(item.toDouble()));
        text = items.join(QStringLiteral(", "));
    }
    if (!text.isEmpty())
        out << (prefix.isEmpty() ? text : prefix + QStringLiteral(": ") + text);
}

} // namespace

HospitalTripModel::HospitalTripModel(LiveState *state, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_state(state), m_kind(kind)
{
    connect(m_state, &LiveState::reloaded, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::assignmentsChanged, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::caseChanged, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::caseInserted, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::caseRemoved, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::unitInserted, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::unitRemoved, this, &HospitalTripModel::refresh);
    connect(m_state, &LiveState::unitChanged, this,
            [this](qint64, const UnitRecord &) { refresh(); });
}

void HospitalTripModel::setEtas(const HospitalEtas *etas)
{
    if (m_etas)
        disconnect(m_etas, nullptr, this, nullptr);
    m_etas = etas;
    if (m_etas)
        connect(m_etas, &HospitalEtas::etasChanged, this, &HospitalTripModel::refresh);
    refresh();
}

void HospitalTripModel::setHospitalId(std::optional<qint64> hospitalId)
{
    if (m_hospitalId == hospitalId)
        return;
    m_hospitalId = hospitalId;
    refresh();
}

int HospitalTripModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int HospitalTripModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 HospitalTripModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

bool HospitalTripModel::belongs(const AssignmentRecord &assignment) const
{
    if (!m_hospitalId)
        return false;
    const UnitRecord *unit = m_state->findUnit(assignment.unitId);
    const CaseRecord *caseRecord = m_state->findCase(assignment.caseId);
    if (!caseRecord)
        return false;
    if (m_kind == Kind::Requests)
        return assignment.state == QLatin1String("requested") && unit &&
               unit->ownerHospitalId == m_hospitalId;
    // On its way to this hospital and not there yet.
    static const QStringList travelling = {QStringLiteral("dispatched"), QStringLiteral("en_route"),
                                           QStringLiteral("on_scene"),
                                           QStringLiteral("transporting")};
    if (!travelling.contains(assignment.state))
        return false;
    const std::optional<qint64> destination = assignment.destinationHospitalId
                                                  ? assignment.destinationHospitalId
                                                  : caseRecord->destinationHospitalId;
    return destination == m_hospitalId;
}

void HospitalTripModel::refresh()
{
    QList<qint64> wanted;
    for (const AssignmentRecord &assignment : m_state->assignments())
        if (belongs(assignment))
            wanted << assignment.id;
    // Rows that went, from the bottom so the rows above keep their numbers.
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_ids.at(row)))
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_texts.removeAt(row);
        endRemoveRows();
    }
    // Rows that stay and changed.
    for (int row = 0; row < m_ids.size(); ++row) {
        QStringList texts = rowTexts(m_ids.at(row));
        if (texts == m_texts.at(row))
            continue;
        m_texts[row] = std::move(texts);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New rows: the oldest request (the first to expire) first.
    std::sort(wanted.begin(), wanted.end());
    for (qint64 id : std::as_const(wanted)) {
        if (m_ids.contains(id))
            continue;
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids << id;
        m_texts << rowTexts(id);
        endInsertRows();
    }
}

QString HospitalTripModel::timeText(const AssignmentRecord &assignment) const
{
    const QDateTime now = m_state->clock().now();
    if (m_kind == Kind::Requests) {
        if (!assignment.requestExpiresAt.isValid())
            return {};
        const qint64 left = now.secsTo(assignment.requestExpiresAt);
        if (left <= 0)
            return tr("expiring");
        return tr("%1 s left").arg(left);
    }
    const QDateTime since =
        assignment.transportingAt.isValid() ? assignment.transportingAt : assignment.dispatchedAt;
    return since.isValid() ? labels::age(since, now) : QString();
}

QStringList HospitalTripModel::rowTexts(qint64 assignmentId) const
{
    QStringList texts;
    const AssignmentRecord *assignment = m_state->findAssignment(assignmentId);
    const CaseRecord *caseRecord = assignment ? m_state->findCase(assignment->caseId) : nullptr;
    if (!assignment || !caseRecord) {
        texts.resize(ColumnCount);
        return texts;
    }
    const UnitRecord *unit = m_state->findUnit(assignment->unitId);
    for (int column = 0; column < ColumnCount; ++column) {
        switch (Column(column)) {
        case CaseColumn:
            texts << caseRecord->number;
            break;
        case PriorityColumn:
            texts << labels::priority(caseRecord->priority);
            break;
        case CategoryColumn:
            texts << labels::caseCategory(caseRecord->category);
            break;
        case LocationColumn:
            texts << caseRecord->locationText;
            break;
        case UnitColumn:
            texts << (unit ? unit->callSign : QString());
            break;
        case StateColumn:
            texts << labels::caseState(assignment->state);
            break;
        case PatientsColumn:
            texts << QString::number(caseRecord->patientsCount);
            break;
        case TimeColumn:
            texts << timeText(*assignment);
            break;
        case EtaColumn:
            texts << (!m_etas                    ? QString()
                      : m_kind == Kind::Requests ? m_etas->requestText(assignmentId)
                                                 : m_etas->incomingText(assignmentId));
            break;
        case TriageColumn:
            texts << triageSummary(caseRecord->triage);
            break;
        case NoteColumn:
            texts << caseRecord->receivingNote;
            break;
        case ColumnCount:
            break;
        }
    }
    return texts;
}

QVariant HospitalTripModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    const AssignmentRecord *assignment = m_state->findAssignment(id);
    const CaseRecord *caseRecord = assignment ? m_state->findCase(assignment->caseId) : nullptr;
    const UnitRecord *unit = assignment ? m_state->findUnit(assignment->unitId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_texts.at(index.row()).value(index.column());
    case IdRole:
        return id;
    case CaseNumberRole:
        return caseRecord ? caseRecord->number : QString();
    case PriorityRole:
        return caseRecord ? caseRecord->priority : 0;
    case CategoryRole:
        return caseRecord ? caseRecord->category : QString();
    case CallSignRole:
        return unit ? unit->callSign : QString();
    case StateRole:
        return assignment ? assignment->state : QString();
    case NotesRole:
        return caseRecord ? caseRecord->receivingNote : QString();
    default:
        return {};
    }
}

QVariant HospitalTripModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CaseColumn:
        return tr("Case");
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case LocationColumn:
        return tr("Location");
    case UnitColumn:
        return tr("Unit");
    case StateColumn:
        return tr("Unit state");
    case PatientsColumn:
        return tr("Patients");
    case TimeColumn:
        return m_kind == Kind::Requests ? tr("Time to answer") : tr("Under way");
    case EtaColumn:
        return m_kind == Kind::Requests ? tr("ETA to the case") : tr("ETA to us");
    case TriageColumn:
        return tr("Triage answers");
    case NoteColumn:
        return tr("Note for the hospital");
    case ColumnCount:
        break;
    }
    return {};
}

void HospitalTripModel::refreshTimes()
{
    for (int row = 0; row < m_ids.size(); ++row) {
        const QStringList texts = rowTexts(m_ids.at(row));
        if (texts.value(TimeColumn) == m_texts.at(row).value(TimeColumn))
            continue;
        m_texts[row] = texts;
        emit dataChanged(index(row, TimeColumn), index(row, TimeColumn), {Qt::DisplayRole});
    }
}

void HospitalTripModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refresh();
}

QString HospitalTripModel::triageSummary(const QJsonObject &triage)
{
    QStringList parts;
    flatten({}, triage, parts);
    return parts.join(QStringLiteral("; "));
}

} // namespace pela::core
