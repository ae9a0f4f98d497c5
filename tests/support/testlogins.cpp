#include "testlogins.h"

#include "testcluster.h"

#include <QRegularExpression>
#include <QUuid>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace pela::test {

using namespace pela::core;

TestLogins::TestLogins(QString ownerConninfo) : m_ownerConninfo(std::move(ownerConninfo)) {}

QString TestLogins::create(const QString &groupRole, const QString &hospitalCode)
{
    // Roles are cluster-wide: the name carries the process and a counter to stay unique.
    static int counter = 0;
    const QString name = QStringLiteral("login_%1_%2_%3")
                             .arg(getpid())
                             .arg(++counter)
                             .arg(QString(groupRole).remove(QStringLiteral("pela_")));
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PgConnection owner = pela::test::connect(m_ownerConninfo);
    // Identifiers cannot be bound: the name and group are made here from fixed words and
    // digits, the password is a UUID.
    const PgResult created =
        owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                       .arg(name, password, groupRole));
    if (!created.ok())
        FAIL("creating login " << name.toStdString()
                               << " failed: " << created.error().fullText().toStdString());
    if (!hospitalCode.isEmpty()) {
        const PgResult bound = owner.exec("INSERT INTO hospital_logins (login, hospital_id)"
                                          " SELECT $1, id FROM hospitals WHERE code = $2",
                                          {name, hospitalCode});
        if (!bound.ok() || bound.affectedRows() != 1)
            FAIL("binding " << name.toStdString() << " to " << hospitalCode.toStdString()
                            << " failed");
    }
    return m_ownerConninfo + QStringLiteral(" user=%1 password=%2").arg(name, password);
}

PgConnection TestLogins::connect(const QString &loginConninfo)
{
    PgConnection connection = PgConnection::open(loginConninfo, core::ConnectionPurpose::Interactive,
                                                        QStringLiteral("pela-test"));
    if (!connection.isOpen())
        FAIL("cannot connect as " << loginName(loginConninfo).toStdString() << ": "
                                  << connection.error().fullText().toStdString());
    const QString who = connection.exec("SELECT session_user").text(0, 0);
    if (who != loginName(loginConninfo))
        FAIL("connected as " << who.toStdString() << ", not as "
                             << loginName(loginConninfo).toStdString());
    return connection;
}

QString TestLogins::loginName(const QString &loginConninfo)
{
    // The last user= wins in libpq, as it does here (create() appends to the owner's).
    static const QRegularExpression user(QStringLiteral("\\buser=(\\S+)"));
    QString name;
    for (const QRegularExpressionMatch &match : user.globalMatch(loginConninfo))
        name = match.captured(1);
    return name;
}

} // namespace pela::test
