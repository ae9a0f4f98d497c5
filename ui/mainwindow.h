// The console's main window: intake, map and case board places, connection banner.
#pragma once

#include <QMainWindow>

namespace pela::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace pela::ui
