// Which language the console speaks (Indonesian or English): chosen, remembered, switched live.
#pragma once

#include <QObject>
#include <QTranslator>
#include <optional>

namespace pela::ui {

enum class Language
{
    English,
    Indonesian
};

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    enum class Persistence
    {
        Remember,
        ThisSessionOnly
    };

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // forced ("id"/"en" from --language or PELA_LANGUAGE) wins, then the remembered choice,
    // then the system locale (Indonesian locale → Indonesian, anything else → English).
    static Language initialLanguage(const QString &forced = {});
    // "id", "id_ID", "in", "en", "en_US" … ; nullopt for anything else.
    static std::optional<Language> parse(const QString &code);
    static QString code(Language language);

    Language language() const { return m_language; }
    // Installs (or removes) the translator; every widget then receives QEvent::LanguageChange.
    // False when the translation cannot be loaded (the language stays as it was).
    bool setLanguage(Language language, Persistence persistence);

signals:
    void languageChanged(pela::ui::Language language);

private:
    QTranslator m_translator;
    Language m_language = Language::English;
    bool m_installed = false;
};

} // namespace pela::ui
