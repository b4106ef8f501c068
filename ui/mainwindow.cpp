// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace meshgate {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Meshgate"));
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

} // namespace meshgate
