// Sorting and at-a-glance colours (priority, unit status, ER status) for the live tables, on
// top of core's case, unit and hospital models.
#pragma once

#include <QColor>
#include <QSortFilterProxyModel>

namespace pela::ui {

// Background and text colour of a coloured cell; text keeps at least 4.5:1 contrast.
struct CellColours
{
    QColor background;
    QColor text;
};

class LiveTableProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Table
    {
        Cases,    // open cases first, then by priority, the oldest first
        Units,    // by call sign
        Hospitals // by code
    };
    Q_ENUM(Table)

    explicit LiveTableProxyModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Core's models translate at data() time: after a language switch, ask views to fetch
    // every text and header again.
    void retranslate();

    static CellColours priorityColours(int priority);
    static CellColours unitStatusColours(const QString &status);
    static CellColours erStatusColours(const QString &status);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The order is by roles, which core announces on whichever column shows them; the proxy's
    // own re-sorting only looks at one column, so a change to a sort role re-sorts here.
    void watchSourceModel();
    void onSourceDataChanged(const QList<int> &roles);

    Table m_table;
    QList<int> m_sortRoles;
    QMetaObject::Connection m_sourceDataChanged;
};

} // namespace pela::ui
