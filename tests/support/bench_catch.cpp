// Benchmarks use the test support library (TestCluster), which reports through Catch2: this
// provides Catch's implementation without a test runner main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
