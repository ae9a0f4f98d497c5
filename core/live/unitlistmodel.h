// All units as a table (fleet list, map layer): a moving unit is a dataChanged on its position.
#pragma once

#include "idtablemodel.h"

namespace pela::core {

class UnitListModel : public IdTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CallSignColumn,
        KindColumn,
        OwnerColumn, // owning hospital's code, or the city
        StatusColumn,
        PositionColumn,
        PositionAgeColumn, // age of the last fix, marked when stale
        ColumnCount
    };
    Q_ENUM(Column)

    // The state is not owned; it must outlive the model.
    explicit UnitListModel(LiveState *state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 unitIdAt(int row) const { return idAt(row); }
    // Position age and staleness move with the clock alone; a view calls this on its timer.
    void refreshTimes();

private:
    QString columnTitle(int column) const override;
    void onUnitChanged(qint64 id, const UnitRecord &before);
    void onHospitalChanged(qint64 id, const HospitalRecord &before);
    bool isStale(const UnitRecord &unit, const QDateTime &now) const;
};

} // namespace pela::core
