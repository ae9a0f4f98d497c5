#include "intakeconsole.h"

#include "consolelayout.h"
#include "live/livesync.h"
#include "livesession.h"
#include "processrunner.h"

#include <QApplication>
#include <QTest>

namespace pela::test {

IntakeConsole::IntakeConsole(const QString &conninfo, const QString &home,
                             const QString &workstation, ui::Language language)
{
    m_languages.setLanguage(language, ui::LanguageSwitcher::Persistence::ThisSessionOnly);
    // The journal is opened under PELA_HOME as the window is made.
    qputenv("PELA_HOME", QFile::encodeName(home));
    // The owner (a superuser) is a shift lead first, whose layout has no intake form: these
    // consoles take calls, so the workstation chose the call-taker's layout for it.
    ui::ConsoleLayout::remember(QStringLiteral("shift_lead"), ui::ConsoleLayout::Kind::CallTaker);
    m_connector = std::make_unique<ui::DatabaseConnector>(conninfo);
    m_window = std::make_unique<ui::MainWindow>(m_connector.get(), &m_languages);
    controller().setWorkstation(workstation);
    QObject::connect(&controller(), &ui::IntakeController::gazetteerLoaded,
                     [this] { m_gazetteerLoaded = true; });
    m_connector->connectToDatabase();
}

IntakeConsole::~IntakeConsole()
{
    m_window.reset();
    m_languages.setLanguage(ui::Language::English,
                            ui::LanguageSwitcher::Persistence::ThisSessionOnly);
}

bool IntakeConsole::waitReady(Live live, int timeoutMs)
{
    return QTest::qWaitFor(
        [this, live] {
            core::LiveSync *sync = m_window->liveSession()->sync();
            return m_connector->state() == ui::DatabaseConnector::State::Connected &&
                   m_gazetteerLoaded && (live == Live::NotNeeded || (sync && sync->isOnline()));
        },
        timeoutMs);
}

bool IntakeConsole::activate()
{
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitForWindowActive(m_window.get());
}

int ringFromPhoneSystem(const QString &loginConninfo, const QString &phone,
                        const QString &workstation)
{
    const ProcessOutput rang =
        runProgram(pelaAdminPath(), {QStringLiteral("--db"), loginConninfo, QStringLiteral("call"),
                                     QStringLiteral("ring"), QStringLiteral("--phone"), phone,
                                     QStringLiteral("--workstation"), workstation});
    if (rang.exitCode != 0)
        qWarning("pela-admin call ring failed: %s", qUtf8Printable(rang.err));
    return rang.exitCode;
}

} // namespace pela::test
