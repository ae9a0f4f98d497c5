#include "dberror.h"

namespace pela::core {

QString DbError::fullText() const
{
    const QString text = message();
    if (m_detail.isEmpty() || m_detail == text)
        return text;
    return text + QStringLiteral(" (") + m_detail.trimmed() + QLatin1Char(')');
}

DbError DbError::fromConnectionFailure(const QString &libpqMessage, bool needsPassword)
{
    const QString text = libpqMessage.trimmed();
    auto has = [&](const char *fragment) {
        return text.contains(QLatin1String(fragment), Qt::CaseInsensitive);
    };
    if (has("does not exist") && has("database"))
        return fixed(Kind::DatabaseMissing,
                     QT_TRANSLATE_NOOP("pela::core::DbError",
                                       "The database server answered, but the Pela database "
                                       "does not exist on it."),
                     text, QStringLiteral("3D000"));
    if (needsPassword || has("password") || has("authentication") || has("pg_hba.conf") ||
        (has("role") && has("does not exist")))
        return fixed(Kind::Authentication,
                     QT_TRANSLATE_NOOP("pela::core::DbError",
                                       "The database server refused the login (wrong user name "
                                       "or password, or this workstation is not allowed)."),
                     text, QStringLiteral("28000"));
    return fixed(Kind::Unreachable,
                 QT_TRANSLATE_NOOP("pela::core::DbError",
                                   "The database server cannot be reached (it is not running, or "
                                   "the address is wrong, or the network is down)."),
                 text, QStringLiteral("08001"));
}

} // namespace pela::core
