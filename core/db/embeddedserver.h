// A private PostgreSQL cluster of the machine's own binaries, for a workstation with no
// configured server and for tests. The server outlives the process that started it. Only the
// OS account that owns the home folder (and root) connects as its superuser "pela" (peer
// authentication); every other login gives its password (SCRAM), as on a shared server.
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
    // conninfo of a database on the private socket, as the superuser "pela" by default.
    QString conninfo(const QString &database = QStringLiteral("pela"),
                     const QString &user = QStringLiteral("pela")) const;

    // Creates (first use) and starts the cluster unless it already runs, and makes sure the
    // application database exists. Safe when several processes call it at once. Rewrites the
    // access rules and Pela's settings each time, so a cluster made by an older Pela (which
    // trusted every local user) is brought up to date and reloaded in place.
    DbError ensureRunning();
    bool isRunning() const;
    // mode: "fast" (default) or "immediate" (tests simulating a crash).
    DbError stop(const QString &mode = QStringLiteral("fast"));
    DbError start();
    // Stops the server and deletes the cluster (tests).
    void destroy();

    // The unprivileged OS user the server runs as when we are root; empty otherwise.
    QString serverUser() const { return m_serverUser; }
    // The OS accounts that connect as "pela": the owner of the home folder, and root (who can
    // read the cluster's files anyway).
    QStringList superuserAccounts() const;

private:
    DbError runTool(const QString &tool, const QStringList &arguments, int timeoutMs,
                    QString *output = nullptr) const;
    DbError prepareDirectories();
    DbError initCluster();
    // Writes pg_hba.conf, pg_ident.conf and pela.conf; *changed says whether any differed.
    DbError writeConfiguration(bool *changed);
    DbError reload();
    DbError createApplicationDatabase();

    EmbeddedServerOptions m_options;
    QString m_home;
    QString m_clusterRoot;
    QString m_binDirectory;
    QString m_serverUser;
};

} // namespace pela::core
