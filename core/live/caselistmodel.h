// Open and recently closed cases as a table for the case board, updated row by row.
#pragma once

#include "livestate.h"
#include "rowindex.h"

#include <QAbstractTableModel>

namespace pela::core {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        PriorityColumn,
        CategoryColumn,
        StateColumn,
        LocationColumn,
        OpenedColumn, // opened time and age
        UnitsColumn,
        WaitingReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The state is not owned; it must outlive the model.
    explicit CaseListModel(LiveState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 caseId) const { return m_rows.rowOf(caseId); }
    qint64 caseIdAt(int row) const { return m_rows.idAt(row); }
    // The age column moves with the clock alone; a view calls this from its own timer.
    void refreshTimes();

private:
    void onCaseChanged(qint64 id, const CaseRecord &before);
    void onAssignmentsChanged(qint64 caseId);
    void onUnitChanged(qint64 id, const UnitRecord &before);

    LiveState *m_state;
    RowIndex m_rows;
};

} // namespace pela::core
