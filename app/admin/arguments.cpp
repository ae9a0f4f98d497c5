#include "arguments.h"

namespace pela::admin {

const OptionSpec *CommandSpec::option(const QString &name) const
{
    for (const OptionSpec &spec : options)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QString CommandSpec::synopsis() const
{
    QStringList parts{name()};
    parts += arguments;
    for (const OptionSpec &spec : options) {
        const QString text =
            spec.valueName.isEmpty() ? spec.name : spec.name + QLatin1Char(' ') + spec.valueName;
        parts << (spec.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString CommandSpec::usage() const
{
    QString text = QStringLiteral("usage: pela-admin [--db CONNINFO] ") + synopsis() +
                   QLatin1Char('\n') + summary + QLatin1Char('\n') + details;
    for (const OptionSpec &spec : options) {
        const QString head =
            spec.valueName.isEmpty() ? spec.name : spec.name + QLatin1Char(' ') + spec.valueName;
        text += QStringLiteral("  ") + head.leftJustified(20) + QLatin1Char(' ') + spec.help +
                QLatin1Char('\n');
    }
    return text;
}

std::optional<QString> Invocation::value(const QString &name) const
{
    const auto found = options.constFind(name);
    if (found == options.constEnd())
        return std::nullopt;
    return *found;
}

namespace {

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

// An option-like word: "--name" or "-x" with a letter after the dashes; "---", a lone "-" and a
// number (-3.69, -inf) are values.
bool looksLikeOption(const QString &word)
{
    bool number = false;
    word.toDouble(&number); // -3.69, -inf
    if (number)
        return false;
    if (word.startsWith(QLatin1String("--")))
        return word.size() > 2 && word.at(2).isLetter();
    return word.size() > 1 && word.at(0) == QLatin1Char('-') && word.at(1).isLetter();
}

// The commands whose words start with prefix.
QList<const CommandSpec *> commandsUnder(const QStringList &prefix,
                                         const QList<CommandSpec> &commands)
{
    QList<const CommandSpec *> found;
    for (const CommandSpec &command : commands)
        if (command.words.mid(0, prefix.size()) == prefix)
            found << &command;
    return found;
}

} // namespace

ParsedLine parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &commands)
{
    ParsedLine parsed;
    bool help = false;
    // --db and --help may stand anywhere; take them out first, keeping the order of the rest.
    QStringList words;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        if (word == QLatin1String("--db")) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty() ||
                looksLikeOption(arguments[i + 1])) {
                parsed.error = QStringLiteral("--db needs a value (CONNINFO)");
                return parsed;
            }
            parsed.invocation.conninfo = arguments[++i];
        } else if (word.startsWith(QLatin1String("--db="))) {
            parsed.invocation.conninfo = word.mid(5);
            if (parsed.invocation.conninfo.isEmpty()) {
                parsed.error = QStringLiteral("--db needs a value (CONNINFO)");
                return parsed;
            }
        } else if (isHelp(word)) {
            help = true;
        } else {
            words << word;
        }
    }
    if (words.value(0) == QLatin1String("help")) {
        help = true;
        words.removeFirst();
    }

    // The longest run of leading words that names a command.
    const CommandSpec *command = nullptr;
    for (const CommandSpec &candidate : commands)
        if (words.mid(0, candidate.words.size()) == candidate.words &&
            (!command || candidate.words.size() > command->words.size()))
            command = &candidate;
    if (!command) {
        QStringList prefix;
        for (const QString &word : words) {
            if (commandsUnder(prefix + QStringList{word}, commands).isEmpty())
                break;
            prefix << word;
        }
        // Nothing matched at all: the overview of every command.
        if (!prefix.isEmpty())
            parsed.topics = commandsUnder(prefix, commands);
        if (help) {
            parsed.outcome = ParsedLine::Outcome::Help;
        } else if (words.isEmpty()) {
            parsed.error = QStringLiteral("no command given");
        } else if (prefix.isEmpty()) {
            parsed.error = QStringLiteral("unknown command '%1'").arg(words.first());
        } else {
            QStringList next;
            for (const CommandSpec *candidate : parsed.topics)
                next << candidate->words.value(prefix.size());
            next.removeDuplicates();
            const QString given = words.value(prefix.size());
            const QString needs =
                QStringLiteral("%1 needs %2")
                    .arg(prefix.join(QLatin1Char(' ')), next.join(QStringLiteral(", ")));
            parsed.error =
                given.isEmpty()
                    ? needs
                    : QStringLiteral("unknown command '%1'; %2")
                          .arg(words.mid(0, prefix.size() + 1).join(QLatin1Char(' ')), needs);
        }
        return parsed;
    }
    parsed.topics = {command};
    if (help) {
        parsed.outcome = ParsedLine::Outcome::Help;
        return parsed;
    }

    Invocation &invocation = parsed.invocation;
    invocation.command = command;
    auto fail = [&](const QString &error) {
        parsed.error = error;
        return parsed;
    };
    for (int i = command->words.size(); i < words.size(); ++i) {
        const QString &word = words[i];
        if (!looksLikeOption(word)) {
            if (invocation.arguments.size() >= command->arguments.size())
                return fail(
                    QStringLiteral("unexpected argument '%1' for %2").arg(word, command->name()));
            invocation.arguments << word;
            continue;
        }
        const int equals = word.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? word : word.left(equals);
        const OptionSpec *spec = command->option(name);
        if (!spec)
            return fail(QStringLiteral("unknown option '%1' for %2").arg(name, command->name()));
        if (invocation.has(name))
            return fail(QStringLiteral("%1 is given twice").arg(name));
        QString value;
        if (spec->valueName.isEmpty()) {
            if (equals >= 0)
                return fail(QStringLiteral("%1 takes no value").arg(name));
        } else if (equals >= 0) {
            value = word.mid(equals + 1);
        } else if (i + 1 < words.size() && !looksLikeOption(words[i + 1])) {
            value = words[++i];
        } else {
            return fail(QStringLiteral("%1 needs a value (%2)").arg(name, spec->valueName));
        }
        invocation.options.insert(name, value);
    }
    if (invocation.arguments.size() < command->arguments.size())
        return fail(
            QStringLiteral("%1 needs %2")
                .arg(command->name(),
                     command->arguments.mid(invocation.arguments.size()).join(QLatin1Char(' '))));
    for (const OptionSpec &spec : command->options)
        if (spec.required && !invocation.has(spec.name))
            return fail(
                QStringLiteral("%1 needs %2 %3").arg(command->name(), spec.name, spec.valueName));
    parsed.outcome = ParsedLine::Outcome::Run;
    return parsed;
}

} // namespace pela::admin
