#include "databaseconnector.h"

#include <QDeadlineTimer>
#include <QThread>
#include <memory>

namespace pela::ui {

namespace {
constexpr int shutdownWaitMs = 10'000;
} // namespace

DatabaseConnector::DatabaseConnector(QString commandLineConninfo, QObject *parent)
    : QObject(parent), m_commandLineConninfo(std::move(commandLineConninfo))
{
}

DatabaseConnector::~DatabaseConnector()
{
    if (m_worker && m_worker->isRunning())
        m_worker->wait(QDeadlineTimer(shutdownWaitMs));
}

QString DatabaseConnector::displayConninfo() const
{
    const QString conninfo =
        m_database.conninfo.isEmpty() ? m_settings.conninfo : m_database.conninfo;
    return conninfo.isEmpty() ? QString() : core::redactedConninfo(conninfo);
}

void DatabaseConnector::connectToDatabase()
{
    if (m_state == State::Connecting)
        return;
    m_settings = core::ConnectionSettings::resolve(m_commandLineConninfo);

    // The worker only touches its own result; the GUI thread takes it after `finished`. The
    // connection ends with the worker: commands and live sync open their own.
    auto result = std::make_shared<core::OpenedDatabase>();
    auto user = std::make_shared<QString>();
    const QString conninfo = m_signInConninfo.isEmpty() ? m_commandLineConninfo : m_signInConninfo;
    QThread *worker = QThread::create([result, user, conninfo] {
        *result = core::openDatabase(conninfo, core::SchemaPolicy::MigrateEmbedded, programName());
        if (result->ok())
            *user = result->connection.exec("SELECT session_user AS login").text(0, "login");
        result->connection = core::PgConnection();
    });
    worker->setObjectName(QStringLiteral("pela-db-connect"));
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, worker, result, user] {
        if (m_worker == worker)
            m_worker = nullptr;
        m_signedInAs = *user;
        finish(std::move(*result));
    });
    setState(State::Connecting);
    worker->start();
}

void DatabaseConnector::signIn(const QString &user, const QString &password)
{
    // The server and database of the attempt that was refused, whatever chose them.
    QString base = m_database.conninfo.isEmpty() ? m_settings.conninfo : m_database.conninfo;
    if (base.isEmpty())
        base = m_commandLineConninfo;
    const QString signedIn = core::conninfoWithLogin(base, user.trimmed(), password);
    if (signedIn.isEmpty())
        return;
    m_signInConninfo = signedIn;
    connectToDatabase();
}

void DatabaseConnector::finish(core::OpenedDatabase database)
{
    m_database = std::move(database);
    m_settings = m_database.settings;
    if (m_database.ok()) {
        setState(State::Connected);
        emit connected();
    } else {
        setState(State::Failed);
        emit failed(m_database.error);
    }
}

void DatabaseConnector::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace pela::ui
