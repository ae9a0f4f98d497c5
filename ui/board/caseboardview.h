// The case board's table: one row per case in the board's order, columns of fixed widths (a
// ticking timer never makes them jump), Enter or a double click opens a case, and every row is
// a drop target for a unit (handed to the DropController).
#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace pela::ui {

class DropController;

class CaseBoardView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseBoardView(QWidget *parent = nullptr);

    // Not owned; nullptr: rows take no drops.
    void setDropController(DropController *controller) { m_dropController = controller; }
    // Text size in pixels (the wall: 34); column widths follow it.
    void setTextPixelSize(int pixels);
    // Columns of core::CaseBoardModel to leave out (the wall shows fewer).
    void setHiddenColumns(const QList<int> &columns);
    // The case id of a row of the view, 0 for none.
    qint64 caseIdAt(const QModelIndex &index) const;
    // The row a dragged unit hovers (highlighted), invalid when none.
    QModelIndex dropRow() const { return m_dropRow; }
    // Fits the fixed column widths to the header's and typical contents' text.
    void fitColumns();

signals:
    // Enter or a double click on a case.
    void caseActivated(qint64 caseId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setDropRow(const QModelIndex &index);

    DropController *m_dropController = nullptr;
    QPersistentModelIndex m_dropRow;
    QList<int> m_hidden;
};

} // namespace pela::ui
