#include "admincommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {

// `report shift ... --pdf FILE` lays out text, which needs fonts and so a QGuiApplication; on a
// server without a display it draws offscreen. Every other command stays a console program.
bool needsGui(int argc, char *argv[])
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        report = report || word == "report";
        pdf = pdf || word == "--pdf";
    }
    return report && pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pela-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pela::admin::run(app->arguments().mid(1), out, err);
}
