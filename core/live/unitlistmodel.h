// All units as a table (fleet list, map layer): a moving unit is a dataChanged on its position.
#pragma once

#include "livestate.h"
#include "rowindex.h"

#include <QAbstractTableModel>

namespace pela::core {

class UnitListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 unitId) const { return m_rows.rowOf(unitId); }
    qint64 unitIdAt(int row) const { return m_rows.idAt(row); }
    // Position age and staleness move with the clock alone; a view calls this on its timer.
    void refreshTimes();

private:
    void onUnitChanged(qint64 id, const UnitRecord &before);
    void onHospitalChanged(qint64 id, const HospitalRecord &before);
    bool isStale(const UnitRecord &unit, const QDateTime &now) const;

    LiveState *m_state;
    RowIndex m_rows;
};

} // namespace pela::core
