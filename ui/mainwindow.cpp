#include "mainwindow.h"

namespace pela::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Pela 112"));
}

} // namespace pela::ui
