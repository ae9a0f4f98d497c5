// Runs a program of ours (pela-admin) as a user would, capturing exit code and output.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace pela::test {

struct ProcessOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The pela-admin built with these tests (CTest passes its path in PELA_ADMIN).
QString pelaAdminPath();

// input, when given, is written to the program's standard input, which is then closed.
ProcessOutput
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 120000, const QByteArray &input = {});

} // namespace pela::test
