// Test main for widget suites: a QApplication (offscreen in CTest), then Catch2.
#define CATCH_CONFIG_RUNNER
#include "testcluster.h"

#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // A console window opens its offline journal under PELA_HOME: a suite's windows keep theirs
    // in a folder of their own, never in the tester's real home (a test may set its own).
    QTemporaryDir home;
    if (home.isValid())
        qputenv("PELA_HOME", QFile::encodeName(home.path()));
    const int result = Catch::Session().run(argc, argv);
    pela::test::TestCluster::shutdown();
    return result;
}
