// The case board's order and filter over core's CaseBoardModel, and its colours: the priority
// cell in the priority's colour, an overdue case's row red with its timer in white on red, a
// closed case greyed.
#pragma once

#include "boardfilter.h"

#include <QColor>
#include <QSortFilterProxyModel>

namespace pela::ui {

class BoardProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BoardProxyModel(QObject *parent = nullptr);

    const BoardFilter &filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Core's model translates at data() time: after a language switch, views fetch again.
    void retranslate();

    static QColor overdueRow();
    static QColor overdueCell();
    static QColor alertRow();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BoardFilter m_filter;
    QStringList m_words; // the text filter, folded
};

} // namespace pela::ui
