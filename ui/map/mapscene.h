// What the map shows on top of the base map, read from core's live models: hospitals, open
// cases and units as markers with world positions. Follows the models row by row (a moving
// ambulance is a dataChanged on its position) and says which item changed, so the map repaints
// only around it.
#pragma once

#include "live/uniteta.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QVariantList>
#include <optional>

class QAbstractItemModel;
class QModelIndex;

namespace pela::ui {

enum class MapItemKind
{
    Hospital,
    Case,
    Unit,
};

struct HospitalMarker
{
    qint64 id = 0;
    QString code;
    QString name;
    bool located = false;
    QPointF world;
    bool approximate = true;
    QString locationNote;
    QString erStatus;
    QString erReason;
    QVariantList beds; // {category, available, total}
    QStringList capabilities;

    bool operator==(const HospitalMarker &) const = default;
};

struct CaseMarker
{
    qint64 id = 0;
    QString number;
    int priority = 0;
    QString state;
    QString category;
    QString locationText;
    bool located = false;
    QPointF world;
    QDateTime openedAt;
    QStringList units; // call signs on live assignments
    std::optional<qint64> destinationHospitalId;

    bool operator==(const CaseMarker &) const = default;
};

struct UnitMarker
{
    qint64 id = 0;
    QString callSign;
    QString kind;
    QString status;
    bool located = false;
    QPointF world;
    std::optional<double> heading;
    QDateTime positionAt;
    bool stale = false;
    qint64 assignedCaseId = 0;
    QString eta; // on its way to a case: "4 min" (road), "≈4 min"; empty otherwise

    bool operator==(const UnitMarker &) const = default;
};

class MapScene : public QObject
{
    Q_OBJECT
public:
    // Models from core (CaseListModel, UnitListModel, HospitalListModel or proxies of them);
    // not owned, any may be null.
    MapScene(QAbstractItemModel *cases, QAbstractItemModel *units, QAbstractItemModel *hospitals,
             QObject *parent = nullptr);

    // In the models' order; closed cases are left out.
    const QList<HospitalMarker> &hospitals() const { return m_hospitals; }
    const QList<CaseMarker> &cases() const { return m_cases; }
    const QList<UnitMarker> &units() const { return m_units; }
    const HospitalMarker *hospital(qint64 id) const;
    const CaseMarker *caseMarker(qint64 id) const;
    const UnitMarker *unit(qint64 id) const;
    const UnitMarker *unitByCallSign(const QString &callSign) const;
    // The ETAs of the units on their way (DispatchAdvisor's, by case); only the units whose
    // text changed are announced.
    void setUnitEtas(const core::CaseEtas &etas);

signals:
    // One item appeared, changed or went away.
    void itemChanged(pela::ui::MapItemKind kind, qint64 id);
    // Many items changed at once (a model reset, a reload).
    void reset();

private:
    void watch(QAbstractItemModel *model, MapItemKind kind);
    void reload(MapItemKind kind);
    void updateRows(MapItemKind kind, int first, int last);
    void removeRows(MapItemKind kind, int first, int last);
    UnitMarker unitMarkerAt(const QModelIndex &index) const;

    QAbstractItemModel *m_models[3] = {nullptr, nullptr, nullptr};
    QList<HospitalMarker> m_hospitals;
    QList<CaseMarker> m_cases;
    QList<UnitMarker> m_units;
    QHash<qint64, int> m_index[3];     // id -> position in the list of its kind
    QHash<qint64, QString> m_etaTexts; // unit id -> its ETA as shown
};

} // namespace pela::ui
