#include "livetableproxymodel.h"

#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"

#include <QCollator>
#include <QDateTime>
#include <QFont>
#include <algorithm>

namespace pela::ui {

namespace {
const QColor white(0xff, 0xff, 0xff);
const QColor nearBlack(0x1a, 0x1a, 0x1a);
const QColor red(0xc6, 0x28, 0x28);
const QColor yellow(0xfd, 0xd8, 0x35);
const QColor amber(0xff, 0xb3, 0x00);
const QColor green(0x2e, 0x7d, 0x32);
const QColor blue(0x15, 0x65, 0xc0);
const QColor grey(0x75, 0x75, 0x75);
// Closed cases stay on the board for a while, visibly done.
const QColor closedText(0x78, 0x90, 0x9c);

int colourColumn(LiveTableProxyModel::Table table)
{
    switch (table) {
    case LiveTableProxyModel::Table::Cases:
        return core::CaseListModel::PriorityColumn;
    case LiveTableProxyModel::Table::Units:
        return core::UnitListModel::StatusColumn;
    case LiveTableProxyModel::Table::Hospitals:
        return core::HospitalListModel::ErStatusColumn;
    }
    return -1;
}

bool isClosed(const QModelIndex &index)
{
    return index.data(core::StateRole).toString() == QLatin1String("closed");
}

QCollator &naturalOrder()
{
    static QCollator collator = [] {
        QCollator c(QLocale::c());
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator;
}
} // namespace

LiveTableProxyModel::LiveTableProxyModel(Table table, QObject *parent)
    : QSortFilterProxyModel(parent), m_table(table)
{
    switch (m_table) {
    case Table::Cases:
        m_sortRoles = {core::StateRole, core::PriorityRole, core::OpenedAtRole};
        break;
    case Table::Units:
        m_sortRoles = {core::CallSignRole};
        break;
    case Table::Hospitals:
        m_sortRoles = {core::HospitalCodeRole};
        break;
    }
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this,
            &LiveTableProxyModel::watchSourceModel);
}

void LiveTableProxyModel::watchSourceModel()
{
    disconnect(m_sourceDataChanged);
    if (QAbstractItemModel *source = sourceModel())
        m_sourceDataChanged =
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                        onSourceDataChanged(roles);
                    });
}

void LiveTableProxyModel::onSourceDataChanged(const QList<int> &roles)
{
    const bool affectsOrder =
        roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(),
                                       [this](int role) { return m_sortRoles.contains(role); });
    if (affectsOrder)
        invalidate();
}

CellColours LiveTableProxyModel::priorityColours(int priority)
{
    switch (priority) {
    case 1:
        return {red, white};
    case 2:
        return {yellow, nearBlack};
    case 3:
        return {green, white};
    default:
        return {grey, white};
    }
}

CellColours LiveTableProxyModel::unitStatusColours(const QString &status)
{
    if (status == QLatin1String("available"))
        return {green, white};
    if (status == QLatin1String("out_of_service"))
        return {grey, white};
    if (status == QLatin1String("requested"))
        return {amber, nearBlack};
    return {blue, white}; // busy with a case
}

CellColours LiveTableProxyModel::erStatusColours(const QString &status)
{
    if (status == QLatin1String("open"))
        return {green, white};
    if (status == QLatin1String("limited"))
        return {amber, nearBlack};
    if (status == QLatin1String("diverting"))
        return {red, white};
    return {grey, white};
}

QVariant LiveTableProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole &&
        role != Qt::TextAlignmentRole)
        return QSortFilterProxyModel::data(index, role);

    if (index.column() != colourColumn(m_table)) {
        if (m_table == Table::Cases && role == Qt::ForegroundRole && isClosed(index))
            return closedText;
        if (m_table == Table::Units && role == Qt::ForegroundRole &&
            index.column() == core::UnitListModel::PositionAgeColumn &&
            index.data(core::PositionStaleRole).toBool())
            return red;
        return QSortFilterProxyModel::data(index, role);
    }

    CellColours colours;
    switch (m_table) {
    case Table::Cases:
        colours = priorityColours(index.data(core::PriorityRole).toInt());
        break;
    case Table::Units:
        colours = unitStatusColours(index.data(core::UnitStatusRole).toString());
        break;
    case Table::Hospitals:
        colours = erStatusColours(index.data(core::ErStatusRole).toString());
        break;
    }
    switch (role) {
    case Qt::BackgroundRole:
        return colours.background;
    case Qt::ForegroundRole:
        return colours.text;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default: // Qt::TextAlignmentRole
        return m_table == Table::Cases ? QVariant(Qt::AlignCenter)
                                       : QSortFilterProxyModel::data(index, role);
    }
}

void LiveTableProxyModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), {Qt::DisplayRole});
}

bool LiveTableProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // One fixed order per table, whatever the column: the board is not re-sorted by hand.
    switch (m_table) {
    case Table::Cases: {
        const bool leftClosed = isClosed(left);
        if (leftClosed != isClosed(right))
            return !leftClosed;
        const int leftPriority = left.data(core::PriorityRole).toInt();
        const int rightPriority = right.data(core::PriorityRole).toInt();
        if (leftPriority != rightPriority)
            return leftPriority < rightPriority;
        const QDateTime leftOpened = left.data(core::OpenedAtRole).toDateTime();
        const QDateTime rightOpened = right.data(core::OpenedAtRole).toDateTime();
        if (leftOpened != rightOpened)
            return leftOpened < rightOpened;
        break;
    }
    case Table::Units: {
        const int order = naturalOrder().compare(left.data(core::CallSignRole).toString(),
                                                 right.data(core::CallSignRole).toString());
        if (order != 0)
            return order < 0;
        break;
    }
    case Table::Hospitals: {
        const int order = naturalOrder().compare(left.data(core::HospitalCodeRole).toString(),
                                                 right.data(core::HospitalCodeRole).toString());
        if (order != 0)
            return order < 0;
        break;
    }
    }
    return left.data(core::IdRole).toLongLong() < right.data(core::IdRole).toLongLong();
}

} // namespace pela::ui
