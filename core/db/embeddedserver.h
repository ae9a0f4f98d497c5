// A private PostgreSQL cluster of the machine's own binaries, for a workstation with no
// configured server and for tests. The server outlives the process that started it.
#pragma once

#include "dberror.h"

#include <QString>

namespace pela::core {

struct EmbeddedServerOptions
{
    QString home;             // $PELA_HOME; empty = $PELA_HOME or XDG data dir + /pela
    bool durable = true;      // false (tests): fsync off, throwaway
    int maxConnections = 250; // 50 consoles x 2 connections + gateway + admin margin
};

class EmbeddedServer
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::EmbeddedServer)
public:
    explicit EmbeddedServer(EmbeddedServerOptions options = {});

    static QString defaultHome();

    QString home() const { return m_home; }
    QString dataDirectory() const { return m_clusterRoot + QStringLiteral("/pgdata"); }
    QString socketDirectory() const { return m_clusterRoot + QStringLiteral("/run"); }
    QString logFile() const { return m_clusterRoot + QStringLiteral("/log/postgres.log"); }
    // conninfo of the application database on the private socket.
    QString conninfo(const QString &database = QStringLiteral("pela")) const;

    // Creates (first use) and starts the cluster unless it already runs, and makes sure the
    // application database exists. Safe when several processes call it at once.
    DbError ensureRunning();
    bool isRunning() const;
    // mode: "fast" (default) or "immediate" (tests simulating a crash).
    DbError stop(const QString &mode = QStringLiteral("fast"));
    DbError start();
    // Stops the server and deletes the cluster (tests).
    void destroy();

    // The unprivileged OS user the server runs as when we are root; empty otherwise.
    QString serverUser() const { return m_serverUser; }

private:
    DbError runTool(const QString &tool, const QStringList &arguments, int timeoutMs,
                    QString *output = nullptr) const;
    DbError prepareDirectories();
    DbError initCluster();
    DbError createApplicationDatabase();

    EmbeddedServerOptions m_options;
    QString m_home;
    QString m_clusterRoot;
    QString m_binDirectory;
    QString m_serverUser;
};

} // namespace pela::core
