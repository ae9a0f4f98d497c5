#include "hospitalstatusmodel.h"

#include "hospitallistmodel.h"
#include "labels.h"
#include "roles.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace pela::core {

namespace {

} // namespace

HospitalStatusModel::HospitalStatusModel(LiveState *state, QObject *parent)
    : IdTableModel(state, ColumnCount, &LiveState::hospitals, &LiveState::hospitalInserted,
                   &LiveState::hospitalRemoved, parent)
{
    connect(m_state, &LiveState::hospitalChanged, this, &HospitalStatusModel::onHospitalChanged);
}

std::pair<QDateTime, QString> HospitalStatusModel::lastUpdate(const HospitalRecord &hospital)
{
    std::pair<QDateTime, QString> latest{hospital.updatedAt, hospital.updatedBy};
    for (const BedRecord &bed : hospital.beds)
        if (bed.updatedAt.isValid() && (!latest.first.isValid() || bed.updatedAt > latest.first))
            latest = {bed.updatedAt, bed.updatedBy};
    return latest;
}

QString HospitalStatusModel::capabilityName(const QString &code)
{
    static const char *const table[][2] = {
        {"igd", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "emergency department")},
        {"trauma", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "trauma")},
        {"obstetrics", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "obstetrics")},
        {"paediatrics", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "paediatrics")},
        {"nicu", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "NICU")},
        {"icu", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "ICU")},
        {"psychiatric", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "psychiatric")},
        {"burns", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "burns")},
        {"stroke", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "stroke")},
        {"cath_lab", QT_TRANSLATE_NOOP("pela::core::HospitalStatusModel", "cath lab")},
        {nullptr, nullptr}};
    for (int i = 0; table[i][0]; ++i)
        if (code == QLatin1String(table[i][0]))
            return QCoreApplication::translate("pela::core::HospitalStatusModel", table[i][1]);
    return code;
}

bool HospitalStatusModel::isStale(const HospitalRecord &hospital) const
{
    const QDateTime last = lastUpdate(hospital).first;
    return !last.isValid() ||
           last.secsTo(m_state->clock().now()) >
               std::chrono::duration_cast<std::chrono::seconds>(m_staleAfter).count();
}

void HospitalStatusModel::setStaleAfter(std::chrono::minutes staleAfter)
{
    if (staleAfter == m_staleAfter)
        return;
    m_staleAfter = staleAfter;
    tick();
}

QVariant HospitalStatusModel::data(const QModelIndex &index, int role) const
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
            return HospitalListModel::bedsSummary(*hospital);
        case CapabilitiesColumn: {
            QStringList names;
            for (const QString &code : hospital->capabilities)
                names << capabilityName(code);
            return names.join(QStringLiteral(", "));
        }
        case UpdatedColumn: {
            const auto [when, who] = lastUpdate(*hospital);
            if (!when.isValid())
                return tr("never");
            const QString text =
                tr("%1 by %2", "last update: time, then who").arg(labels::clockTime(when), who);
            return isStale(*hospital) ? tr("%1 (stale: %2 ago)")
                                            .arg(text, labels::age(when, m_state->clock().now()))
                                      : text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UpdatedColumn) {
            const auto [when, who] = lastUpdate(*hospital);
            return when.isValid()
                       ? tr("Last changed %1 WIT by %2")
                             .arg(QLocale().toString(when.toTimeZone(QTimeZone("Asia/Jayapura")),
                                                     QStringLiteral("d MMM yyyy HH:mm")),
                                  who)
                       : QVariant();
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
        return HospitalListModel::bedsList(*hospital);
    case PositionRole:
        return QVariant::fromValue(hospital->location);
    case LocationApproximateRole:
        return hospital->locationApproximate || !hospital->location.isValid();
    case LastUpdateRole:
        return lastUpdate(*hospital).first;
    case UpdatedByRole:
        return lastUpdate(*hospital).second;
    case StaleRole:
        return isStale(*hospital);
    case CapabilitiesRole:
        return hospital->capabilities;
    }
    return {};
}

QHash<int, QByteArray> HospitalStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = IdTableModel::roleNames();
    names.insert(LastUpdateRole, "lastUpdate");
    names.insert(UpdatedByRole, "updatedBy");
    names.insert(StaleRole, "stale");
    names.insert(CapabilitiesRole, "capabilities");
    return names;
}

QString HospitalStatusModel::columnTitle(int column) const
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
    case CapabilitiesColumn:
        return tr("Capabilities");
    case UpdatedColumn:
        return tr("Last update");
    }
    return {};
}

void HospitalStatusModel::onHospitalChanged(qint64 id, const HospitalRecord &)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // Few rows, few changes: the whole row.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HospitalStatusModel::tick()
{
    for (int row = 0; row < rowCount(); ++row) {
        const HospitalRecord *hospital = m_state->findHospital(idAt(row));
        if (!hospital)
            continue;
        const bool stale = isStale(*hospital);
        if (m_stale.value(hospital->id, !stale) != stale)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::DisplayRole, StaleRole});
        m_stale.insert(hospital->id, stale);
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, UpdatedColumn),
                         {Qt::DisplayRole});
}

} // namespace pela::core
