// The possible duplicates of the call being taken, as a list the intake form shows while it
// fills: recomputed when a case changes, the query changes, or the clock moves on.
#pragma once

#include "duplicatefinder.h"

#include <QAbstractListModel>
#include <functional>

namespace pela::core {

class PossibleDuplicatesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // The state is not owned; it must outlive the model.
    explicit PossibleDuplicatesModel(LiveState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: "2026-000123 · P1 · 120 m · 4 min · Batu Merah"; IdRole, CaseNumberRole,
    // PriorityRole, CategoryRole, StateRole, LocationTextRole, PositionRole, OpenedAtRole;
    // RecordRole: the DuplicateCandidate (distance and age).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const DuplicateQuery &query() const { return m_query; }
    void setQuery(const DuplicateQuery &query);
    const DuplicateRules &rules() const { return m_rules; }
    void setRules(const DuplicateRules &rules);
    // Tests move time by hand; the default is the system clock (UTC).
    void setClock(std::function<QDateTime()> clock);
    // Ages move and cases leave the window with the clock alone; the form calls this on a timer.
    void refresh();

    // Empty when row is out of range.
    DuplicateCandidate candidateAt(int row) const;

private:
    LiveState *const m_state;
    DuplicateQuery m_query;
    DuplicateRules m_rules;
    std::function<QDateTime()> m_clock;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace pela::core
