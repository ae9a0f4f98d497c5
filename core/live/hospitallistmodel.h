// Partner hospitals as a table: ER status, reason, beds and location, updated live.
#pragma once

#include "idtablemodel.h"

namespace pela::core {

class HospitalListModel : public IdTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ErStatusColumn,
        ReasonColumn,
        BedsColumn, // available/total per category
        LocationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The state is not owned; it must outlive the model.
    explicit HospitalListModel(LiveState *state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 hospitalIdAt(int row) const { return idAt(row); }

    // "ER 4/10 · ICU 1/6": the beds column, shared with the board's hospital status.
    static QString bedsSummary(const HospitalRecord &hospital);
    // BedsRole: {category, available, total} per category.
    static QVariantList bedsList(const HospitalRecord &hospital);

private:
    QString columnTitle(int column) const override;
    void onHospitalChanged(qint64 id, const HospitalRecord &before);
};

} // namespace pela::core
