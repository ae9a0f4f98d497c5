// Base of the live tables that show one LiveState record per row (cases, units, hospitals):
// rows keyed by record id, kept in step with the state's reload, insert and remove signals.
#pragma once

#include "livestate.h"
#include "rowindex.h"

#include <QAbstractTableModel>
#include <functional>

namespace pela::core {

class IdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when the record is not shown.
    int rowOf(qint64 id) const { return m_rows.rowOf(id); }
    // 0 when row is out of range.
    qint64 idAt(int row) const { return m_rows.idAt(row); }

protected:
    // records, inserted and removed name one table of the state (e.g. &LiveState::cases,
    // &LiveState::caseInserted, &LiveState::caseRemoved). The state must outlive the model.
    template <typename Record>
    IdTableModel(LiveState *state, int columnCount,
                 const QHash<qint64, Record> &(LiveState::*records)() const,
                 void (LiveState::*inserted)(qint64), void (LiveState::*removed)(qint64),
                 QObject *parent)
        : IdTableModel(
              state, columnCount, [state, records] { return (state->*records)().keys(); }, inserted,
              removed, parent)
    {
    }

    // The display title of a column, in the subclass's translation context.
    virtual QString columnTitle(int column) const = 0;
    // The record id shown at a valid index of this model; 0 for any other index.
    qint64 idOf(const QModelIndex &index) const;
    // One column of every row changed for roles (values that move with the clock).
    void columnChanged(int column, const QList<int> &roles);

    LiveState *const m_state;

private:
    IdTableModel(LiveState *state, int columnCount, std::function<QList<qint64>()> heldIds,
                 void (LiveState::*inserted)(qint64), void (LiveState::*removed)(qint64),
                 QObject *parent);

    const int m_columnCount;
    const std::function<QList<qint64>()> m_heldIds;
    RowIndex m_rows;
};

} // namespace pela::core
