#include "mapscene.h"

#include "geo/projection.h"
#include "live/livestate.h"
#include "live/roles.h"
#include "live/uniteta.h"

#include <QAbstractItemModel>
#include <QGeoCoordinate>
#include <QSet>

namespace pela::ui {

namespace {

using namespace pela::core;

std::optional<QPointF> worldOf(const QModelIndex &index)
{
    const QGeoCoordinate coordinate = index.data(PositionRole).value<QGeoCoordinate>();
    if (!coordinate.isValid())
        return std::nullopt;
    return mercator::toWorld(coordinate);
}

HospitalMarker hospitalAt(const QModelIndex &index)
{
    HospitalMarker marker;
    marker.id = index.data(IdRole).toLongLong();
    marker.code = index.data(HospitalCodeRole).toString();
    marker.name = index.data(HospitalNameRole).toString();
    const std::optional<QPointF> world = worldOf(index);
    marker.located = world.has_value();
    marker.world = world.value_or(QPointF());
    marker.approximate = index.data(LocationApproximateRole).toBool();
    marker.erStatus = index.data(ErStatusRole).toString();
    marker.erReason = index.data(ErStatusReasonRole).toString();
    marker.beds = index.data(BedsRole).toList();
    const HospitalRecord record = index.data(RecordRole).value<HospitalRecord>();
    marker.capabilities = record.capabilities;
    marker.locationNote = record.locationNote;
    return marker;
}

CaseMarker caseAt(const QModelIndex &index)
{
    CaseMarker marker;
    marker.id = index.data(IdRole).toLongLong();
    marker.number = index.data(CaseNumberRole).toString();
    marker.priority = index.data(PriorityRole).toInt();
    marker.state = index.data(StateRole).toString();
    marker.category = index.data(CategoryRole).toString();
    marker.locationText = index.data(LocationTextRole).toString();
    const std::optional<QPointF> world = worldOf(index);
    marker.located = world.has_value();
    marker.world = world.value_or(QPointF());
    marker.openedAt = index.data(OpenedAtRole).toDateTime();
    marker.units = index.data(AssignedUnitsRole).toStringList();
    marker.destinationHospitalId = index.data(RecordRole).value<CaseRecord>().destinationHospitalId;
    return marker;
}

UnitMarker unitAt(const QModelIndex &index)
{
    UnitMarker marker;
    marker.id = index.data(IdRole).toLongLong();
    marker.callSign = index.data(CallSignRole).toString();
    marker.kind = index.data(UnitKindRole).toString();
    marker.status = index.data(UnitStatusRole).toString();
    const std::optional<QPointF> world = worldOf(index);
    marker.located = world.has_value();
    marker.world = world.value_or(QPointF());
    const QVariant heading = index.data(HeadingRole);
    if (!heading.isNull())
        marker.heading = heading.toDouble();
    marker.positionAt = index.data(PositionAtRole).toDateTime();
    marker.stale = index.data(PositionStaleRole).toBool();
    marker.assignedCaseId = index.data(AssignedCaseIdRole).toLongLong();
    return marker;
}

template <typename Marker>
const Marker *find(const QList<Marker> &list, const QHash<qint64, int> &index, qint64 id)
{
    const auto found = index.constFind(id);
    return found == index.constEnd() ? nullptr : &list[*found];
}

} // namespace

MapScene::MapScene(QAbstractItemModel *cases, QAbstractItemModel *units,
                   QAbstractItemModel *hospitals, QObject *parent)
    : QObject(parent)
{
    watch(hospitals, MapItemKind::Hospital);
    watch(cases, MapItemKind::Case);
    watch(units, MapItemKind::Unit);
}

const HospitalMarker *MapScene::hospital(qint64 id) const
{
    return find(m_hospitals, m_index[int(MapItemKind::Hospital)], id);
}

const CaseMarker *MapScene::caseMarker(qint64 id) const
{
    return find(m_cases, m_index[int(MapItemKind::Case)], id);
}

const UnitMarker *MapScene::unit(qint64 id) const
{
    return find(m_units, m_index[int(MapItemKind::Unit)], id);
}

const UnitMarker *MapScene::unitByCallSign(const QString &callSign) const
{
    for (const UnitMarker &marker : m_units)
        if (marker.callSign == callSign)
            return &marker;
    return nullptr;
}

UnitMarker MapScene::unitMarkerAt(const QModelIndex &index) const
{
    UnitMarker marker = unitAt(index);
    marker.eta = m_etaTexts.value(marker.id);
    return marker;
}

void MapScene::setUnitEtas(const core::CaseEtas &etas)
{
    QHash<qint64, QString> texts;
    for (const QList<UnitEta> &ofCase : etas)
        for (const UnitEta &eta : ofCase)
            texts.insert(eta.unitId, eta.text());
    QSet<qint64> ids;
    for (auto it = m_etaTexts.cbegin(); it != m_etaTexts.cend(); ++it)
        ids.insert(it.key());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        ids.insert(it.key());
    m_etaTexts = std::move(texts);
    const QHash<qint64, int> &index = m_index[int(MapItemKind::Unit)];
    for (qint64 id : std::as_const(ids)) {
        const auto found = index.constFind(id);
        if (found == index.cend())
            continue;
        UnitMarker &marker = m_units[*found];
        const QString text = m_etaTexts.value(id);
        if (marker.eta == text)
            continue;
        marker.eta = text;
        emit itemChanged(MapItemKind::Unit, id);
    }
}

void MapScene::watch(QAbstractItemModel *model, MapItemKind kind)
{
    m_models[int(kind)] = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this, kind] { reload(kind); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this, kind] { reload(kind); });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this, kind] { reload(kind); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, kind](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    updateRows(kind, first, last);
            });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, kind](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    removeRows(kind, first, last);
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, kind](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateRows(kind, topLeft.row(), bottomRight.row());
            });
    reload(kind);
}

void MapScene::reload(MapItemKind kind)
{
    QAbstractItemModel *model = m_models[int(kind)];
    QHash<qint64, int> &index = m_index[int(kind)];
    index.clear();
    const int rows = model ? model->rowCount() : 0;
    switch (kind) {
    case MapItemKind::Hospital:
        m_hospitals.clear();
        for (int row = 0; row < rows; ++row) {
            index.insert(model->index(row, 0).data(IdRole).toLongLong(), int(m_hospitals.size()));
            m_hospitals.append(hospitalAt(model->index(row, 0)));
        }
        break;
    case MapItemKind::Case:
        m_cases.clear();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex at = model->index(row, 0);
            if (at.data(StateRole).toString() == QLatin1String("closed"))
                continue;
            index.insert(at.data(IdRole).toLongLong(), int(m_cases.size()));
            m_cases.append(caseAt(at));
        }
        break;
    case MapItemKind::Unit:
        m_units.clear();
        for (int row = 0; row < rows; ++row) {
            index.insert(model->index(row, 0).data(IdRole).toLongLong(), int(m_units.size()));
            m_units.append(unitMarkerAt(model->index(row, 0)));
        }
        break;
    }
    emit reset();
}

void MapScene::updateRows(MapItemKind kind, int first, int last)
{
    QAbstractItemModel *model = m_models[int(kind)];
    QHash<qint64, int> &index = m_index[int(kind)];
    for (int row = first; row <= last; ++row) {
        const QModelIndex at = model->index(row, 0);
        const qint64 id = at.data(IdRole).toLongLong();
        bool changed = false;
        auto apply = [&](auto &list, auto marker, bool keep) {
            const auto found = index.constFind(id);
            if (found == index.constEnd()) {
                if (!keep)
                    return;
                index.insert(id, int(list.size()));
                list.append(std::move(marker));
                changed = true;
            } else if (!keep) {
                const int position = *found;
                list.removeAt(position);
                index.remove(id);
                for (auto it = index.begin(); it != index.end(); ++it)
                    if (*it > position)
                        --*it;
                changed = true;
            } else if (!(list[*found] == marker)) {
                list[*found] = std::move(marker);
                changed = true;
            }
        };
        switch (kind) {
        case MapItemKind::Hospital:
            apply(m_hospitals, hospitalAt(at), true);
            break;
        case MapItemKind::Case:
            // A case that closes leaves the map.
            apply(m_cases, caseAt(at), at.data(StateRole).toString() != QLatin1String("closed"));
            break;
        case MapItemKind::Unit:
            apply(m_units, unitMarkerAt(at), true);
            break;
        }
        if (changed)
            emit itemChanged(kind, id);
    }
}

void MapScene::removeRows(MapItemKind kind, int first, int last)
{
    QAbstractItemModel *model = m_models[int(kind)];
    QList<qint64> gone;
    for (int row = first; row <= last; ++row)
        gone.append(model->index(row, 0).data(IdRole).toLongLong());
    QHash<qint64, int> &index = m_index[int(kind)];
    for (qint64 id : gone) {
        const auto found = index.constFind(id);
        if (found == index.constEnd())
            continue;
        const int position = *found;
        switch (kind) {
        case MapItemKind::Hospital:
            m_hospitals.removeAt(position);
            break;
        case MapItemKind::Case:
            m_cases.removeAt(position);
            break;
        case MapItemKind::Unit:
            m_units.removeAt(position);
            break;
        }
        index.remove(id);
        for (auto it = index.begin(); it != index.end(); ++it)
            if (*it > position)
                --*it;
        emit itemChanged(kind, id);
    }
}

} // namespace pela::ui
