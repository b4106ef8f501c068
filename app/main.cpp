// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

#ifdef MESHGATE_WITH_GUI
#include "mainwindow.h"
#include <QApplication>
#endif

int main(int argc, char *argv[])
{
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--headless") == 0 || qstrcmp(argv[i], "--version") == 0)
            headless = true;
#ifdef MESHGATE_WITH_GUI
    if (!headless) {
        QApplication app(argc, argv);
        meshgate::MainWindow window;
        window.show();
        return app.exec();
    }
#endif
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "meshgate 0.1.0\n";
    return 0;
}
