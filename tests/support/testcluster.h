// A real, throwaway PostgreSQL cluster for one test executable, started on first use and
// removed at exit. Each test takes a fresh database cloned from a migrated template.
#pragma once

#include "db/embeddedserver.h"
#include "db/pgconnection.h"

#include <QString>
#include <memory>

namespace pela::test {

class TestCluster
{
public:
    static TestCluster &instance();
    // Stops and removes the cluster, if one was started (called by the test main).
    static void shutdown();
    ~TestCluster();

    core::EmbeddedServer &server() { return *m_server; }
    // A new database with the current schema and Ambon's reference data (+ demo fleet when
    // asked); its conninfo.
    enum class Fleet
    {
        None,
        Demo
    };
    QString freshDatabase(Fleet fleet = Fleet::Demo);
    // An empty database (no schema), for migration tests.
    QString emptyDatabase();
    QString conninfo(const QString &database) const { return m_server->conninfo(database); }
    QString home() const { return m_home; }

private:
    TestCluster();
    QString createDatabase(const QString &templateName);

    QString m_home;
    std::unique_ptr<core::EmbeddedServer> m_server;
    int m_counter = 0;
};

// Opens a connection (named pela-test@host) or fails the current test with the reason.
core::PgConnection connect(const QString &conninfo,
                           core::ConnectionPurpose purpose = core::ConnectionPurpose::Interactive);

} // namespace pela::test
