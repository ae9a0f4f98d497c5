// Partner hospitals as a table: ER status, reason, beds and location, updated live.
#pragma once

#include "livestate.h"
#include "rowindex.h"

#include <QAbstractTableModel>

namespace pela::core {

class HospitalListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 hospitalId) const { return m_rows.rowOf(hospitalId); }
    qint64 hospitalIdAt(int row) const { return m_rows.idAt(row); }

private:
    void onHospitalChanged(qint64 id, const HospitalRecord &before);

    LiveState *m_state;
    RowIndex m_rows;
};

} // namespace pela::core
