// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "mainwindow.h"

#include <QApplication>

namespace meshgate {

int runGui(int argc, char *argv[], const AppOptions &options)
{
    QApplication app(argc, argv);
    Q_UNUSED(options);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace meshgate
