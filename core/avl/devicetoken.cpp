#include "devicetoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

namespace pela::core {

namespace {

QByteArray digest(const QByteArray &salt, const QString &token)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(token.toUtf8());
    return hash.result();
}

} // namespace

QString DeviceToken::hash(const QString &token)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    return QStringLiteral("sha256:%1:%2")
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(digest(salt, token).toHex()));
}

bool DeviceToken::matches(const QString &token, const QString &hashed)
{
    const QStringList parts = hashed.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QLatin1String("sha256"))
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[1].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[2].toLatin1());
    const QByteArray actual = digest(salt, token);
    if (expected.size() != actual.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return difference == 0;
}

QString DeviceToken::generate()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < 24; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return token;
}

} // namespace pela::core
