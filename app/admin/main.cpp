#include "admincommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pela-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pela::admin::run(app.arguments().mid(1), out, err);
}
