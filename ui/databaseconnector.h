// Opens the console's database off the GUI thread (starting the embedded server and migrating
// it when that is the choice) and hands on where it is: the GUI thread keeps no connection.
#pragma once

#include "db/database.h"

#include <QObject>

class QThread;

namespace pela::ui {

class DatabaseConnector : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    // commandLineConninfo: the --db value; empty lets core use PELA_DATABASE_URL, the settings
    // file or the embedded default.
    explicit DatabaseConnector(QString commandLineConninfo = {}, QObject *parent = nullptr);
    // Waits a little for an attempt in progress (initdb must not be cut in half); after that
    // the attempt is abandoned and its thread left to finish on its own.
    ~DatabaseConnector() override;

    QString commandLineConninfo() const { return m_commandLineConninfo; }
    // Used by the next connectToDatabase() (a retry against another server).
    void setCommandLineConninfo(const QString &conninfo) { m_commandLineConninfo = conninfo; }

    State state() const { return m_state; }
    // Where the current or last attempt goes (resolved when the attempt starts).
    const core::ConnectionSettings &settings() const { return m_settings; }
    // The reason of the last failure; no error unless state() is Failed.
    const core::DbError &error() const { return m_database.error; }
    // The conninfo actually used, password removed; empty before the first attempt finished.
    QString displayConninfo() const;

    // The conninfo of the opened database, for live sync and the command runner; empty unless
    // state() is Connected.
    QString conninfo() const
    {
        return m_state == State::Connected ? m_database.conninfo : QString();
    }
    // The program name the console's connections carry ("pela-console@<host>").
    static QString programName() { return QStringLiteral("pela-console"); }

    // Who the console is signed in as (the server's session_user); empty unless Connected.
    QString signedInAs() const { return m_state == State::Connected ? m_signedInAs : QString(); }
    // The last attempt was refused for who we are (no password, a wrong one): a sign-in helps.
    bool needsSignIn() const
    {
        return m_state == State::Failed && error().kind() == core::DbError::Kind::Authentication;
    }
    // Connects again as user with password, over the same server and database. Both are kept
    // in memory only, never on disk; an empty password leaves libpq's .pgpass to supply one.
    void signIn(const QString &user, const QString &password);

    // Starts an attempt in a worker thread unless one is running; the outcome is announced by
    // connected() or failed(). Any previous connection is dropped when the new one arrives.
    void connectToDatabase();

signals:
    void stateChanged(pela::ui::DatabaseConnector::State state);
    void connected();
    void failed(const pela::core::DbError &error);

private:
    void finish(core::OpenedDatabase database);
    void setState(State state);

    QString m_commandLineConninfo;
    QString m_signInConninfo; // the conninfo with the signed-in user and password, once given
    QString m_signedInAs;
    core::ConnectionSettings m_settings;
    core::OpenedDatabase m_database;
    State m_state = State::Idle;
    QThread *m_worker = nullptr; // not owned: deletes itself when its attempt finished
};

} // namespace pela::ui
