#include "hospitallistmodel.h"

#include "changespan.h"
#include "labels.h"
#include "roles.h"

#include <QVariantMap>

namespace pela::core {

QString HospitalListModel::bedsSummary(const HospitalRecord &hospital)
{
    QStringList parts;
    for (const BedRecord &bed : hospital.beds) {
        const QString count = bed.total ? QStringLiteral("%1/%2").arg(bed.available).arg(*bed.total)
                                        : QString::number(bed.available);
        parts.append(labels::bedCategory(bed.category) + QLatin1Char(' ') + count);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariantList HospitalListModel::bedsList(const HospitalRecord &hospital)
{
    QVariantList list;
    for (const BedRecord &bed : hospital.beds)
        list.append(
            QVariantMap{{QStringLiteral("category"), bed.category},
                        {QStringLiteral("available"), bed.available},
                        {QStringLiteral("total"), bed.total ? QVariant(*bed.total) : QVariant()}});
    return list;
}

HospitalListModel::HospitalListModel(LiveState *state, QObject *parent)
    : IdTableModel(state, ColumnCount, &LiveState::hospitals, &LiveState::hospitalInserted,
                   &LiveState::hospitalRemoved, parent)
{
    connect(m_state, &LiveState::hospitalChanged, this, &HospitalListModel::onHospitalChanged);
}

QVariant HospitalListModel::data(const QModelIndex &index, int role) const
{
    const HospitalRecord *hospital = m_state->findHospital(idOf(index));
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

QString HospitalListModel::columnTitle(int column) const
{
    switch (column) {
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

void HospitalListModel::onHospitalChanged(qint64 id, const HospitalRecord &before)
{
    const int row = rowOf(id);
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
