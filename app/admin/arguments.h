// pela-admin's command line, parsed strictly against each command's own words, arguments and
// options: an unknown, repeated or value-less option, a missing or extra argument is refused,
// naming it; --help (or -h) after any command asks for that command's usage.
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace pela::admin {

class Output;
struct Invocation;
using Handler = int (*)(const Invocation &, Output &);

struct OptionSpec
{
    QString name;      // "--phone"
    QString valueName; // "P"; empty for a flag
    QString help;      // one line
    bool required = false;
};

struct CommandSpec
{
    QStringList words;     // {"case", "open"}
    QStringList arguments; // positional, all required: {"NUMBER"}
    QList<OptionSpec> options;
    QString summary; // what it does, one line
    Handler handler = nullptr;
    QString details = {}; // more lines for its --help, each ending in a newline

    QString name() const { return words.join(QLatin1Char(' ')); }
    const OptionSpec *option(const QString &name) const;
    // "case open --phone P --category C --priority N [--lat X] ..."
    QString synopsis() const;
    // The synopsis, the summary and one line per option.
    QString usage() const;
};

// What the command line asked for, once parsed.
struct Invocation
{
    const CommandSpec *command = nullptr;
    QString conninfo; // --db, anywhere on the line
    QStringList arguments;
    QHash<QString, QString> options; // name -> value ("" for a flag)

    bool has(const QString &name) const { return options.contains(name); }
    std::optional<QString> value(const QString &name) const;
    QString argument(int index) const { return arguments.value(index); }
};

struct ParsedLine
{
    enum class Outcome
    {
        Run,   // invocation.command is set
        Help,  // print the usage of topics (all commands when empty), exit 0
        Error, // print error and the usage of topics, exit 2
    };
    Outcome outcome = Outcome::Error;
    Invocation invocation;
    QString error;
    QList<const CommandSpec *> topics;
};

ParsedLine parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &commands);

} // namespace pela::admin
