// bench_dispatch_race: 50 concurrent dispatchers on one unit, repeated 200 times.
// Prints race_winners_always_one: yes|no and race_median_ms (time until all 50 have an answer).
#include "commands/incidentcommands.h"
#include "db/pgconnection.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace pela::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int dispatchers = 50;
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    pela::test::TestCluster &cluster = pela::test::TestCluster::instance();
    const QString conninfo = cluster.freshDatabase();

    // Each dispatcher keeps its own connection, as each console does.
    std::vector<PgConnection> connections;
    for (int i = 0; i < dispatchers; ++i)
        connections.push_back(PgConnection::open(conninfo, ConnectionPurpose::Interactive,
                                                 QStringLiteral("bench-%1").arg(i)));
    PgConnection control = PgConnection::open(conninfo);
    IncidentCommands controlCommands(control);

    bool alwaysOne = true;
    std::vector<double> durations;
    for (int round = 0; round < rounds; ++round) {
        QStringList cases;
        for (int i = 0; i < dispatchers; ++i) {
            OpenCaseRequest request;
            request.category = QStringLiteral("medical");
            request.priority = 1;
            request.call.callerPhone = QStringLiteral("0812 4700 %1").arg(1000 + i);
            request.locationText = QStringLiteral("round %1 case %2").arg(round).arg(i);
            cases << controlCommands.openCase(request).caseNumber;
        }
        std::atomic<int> winners{0};
        std::barrier start(dispatchers + 1);
        std::vector<std::thread> threads;
        for (int i = 0; i < dispatchers; ++i)
            threads.emplace_back([&, i] {
                IncidentCommands commands(connections[std::size_t(i)]);
                start.arrive_and_wait();
                if (commands.assignUnit(cases[i], QStringLiteral("AMB-KOTA-1")).ok())
                    ++winners;
            });
        start.arrive_and_wait();
        const auto begin = std::chrono::steady_clock::now();
        for (std::thread &thread : threads)
            thread.join();
        durations.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                .count());
        alwaysOne = alwaysOne && winners == 1;
        // Free the unit and close the round's cases for the next round.
        controlCommands.cancelAssignment(QStringLiteral("AMB-KOTA-1"), QStringLiteral("bench"));
        for (const QString &number : cases)
            controlCommands.closeCase(number, Disposition::CancelledByCaller);
    }
    std::sort(durations.begin(), durations.end());
    std::printf("rounds: %d\ndispatchers: %d\n", rounds, dispatchers);
    std::printf("race_p99_ms: %.1f\n", durations[std::size_t(durations.size() * 0.99)]);
    std::printf("race_winners_always_one: %s\n", alwaysOne ? "yes" : "no");
    std::printf("race_median_ms: %.1f\n", durations[durations.size() / 2]);
    connections.clear();
    pela::test::TestCluster::shutdown();
    return alwaysOne ? 0 : 1;
}
