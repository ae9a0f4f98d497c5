#include "hospitallistmodel.h"

#include "changespan.h"
#include "labels.h"
#include "roles.h"

#include <QVariantMap>

namespace pela::core {

namespace {

QString bedsSummary(const HospitalRecord &hospital)
{
    QStringList parts;
    for (const BedRecord &bed : hospital.beds) {
        const QString count = bed.total ? QStringLiteral("%1/%2").arg(bed.available).arg(*bed.total)
                                        : QString::number(bed.available);
        parts.append(labels::bedCategory(bed.category) + QLatin1Char(' ') + count);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariantList bedsList(const HospitalRecord &hospital)
{
    QVariantList list;
    for (const BedRecord &bed : hospital.beds)
        list.append(QVariantMap{{QStringLiteral("category"), bed.category},
                                {QStringLiteral("available"), bed.available},
                                {QStringLiteral("total"),
                                 bed.total ? QVariant(*bed.total) : QVariant()}});
    return list;
}

} // namespace

HospitalListModel::HospitalListModel(LiveState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
    connect(m_state, &LiveState::aboutToReload, this, [this] { beginResetModel(); });
    connect(m_state, &LiveState::reloaded, this, [this] {
        m_rows.reset(m_state->hospitals().keys());
        endResetModel();
    });
    connect(m_state, &LiveState::hospitalInserted, this, [this](qint64 id) {
        const int row = m_rows.count();
        beginInsertRows({}, row, row);
        m_rows.append(id);
        endInsertRows();
    });
    connect(m_state, &LiveState::hospitalRemoved, this, [this](qint64 id) {
        const int row = m_rows.rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
    connect(m_state, &LiveState::hospitalChanged, this, &HospitalListModel::onHospitalChanged);
    m_rows.reset(m_state->hospitals().keys());
}

int HospitalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int HospitalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HospitalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HospitalRecord *hospital = m_state->findHospital(m_rows.idAt(index.row()));
    if (!hospital)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return hospital->code;
        case NameColumn:
            return hospital->name;
        case ErStatusColumn:
            return labels::erStatus(hospital->erStatus);
        case ReasonColumn:
            return hospital->erStatusReason;
        case BedsColumn:
            return bedsSummary(*hospital);
        case LocationColumn:
            if (!hospital->location.isValid())
                return tr("unknown");
            return (hospital->locationApproximate ? tr("≈ %1, %2") : tr("%1, %2"))
                .arg(hospital->location.latitude(), 0, 'f', 5)
                .arg(hospital->location.longitude(), 0, 'f', 5);
        }
        return {};
    case IdRole:
        return hospital->id;
    case RecordRole:
        return QVariant::fromValue(*hospital);
    case HospitalCodeRole:
        return hospital->code;
    case HospitalNameRole:
        return hospital->name;
    case ErStatusRole:
        return hospital->erStatus;
    case ErStatusReasonRole:
        return hospital->erStatusReason;
    case BedsRole:
        return bedsList(*hospital);
    case PositionRole:
        return QVariant::fromValue(hospital->location);
    case LocationApproximateRole:
        return hospital->locationApproximate || !hospital->location.isValid();
    }
    return {};
}

QVariant HospitalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Hospital");
    case ErStatusColumn:
        return tr("ER");
    case ReasonColumn:
        return tr("Reason");
    case BedsColumn:
        return tr("Beds");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

QHash<int, QByteArray> HospitalListModel::roleNames() const { return liveRoleNames(); }

void HospitalListModel::onHospitalChanged(qint64 id, const HospitalRecord &before)
{
    const int row = m_rows.rowOf(id);
    const HospitalRecord *after = m_state->findHospital(id);
    if (row < 0 || !after)
        return;
    ChangeSpan span;
    span.add(-1, RecordRole);
    if (before.code != after->code)
        span.add(CodeColumn, HospitalCodeRole);
    if (before.name != after->name)
        span.add(NameColumn, HospitalNameRole);
    if (before.erStatus != after->erStatus)
        span.add(ErStatusColumn, ErStatusRole);
    if (before.erStatusReason != after->erStatusReason)
        span.add(ReasonColumn, ErStatusReasonRole);
    if (before.beds != after->beds)
        span.add(BedsColumn, BedsRole);
    if (before.location != after->location)
        span.add(LocationColumn, PositionRole);
    if (before.locationApproximate != after->locationApproximate)
        span.add(LocationColumn, LocationApproximateRole);
    span.emitFor(this, row);
}

} // namespace pela::core
