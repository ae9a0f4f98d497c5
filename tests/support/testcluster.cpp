#include "testcluster.h"

#include "db/migrator.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace pela::test {

using namespace pela::core;

namespace {
std::unique_ptr<TestCluster> s_cluster;
}

TestCluster &TestCluster::instance()
{
    if (!s_cluster)
        s_cluster.reset(new TestCluster);
    return *s_cluster;
}

void TestCluster::shutdown()
{
    s_cluster.reset();
}

// A test killed mid-run leaves its cluster running: the next run stops and removes it.
static void removeAbandonedClusters()
{
    const QDir temp(QDir::tempPath());
    for (const QString &name : temp.entryList({QStringLiteral("pela-test-*")}, QDir::Dirs)) {
        QFile owner(temp.filePath(name) + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const pid_t pid = pid_t(owner.readAll().trimmed().toLongLong());
        // Only a recorded owner that no longer exists; an empty file is one being written.
        if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        EmbeddedServer(EmbeddedServerOptions{temp.filePath(name), false, 250}).destroy();
    }
}

TestCluster::TestCluster()
{
    removeAbandonedClusters();
    // Under /tmp (traversable by the server user when we are root), removed at exit.
    QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/pela-test-XXXXXX"));
    directory.setAutoRemove(false);
    m_home = directory.path();
    QFile owner(m_home + QStringLiteral("/owner.pid"));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(qint64(getpid())));
    ::chmod(QFile::encodeName(m_home).constData(), 0755);
    m_server =
        std::make_unique<EmbeddedServer>(EmbeddedServerOptions{m_home, /*durable*/ false, 250});
    const DbError started = m_server->ensureRunning();
    if (started.isError())
        FAIL("test cluster did not start: " << started.fullText().toStdString());

    // Template databases: migrated once, cloned per test (CREATE DATABASE ... TEMPLATE).
    // Maintenance connections: a slow machine must not cut the template's creation short.
    PgConnection admin =
        connect(m_server->conninfo(QStringLiteral("postgres")), ConnectionPurpose::Maintenance);
    admin.exec("CREATE DATABASE pela_template");
    {
        PgConnection templateDb = connect(m_server->conninfo(QStringLiteral("pela_template")),
                                          ConnectionPurpose::Maintenance);
        const MigrationResult migrated = Migrator::migrate(templateDb);
        if (!migrated.ok())
            FAIL("migrating the template failed: " << migrated.error.fullText().toStdString());
    }
    admin.exec("CREATE DATABASE pela_template_demo TEMPLATE pela_template");
    {
        PgConnection demoDb = connect(m_server->conninfo(QStringLiteral("pela_template_demo")),
                                      ConnectionPurpose::Maintenance);
        const DbError loaded = Migrator::loadDemoData(demoDb);
        if (loaded.isError())
            FAIL("loading the demo fleet failed: " << loaded.fullText().toStdString());
    }
}

TestCluster::~TestCluster()
{
    if (m_server)
        m_server->destroy();
}

QString TestCluster::createDatabase(const QString &templateName)
{
    const QString name = QStringLiteral("t%1_%2").arg(getpid()).arg(++m_counter);
    PgConnection admin =
        connect(m_server->conninfo(QStringLiteral("postgres")), ConnectionPurpose::Maintenance);
    // Identifiers cannot be bound; both names are made here from digits and fixed words.
    const PgResult created =
        admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName));
    if (!created.ok())
        FAIL("creating a test database failed: " << created.error().fullText().toStdString());
    return m_server->conninfo(name);
}

QString TestCluster::freshDatabase(Fleet fleet)
{
    return createDatabase(fleet == Fleet::Demo ? QStringLiteral("pela_template_demo")
                                               : QStringLiteral("pela_template"));
}

QString TestCluster::emptyDatabase()
{
    return createDatabase(QStringLiteral("template0"));
}

PgConnection connect(const QString &conninfo, ConnectionPurpose purpose)
{
    PgConnection connection = PgConnection::open(conninfo, purpose, QStringLiteral("pela-test"));
    if (!connection.isOpen())
        FAIL("cannot connect to " << conninfo.toStdString() << ": "
                                  << connection.error().fullText().toStdString());
    return connection;
}

} // namespace pela::test
