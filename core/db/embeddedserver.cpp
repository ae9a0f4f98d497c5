#include "embeddedserver.h"

#include "pgconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pela::core {

namespace {

QString findPostgresBinaries()
{
    const QString configured = qEnvironmentVariable("PELA_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    // Debian keeps each major version apart; take the newest with initdb.
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestPath;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && version > best) {
            best = version;
            bestPath = bin;
        }
    }
    if (!bestPath.isEmpty())
        return bestPath;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool chownTo(const QString &path, const QString &user)
{
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

// A setting's value quoted for postgresql.conf.
QString quotedSetting(QString value)
{
    return QLatin1Char('\'') + value.replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// The line postgresql.conf gets so that pela.conf (rewritten at every start) has the last word.
constexpr const char *IncludeLine = "include_if_exists 'pela.conf'";

} // namespace

EmbeddedServer::EmbeddedServer(EmbeddedServerOptions options) : m_options(std::move(options))
{
    m_home = m_options.home.isEmpty() ? defaultHome() : m_options.home;
    m_home = QDir(m_home).absolutePath();
    m_clusterRoot = m_home;
    m_binDirectory = findPostgresBinaries();
    if (geteuid() == 0) {
        const QString configured = qEnvironmentVariable("PELA_SERVER_USER");
        m_serverUser = configured.isEmpty() ? QStringLiteral("postgres") : configured;
        // A cluster moved out of a private home earlier (see prepareDirectories).
        QFile note(m_home + QStringLiteral("/cluster-location.txt"));
        if (note.open(QIODevice::ReadOnly))
            m_clusterRoot = QString::fromUtf8(note.readAll()).trimmed();
    }
}

QString EmbeddedServer::defaultHome()
{
    const QString configured = qEnvironmentVariable("PELA_HOME");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pela");
}

QString EmbeddedServer::conninfo(const QString &database, const QString &user) const
{
    // Quoted values: a home folder may contain spaces.
    auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    return QStringLiteral("host=%1 port=5432 dbname=%2 user=%3")
        .arg(quoted(socketDirectory()), quoted(database), quoted(user));
}

DbError EmbeddedServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs,
                                QString *output) const
{
    QProcess process;
    const QString program = m_binDirectory + QLatin1Char('/') + tool;
    if (m_serverUser.isEmpty()) {
        process.setProgram(program);
        process.setArguments(arguments);
    } else {
        // initdb and postgres refuse root: run them as the unprivileged server user.
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList{QStringLiteral("-u"), m_serverUser, QStringLiteral("--"), program} +
            arguments);
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server must not inherit our locale quirks or a terminal.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QDir::rootPath());
    process.start();
    const bool finished = process.waitForFinished(timeoutMs);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished)
            process.kill();
        return DbError(DbError::Kind::ServerStart,
                       tr("The local database server could not be started (%1 failed).").arg(tool),
                       process.error() == QProcess::FailedToStart
                           ? tr("%1 not found; is PostgreSQL installed?").arg(program)
                           : text.trimmed());
    }
    return {};
}

DbError EmbeddedServer::prepareDirectories()
{
    if (!QDir().mkpath(m_home))
        return DbError(DbError::Kind::ServerStart,
                       tr("The folder %1 cannot be created for the local database.").arg(m_home));
    if (m_serverUser.isEmpty())
        return {};
    // As root the server runs as another user, who must be able to reach its folders. If the
    // home lies behind a private folder (e.g. /root), the cluster lives under /var/lib/pela.
    ::chmod(QFile::encodeName(m_home).constData(), 0711);
    auto reachable = [this](const QString &directory) {
        return QProcess::execute(QStringLiteral("runuser"),
                                 {QStringLiteral("-u"), m_serverUser, QStringLiteral("--"),
                                  QStringLiteral("test"), QStringLiteral("-x"), directory}) == 0;
    };
    if (!reachable(m_home)) {
        const QByteArray hash =
            QCryptographicHash::hash(m_home.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
        m_clusterRoot = QStringLiteral("/var/lib/pela/clusters/") + QString::fromLatin1(hash);
        QDir().mkpath(m_clusterRoot);
        ::chmod("/var/lib/pela", 0755);
        ::chmod("/var/lib/pela/clusters", 0755);
        QFile note(m_home + QStringLiteral("/cluster-location.txt"));
        if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
            note.write(m_clusterRoot.toUtf8() + '\n');
    }
    // Only the server's own folders change owner; the home stays the caller's.
    for (const QString &directory :
         {dataDirectory(), socketDirectory(), m_clusterRoot + QStringLiteral("/log")}) {
        QDir().mkpath(directory);
        chownTo(directory, m_serverUser);
    }
    ::chmod(QFile::encodeName(dataDirectory()).constData(), 0700);
    return {};
}

DbError EmbeddedServer::initCluster()
{
    if (QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION")))
        return {};
    if (m_binDirectory.isEmpty())
        return DbError(DbError::Kind::ServerStart,
                       tr("PostgreSQL is not installed on this computer, so the local database "
                          "cannot be created."),
                       tr("install the Debian package 'postgresql'"));
    // A half-made cluster from a crash: empty the folder but keep it (and its owner).
    QDir data(dataDirectory());
    for (const QString &entry :
         data.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QFileInfo(data.filePath(entry)).isDir() ? QDir(data.filePath(entry)).removeRecursively()
                                                : data.remove(entry);
    // Nobody gets in before writeConfiguration() has written the real rules.
    return runTool(QStringLiteral("initdb"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"),
                    QStringLiteral("pela"), QStringLiteral("--auth-local=peer"),
                    QStringLiteral("--auth-host=reject"), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                    QStringLiteral("--no-instructions")},
                   120000);
}

QStringList EmbeddedServer::superuserAccounts() const
{
    QStringList accounts;
    struct stat info;
    // The owner of the home; failing that (no such folder, a uid with no name), ourselves.
    const uid_t owner =
        ::stat(QFile::encodeName(m_home).constData(), &info) == 0 ? info.st_uid : geteuid();
    if (const passwd *pw = getpwuid(owner))
        accounts << QString::fromLocal8Bit(pw->pw_name);
    // root can read the cluster's files and become the server's user anyway: mapping it gives
    // nothing away, and lets `sudo pela-admin` work on a home it does not own.
    if (!accounts.contains(QStringLiteral("root")))
        accounts << QStringLiteral("root");
    return accounts;
}

DbError EmbeddedServer::writeConfiguration(bool *changed)
{
    *changed = false;
    // Only the private socket, no TCP port. Who may connect is pg_hba.conf's decision: the
    // socket stays open to every local user, as a shared server's port is.
    QStringList settings{
        QStringLiteral("listen_addresses = ''"),
        QStringLiteral("unix_socket_directories = %1").arg(quotedSetting(socketDirectory())),
        QStringLiteral("unix_socket_permissions = 0777"),
        QStringLiteral("max_connections = %1").arg(m_options.maxConnections),
        QStringLiteral("timezone = 'Asia/Jayapura'"),
        QStringLiteral("log_timezone = 'Asia/Jayapura'"),
        QStringLiteral("shared_buffers = 64MB"),
        QStringLiteral("password_encryption = 'scram-sha-256'"),
        // The log never holds callers' data: no failing row (DETAIL), no statement text (a
        // psql user's literal values), no bound parameters.
        QStringLiteral("log_error_verbosity = terse"),
        QStringLiteral("log_min_error_statement = panic"),
        QStringLiteral("log_parameter_max_length_on_error = 0"),
    };
    if (!m_options.durable)
        settings << QStringLiteral("fsync = off") << QStringLiteral("synchronous_commit = off")
                 << QStringLiteral("full_page_writes = off");
    QStringList ident;
    for (const QString &account : superuserAccounts())
        ident << QStringLiteral("pela_owner  %1  pela").arg(account);
    const QString header =
        QStringLiteral("# Pela 112 embedded server: written by Pela at every start; edits are "
                       "lost.\n");
    const struct
    {
        QString name;
        QString text;
    } files[] = {
        {QStringLiteral("pela.conf"), header + settings.join(QLatin1Char('\n'))},
        {QStringLiteral("pg_ident.conf"),
         header + QStringLiteral("# MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n") +
             ident.join(QLatin1Char('\n'))},
        {QStringLiteral("pg_hba.conf"),
         header + QStringLiteral("# The superuser only from the account that owns the home folder; "
                                 "every other login by password.\n"
                                 "local  all  pela  peer  map=pela_owner\n"
                                 "local  all  all   scram-sha-256")},
    };
    for (const auto &file : files) {
        const QString path = dataDirectory() + QLatin1Char('/') + file.name;
        const QByteArray content = file.text.toUtf8() + '\n';
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            continue;
        existing.close();
        // Rewritten in place (not replaced), so a file keeps its owner, the server's user.
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) < 0)
            return DbError(DbError::Kind::ServerStart,
                           tr("The local database settings cannot be written."), out.errorString());
        out.close();
        if (!m_serverUser.isEmpty())
            chownTo(path, m_serverUser);
        ::chmod(QFile::encodeName(path).constData(), 0600);
        *changed = true;
    }
    // A cluster made before pela.conf existed reads it from now on (later lines win).
    QFile config(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::ReadOnly))
        return DbError(DbError::Kind::ServerStart,
                       tr("The local database settings cannot be read."), config.errorString());
    const bool included = config.readAll().contains(IncludeLine);
    config.close();
    if (!included) {
        if (!config.open(QIODevice::Append))
            return DbError(DbError::Kind::ServerStart,
                           tr("The local database settings cannot be written."),
                           config.errorString());
        config.write(QByteArray("\n# Pela 112 embedded server\n") + IncludeLine + '\n');
        *changed = true;
    }
    return {};
}

DbError EmbeddedServer::reload()
{
    auto loadedAt = [this] {
        PgConnection probe =
            PgConnection::open(conninfo(QStringLiteral("postgres")), ConnectionPurpose::Maintenance);
        const PgResult loaded = probe.exec("SELECT pg_conf_load_time()::text AS at");
        return loaded.ok() ? loaded.text(0, "at") : QString();
    };
    const QString before = loadedAt();
    if (DbError error =
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDirectory(), QStringLiteral("reload")}, 30000);
        error.isError())
        return error;
    // pg_ctl only signals the server: wait (up to 5 s) until a new connection sees the files
    // loaded again, so that no connection made after ensureRunning() meets the old rules.
    for (int attempt = 0; attempt < 100 && !before.isEmpty(); ++attempt) {
        const QString now = loadedAt();
        if (!now.isEmpty() && now != before)
            break;
        QThread::msleep(50);
    }
    return {};
}

bool EmbeddedServer::isRunning() const
{
    return PQping(conninfo(QStringLiteral("postgres")).toUtf8().constData()) == PQPING_OK;
}

DbError EmbeddedServer::start()
{
    QDir().mkpath(socketDirectory());
    QDir().mkpath(m_clusterRoot + QStringLiteral("/log"));
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile(),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("start")},
                   90000);
}

DbError EmbeddedServer::createApplicationDatabase()
{
    PgConnection admin =
        PgConnection::open(conninfo(QStringLiteral("postgres")), ConnectionPurpose::Maintenance);
    if (!admin.isOpen())
        return admin.error();
    const PgResult exists = admin.exec("SELECT 1 FROM pg_database WHERE datname = 'pela'");
    if (!exists.ok())
        return exists.error();
    if (exists.rowCount() == 0) {
        const PgResult created = admin.exec("CREATE DATABASE pela");
        if (!created.ok() && created.sqlState() != QLatin1String("42P04"))
            return created.error();
    }
    return {};
}

DbError EmbeddedServer::ensureRunning()
{
    if (DbError error = prepareDirectories(); error.isError())
        return error;
    // Two consoles starting together: one creates and starts, the other waits and reuses.
    QLockFile lock(m_home + QStringLiteral("/embedded-server.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(180000))
        return DbError(DbError::Kind::ServerStart,
                       tr("Another program is still starting the local database; try again."));
    const bool running = isRunning();
    if (!running)
        if (DbError error = initCluster(); error.isError())
            return error;
    bool changed = false;
    if (DbError error = writeConfiguration(&changed); error.isError())
        return error;
    if (!running) {
        if (DbError error = start(); error.isError())
            return error;
    } else if (changed) {
        if (DbError error = reload(); error.isError())
            return error;
    }
    return createApplicationDatabase();
}

DbError EmbeddedServer::stop(const QString &mode)
{
    if (!QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        return {};
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), mode,
                    QStringLiteral("-w"), QStringLiteral("stop")},
                   90000);
}

void EmbeddedServer::destroy()
{
    stop(QStringLiteral("immediate"));
    QDir(m_clusterRoot).removeRecursively();
    if (m_clusterRoot != m_home)
        QDir(m_home).removeRecursively();
}

} // namespace pela::core
