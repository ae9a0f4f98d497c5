// RAII owner of one libpq connection. Parameters are always bound, never spliced into SQL.
#pragma once

#include "dberror.h"
#include "pgresult.h"

#include <QList>
#include <QSet>
#include <QVariant>
#include <atomic>

struct pg_conn;

namespace pela::core {

using SqlParams = QList<QVariant>;

// What a connection is for, which decides the server-side time limits it is opened with.
enum class ConnectionPurpose
{
    // An operator waits (console, commands, live sync, pela-admin's commands): statement, lock
    // and idle-in-transaction timeouts apply (ConnectionTimeouts).
    Interactive,
    // Work that may legitimately take long (migrations, server setup, test templates): no
    // statement or lock timeout.
    Maintenance,
};

class PgConnection
{
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;

    // Connects; on failure error() says which part failed.
    // What the conninfo (a keyword string or URI) sets wins over the program's defaults:
    // fallback_application_name "<program>@<host>" (program: the application's name when
    // empty), connect_timeout, TCP keepalives and tcp_user_timeout, and the session settings
    // sent in libpq's options (date and interval styles, client_min_messages and, by purpose,
    // the timeouts), with the conninfo's own options appended after ours. No statement runs
    // after the connection is made.
    static PgConnection open(const QString &conninfo,
                             ConnectionPurpose purpose = ConnectionPurpose::Interactive,
                             const QString &program = {});

    // Non-blocking open, for callers on the GUI thread: beginOpen() returns at once; then call
    // continueOpen() whenever socket() is readable or writable, as the last progress said,
    // until it says Ready or Failed (error() then says why). connect_timeout is the caller's.
    // Parameters as for open().
    enum class OpenProgress
    {
        WaitForRead,
        WaitForWrite,
        Ready,
        Failed
    };
    static PgConnection beginOpen(const QString &conninfo,
                                  ConnectionPurpose purpose = ConnectionPurpose::Interactive,
                                  const QString &program = {});
    OpenProgress continueOpen();

    bool isOpen() const;
    const DbError &error() const { return m_error; }
    QString conninfo() const { return m_conninfo; }

    // One statement; $1..$n bound from params (null QVariant = SQL NULL).
    PgResult exec(const char *sql, const SqlParams &params = {});
    PgResult exec(const QString &sql, const SqlParams &params = {});
    // A statement prepared once per connection under name (a hot path repeated many times).
    PgResult execPrepared(const char *name, const QByteArray &sql, const SqlParams &params);
    // Several statements without parameters (migrations).
    PgResult execScript(const QString &sql);

    // The raw handle, for LISTEN/notification handling.
    pg_conn *handle() const { return m_conn; }
    int socket() const;
    // Resets a broken connection in place.
    bool reset();

    // Once *stop reads true, every further statement fails at once with ConnectionLost without
    // reaching the server: a command whose caller gave up on it rolls back instead of going on.
    // The flag must outlive this connection; nullptr removes it.
    void setStopFlag(const std::atomic_bool *stop) { m_stop = stop; }

private:
    void finishOpen();
    bool stopped() const { return m_stop && m_stop->load(); }

    pg_conn *m_conn = nullptr;
    DbError m_error;
    QString m_conninfo;
    QSet<QByteArray> m_prepared;
    const std::atomic_bool *m_stop = nullptr;
};

// Runs fn inside BEGIN/COMMIT; rolls back when fn returns false or a statement fails.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    bool isActive() const { return m_active; }
    const DbError &error() const { return m_error; }
    PgResult commit();
    void rollback();

private:
    PgConnection &m_connection;
    bool m_active = false;
    DbError m_error;
};

// Returns the conninfo with any password removed, for display.
QString redactedConninfo(const QString &conninfo);
// The same connection as conninfo (key=value or URI), as user with password (a sign-in); an
// empty password leaves libpq to find one (.pgpass, PGPASSFILE). Empty when unreadable.
QString conninfoWithLogin(const QString &conninfo, const QString &user, const QString &password);

} // namespace pela::core
