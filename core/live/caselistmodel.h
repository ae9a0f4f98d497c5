// Open and recently closed cases as a table for the case board, updated row by row.
#pragma once

#include "idtablemodel.h"

namespace pela::core {

class CaseListModel : public IdTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        PriorityColumn,
        CategoryColumn,
        StateColumn,
        LocationColumn,
        OpenedColumn, // opened time and age; closing time once closed
        UnitsColumn,
        WaitingReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The state is not owned; it must outlive the model.
    explicit CaseListModel(LiveState *state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The case roles of roles.h (IdRole … NotesRole) for any case model; invalid for others.
    static QVariant caseRoleData(const LiveState &state, const CaseRecord &record, int role);

    qint64 caseIdAt(int row) const { return idAt(row); }
    // The age column moves with the clock alone; a view calls this from its own timer.
    void refreshTimes();

private:
    QString columnTitle(int column) const override;
    void onCaseChanged(qint64 id, const CaseRecord &before);
    void onAssignmentsChanged(qint64 caseId);
    void onUnitChanged(qint64 id, const UnitRecord &before);
};

} // namespace pela::core
