// A whole console window for widget tests: connected over a conninfo, live, its login's roles
// known, in English, its clock the server's moved on by skew seconds; and the test's own
// settings, so no test reads another's remembered layout or filter.
#pragma once

#include "board/boardsession.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "livesession.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

namespace pela::test {

inline void isolateSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("pela-test"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
}

struct SignedInConsole
{
    enum class Focus
    {
        Shown,
        Active
    }; // Active: shortcuts (F8, Ctrl+Z) reach it

    explicit SignedInConsole(const QString &conninfo, QSize size = {1600, 900},
                             Focus focus = Focus::Shown)
        : connector(conninfo), window(&connector, &languages)
    {
        languages.setLanguage(ui::Language::English,
                              ui::LanguageSwitcher::Persistence::ThisSessionOnly);
        window.liveSession()->state()->clock().setWorkstationClock(
            [this] { return QDateTime::currentDateTimeUtc().addSecs(skew); });
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        if (focus == Focus::Active) {
            window.activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(&window));
        }
        connector.connectToDatabase();
        REQUIRE(QTest::qWaitFor(
            [this] { return connector.state() == ui::DatabaseConnector::State::Connected; },
            120'000));
        REQUIRE(
            QTest::qWaitFor([this] { return window.liveSession()->sync()->isOnline(); }, 10'000));
        // The login's groups come through the runner: layouts, alerts and actions depend on them.
        REQUIRE(QTest::qWaitFor(
            [this] { return !window.liveSession()->loginProfile().login.isEmpty(); }, 5000));
    }
    ~SignedInConsole()
    {
        languages.setLanguage(ui::Language::English,
                              ui::LanguageSwitcher::Persistence::ThisSessionOnly);
    }

    // Moves the console's clock on and lets the board see it, as its one-second timer does.
    void after(int seconds)
    {
        skew += seconds;
        window.boardSession()->tick();
    }

    ui::LanguageSwitcher languages;
    ui::DatabaseConnector connector;
    ui::MainWindow window;
    qint64 skew = 0;
};

} // namespace pela::test
