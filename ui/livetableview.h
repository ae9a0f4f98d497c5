// A read-only, compact table for live data: whole-row selection, columns fitted to contents.
#pragma once

#include <QTableView>

namespace pela::ui {

class LiveTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LiveTableView(QWidget *parent = nullptr);

    // The column that takes the width left over (and elides); the others fit their contents.
    // By default the last one.
    void setStretchColumn(int column);

private:
    void applyColumnModes();

    int m_stretchColumn = -1;
};

} // namespace pela::ui
