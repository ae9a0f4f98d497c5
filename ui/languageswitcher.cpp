#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace pela::ui {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
const QString indonesianTranslation = QStringLiteral(":/pela/i18n/pela_id.qm");
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

std::optional<Language> LanguageSwitcher::parse(const QString &code)
{
    const QString language =
        code.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (language == QLatin1String("id") || language == QLatin1String("in"))
        return Language::Indonesian;
    if (language == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QString LanguageSwitcher::code(Language language)
{
    return language == Language::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

Language LanguageSwitcher::initialLanguage(const QString &forced)
{
    if (const auto language = parse(forced))
        return *language;
    if (const auto language = parse(qEnvironmentVariable("PELA_LANGUAGE")))
        return *language;
    if (const auto language = parse(QSettings().value(settingsKey).toString()))
        return *language;
    return QLocale::system().language() == QLocale::Indonesian ? Language::Indonesian
                                                               : Language::English;
}

bool LanguageSwitcher::setLanguage(Language language, Persistence persistence)
{
    if (language == Language::Indonesian && !m_installed) {
        if (!m_translator.load(indonesianTranslation))
            return false;
        m_installed = QCoreApplication::installTranslator(&m_translator);
        if (!m_installed)
            return false;
    } else if (language == Language::English && m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // Dates and numbers follow the language too (Indonesian: 17.08.2026, 1.234,5).
    QLocale::setDefault(language == Language::Indonesian
                            ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (persistence == Persistence::Remember)
        QSettings().setValue(settingsKey, code(language));
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return true;
}

} // namespace pela::ui
