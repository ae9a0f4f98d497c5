// Test main for widget suites: a QApplication (offscreen in CTest), then Catch2.
#define CATCH_CONFIG_RUNNER
#include "testcluster.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    pela::test::TestCluster::shutdown();
    return result;
}
