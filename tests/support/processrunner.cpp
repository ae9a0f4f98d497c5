#include "processrunner.h"

#include <QProcess>

namespace pela::test {

QString pelaAdminPath()
{
    const QString path = qEnvironmentVariable("PELA_ADMIN");
    return path.isEmpty() ? QStringLiteral("pela-admin") : path;
}

ProcessOutput runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, int timeoutMs,
                         const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    ProcessOutput output;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        output.err = QStringLiteral("timed out");
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

} // namespace pela::test
