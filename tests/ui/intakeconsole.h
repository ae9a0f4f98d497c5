// A console as an operator starts it (DatabaseConnector and MainWindow on a real database, the
// intake's journal under its own PELA_HOME, a workstation name the phone system rings), for the
// intake's end-to-end tests, the child console the crash test kills, and bench_intake.
#pragma once

#include "databaseconnector.h"
#include "intake/intakecontroller.h"
#include "intake/intakeform.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <memory>

namespace pela::test {

class IntakeConsole
{
public:
    // home: this console's PELA_HOME (the journal's folder); workstation: the name rings are
    // addressed to. Starts connecting at once.
    IntakeConsole(const QString &conninfo, const QString &home, const QString &workstation,
                  ui::Language language = ui::Language::English);
    ~IntakeConsole();

    ui::MainWindow &window() { return *m_window; }
    ui::IntakeForm &form() { return *m_window->intakeForm(); }
    ui::IntakeController &controller() { return *m_window->intakeController(); }
    ui::DatabaseConnector &connector() { return *m_connector; }

    enum class Live
    {
        Needed,
        NotNeeded, // a login that reads no cases (a hospital's): live sync cannot load
    };
    // Connected, the gazetteer loaded from the database, and live sync online when needed.
    bool waitReady(Live live = Live::Needed, int timeoutMs = 20000);
    // Shown at 1366x768 and the active window, so keys reach its focus widget.
    bool activate();

private:
    ui::LanguageSwitcher m_languages;
    std::unique_ptr<ui::DatabaseConnector> m_connector;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_gazetteerLoaded = false;
};

// Runs `pela-admin call ring` as the phone system would; its exit code.
int ringFromPhoneSystem(const QString &loginConninfo, const QString &phone,
                        const QString &workstation);

} // namespace pela::test
