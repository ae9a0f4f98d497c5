// A device's shared token as the database keeps it: "sha256:SALT:HASH", never the token itself.
#pragma once

#include <QString>

namespace pela::core {

class DeviceToken
{
public:
    // A new salted hash of token.
    static QString hash(const QString &token);
    // Whether token is the one hashed (constant time in the token's length).
    static bool matches(const QString &token, const QString &hashed);
    // A random token an admin can give a device: 24 characters of [A-Za-z0-9].
    static QString generate();
};

} // namespace pela::core
