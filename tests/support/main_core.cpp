// Test main for core suites: a QCoreApplication, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "testcluster.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    pela::test::TestCluster::shutdown();
    return result;
}
