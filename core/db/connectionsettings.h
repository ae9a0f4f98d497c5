// Where the database is: --db, PELA_DATABASE_URL, the settings file, or the embedded default.
#pragma once

#include <QString>

namespace pela::core {

struct ConnectionSettings
{
    enum class Source
    {
        CommandLine,
        Environment,
        SettingsFile,
        Embedded
    };

    Source source = Source::Embedded;
    QString conninfo; // empty for Embedded until the server is running

    bool isEmbedded() const { return source == Source::Embedded; }
    // commandLineConninfo wins; then the environment; then the settings file.
    static ConnectionSettings resolve(const QString &commandLineConninfo = {});
    // $XDG_CONFIG_HOME/pela/pela.conf, key [database] url=...
    static QString settingsFilePath();
};

} // namespace pela::core
