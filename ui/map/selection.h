// The one selection the console shares between its views (map, case board, intake): a case, a
// unit or a hospital, by database id. Views select through it and follow its changes; it never
// echoes a selection back to the view that made it.
#pragma once

#include "mapscene.h"

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace pela::ui {

class Selection : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    bool isEmpty() const { return m_id == 0; }
    MapItemKind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    bool is(MapItemKind kind, qint64 id) const { return m_id != 0 && m_kind == kind && m_id == id; }

    void select(MapItemKind kind, qint64 id);
    void clear();

    // Keeps a table of cases (rows carrying core's IdRole) and the selection in step, both
    // ways: a row chosen on the board selects its case, a case selected elsewhere becomes the
    // board's current row.
    void bindCaseTable(QAbstractItemView *view);

signals:
    void changed();

private:
    MapItemKind m_kind = MapItemKind::Case;
    qint64 m_id = 0;
};

} // namespace pela::ui
