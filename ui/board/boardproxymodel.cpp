#include "boardproxymodel.h"

#include "live/caseboardmodel.h"
#include "live/roles.h"
#include "livetableproxymodel.h"

namespace pela::ui {

namespace {

using Board = core::CaseBoardModel;

const QColor closedText(0x78, 0x90, 0x9c);
const QColor white(0xff, 0xff, 0xff);

QString fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.toCaseFolded();
}

} // namespace

BoardProxyModel::BoardProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The order is the model's one number per row (core::CaseBoardModel::BoardOrderRole),
    // announced on the number column when it moves.
    setSortRole(Board::BoardOrderRole);
    setDynamicSortFilter(true);
    sort(Board::NumberColumn, Qt::AscendingOrder);
}

QColor BoardProxyModel::overdueRow()
{
    return QColor(0xff, 0xcd, 0xd2);
}

QColor BoardProxyModel::overdueCell()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor BoardProxyModel::alertRow()
{
    return QColor(0xef, 0x9a, 0x9a);
}

void BoardProxyModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool BoardProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, Board::NumberColumn, sourceParent);
    const QString state = row.data(core::StateRole).toString();
    if (!m_filter.showClosed && state == QLatin1String("closed"))
        return false;
    if (!m_filter.priorities.isEmpty() &&
        !m_filter.priorities.contains(row.data(core::PriorityRole).toInt()))
        return false;
    if (!m_filter.categories.isEmpty() &&
        !m_filter.categories.contains(row.data(core::CategoryRole).toString()))
        return false;
    if (!m_filter.states.isEmpty() && !m_filter.states.contains(state))
        return false;
    if (!m_filter.kecamatan.isEmpty() &&
        row.data(Board::KecamatanCodeRole).toString() != m_filter.kecamatan)
        return false;
    if (!m_filter.unit.trimmed().isEmpty()) {
        const QString wanted = m_filter.unit.trimmed();
        const QStringList units = row.data(core::AssignedUnitsRole).toStringList();
        if (std::none_of(units.cbegin(), units.cend(), [&wanted](const QString &unit) {
                return unit.startsWith(wanted, Qt::CaseInsensitive);
            }))
            return false;
    }
    if (!m_words.isEmpty()) {
        // Every word somewhere in what the row shows.
        QString haystack;
        for (int column = 0; column < Board::ColumnCount; ++column)
            haystack += sourceModel()->index(sourceRow, column, sourceParent).data().toString() +
                        QLatin1Char(' ');
        haystack = fold(haystack);
        for (const QString &word : m_words)
            if (!haystack.contains(word))
                return false;
    }
    return true;
}

bool BoardProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const qlonglong leftOrder = left.data(Board::BoardOrderRole).toLongLong();
    const qlonglong rightOrder = right.data(Board::BoardOrderRole).toLongLong();
    if (leftOrder != rightOrder)
        return leftOrder < rightOrder;
    return left.data(core::IdRole).toLongLong() < right.data(core::IdRole).toLongLong();
}

QVariant BoardProxyModel::data(const QModelIndex &index, int role) const
{
    // Bold is the view's delegate's (a font here would override the view's size: the wall).
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::TextAlignmentRole)
        return QSortFilterProxyModel::data(index, role);
    const int column = index.column();
    const bool closed = index.data(core::StateRole).toString() == QLatin1String("closed");
    const bool overdue = index.data(Board::TimerOverdueRole).toBool();
    if (column == Board::PriorityColumn) {
        const CellColours colours =
            LiveTableProxyModel::priorityColours(index.data(core::PriorityRole).toInt());
        switch (role) {
        case Qt::BackgroundRole:
            return colours.background;
        case Qt::ForegroundRole:
            return colours.text;
        default:
            return QVariant(Qt::AlignCenter);
        }
    }
    if (overdue && column == Board::TimerColumn) {
        switch (role) {
        case Qt::BackgroundRole:
            return overdueCell();
        case Qt::ForegroundRole:
            return white;
        default:
            return QSortFilterProxyModel::data(index, role);
        }
    }
    switch (role) {
    case Qt::BackgroundRole:
        if (overdue)
            return index.data(Board::AlertRole).toBool() ? alertRow() : overdueRow();
        break;
    case Qt::ForegroundRole:
        if (closed)
            return closedText;
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

void BoardProxyModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), {Qt::DisplayRole});
}

} // namespace pela::ui
