#include "gatewaylogin.h"

#include "db/embeddedserver.h"
#include "db/pgconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace pela::core {

QString GatewayLogin::passwordFile(const QString &home)
{
    return home + QStringLiteral("/gateway.pgpass");
}

DbError GatewayLogin::ensure(PgConnection &superuser, const QString &home)
{
    const QString name = QString::fromLatin1(LoginName);
    const QString path = passwordFile(home);
    const PgResult exists = superuser.exec(
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS present", {name});
    if (!exists.ok())
        return exists.error();
    const bool present = exists.toBool(0, "present");
    if (present && QFileInfo::exists(path)) {
        // Still only a member of pela_avl (an earlier Pela, or a hand, may have changed it).
        const PgResult granted = superuser.exec("GRANT pela_avl TO pela_gateway");
        return granted.error();
    }
    // 32 hex digits: nothing a pgpass line or SQL literal needs to escape.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    const QString password = QString::fromLatin1(random.toHex());
    // Utility statements take no parameters: format() quotes the name and the password.
    const PgResult statement = superuser.exec(
        present ? "SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql"
                : "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE pela_avl', $1::text,"
                  " $2::text) AS sql",
        {name, password});
    if (!statement.ok())
        return statement.error();
    const PgResult changed = superuser.exec(statement.text(0, "sql"));
    if (!changed.ok())
        return changed.error();
    if (present) {
        const PgResult granted = superuser.exec("GRANT pela_avl TO pela_gateway");
        if (!granted.ok())
            return granted.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return DbError(DbError::Kind::ServerStart,
                       tr("Cannot write the gateway's password file %1.").arg(path));
    file.write(QStringLiteral("*:*:*:%1:%2\n").arg(name, password).toUtf8());
    if (!file.commit())
        return DbError(DbError::Kind::ServerStart,
                       tr("Cannot write the gateway's password file %1.").arg(path));
    return {};
}

QString GatewayLogin::conninfo(const EmbeddedServer &server)
{
    const QString path = passwordFile(server.home());
    if (!QFileInfo::exists(path))
        return {};
    // passfile: libpq reads the password itself (and refuses a file others may read).
    return server.conninfo(QStringLiteral("pela"), QString::fromLatin1(LoginName)) +
           QStringLiteral(" passfile='%1'")
               .arg(QString(path)
                        .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                        .replace(QLatin1Char('\''), QStringLiteral("\\'")));
}

} // namespace pela::core
