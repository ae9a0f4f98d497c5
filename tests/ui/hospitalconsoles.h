// Two consoles on one real cluster for hospital mode's tests: a dispatcher's and RSUD
// Haulussy's (HLS) liaison's, each signed in with its own real login, and the dispatcher's own
// commands on a third connection.
#pragma once

#include "commands/incidentcommands.h"
#include "databaseconnector.h"
#include "hospital/hospitalscreen.h"
#include "languageswitcher.h"
#include "live/hospitaltripmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "livesession.h"
#include "mainwindow.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace pela::test {

struct Console
{
    explicit Console(const QString &conninfo) : connector(conninfo), window(&connector, &languages)
    {
        languages.setLanguage(pela::ui::Language::English,
                              pela::ui::LanguageSwitcher::Persistence::ThisSessionOnly);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        connector.connectToDatabase();
        REQUIRE(QTest::qWaitFor([&] { return window.liveSession()->sync()->isOnline(); }, 60'000));
    }
    pela::core::LiveState *state() const { return window.liveSession()->state(); }

    pela::ui::LanguageSwitcher languages;
    pela::ui::DatabaseConnector connector;
    pela::ui::MainWindow window;
};

// A dispatcher's and Haulussy's liaison's consoles, and the dispatcher's own commands.
struct TwoConsoles
{
    TwoConsoles()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pela-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_hospital_mode"));
        QSettings().clear();
        REQUIRE(
            owner.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'HLS'").ok());
        TestLogins logins(owner.conninfo());
        dispatcherLogin = logins.create(QStringLiteral("pela_dispatcher"));
        const QString liaisonLogin =
            logins.create(QStringLiteral("pela_hospital"), QStringLiteral("HLS"));
        dispatcherDb = TestLogins::connect(dispatcherLogin);
        dispatcher = std::make_unique<Console>(dispatcherLogin);
        hospital = std::make_unique<Console>(liaisonLogin);
        screen = hospital->window.hospitalScreen();
        REQUIRE(screen);
        REQUIRE(screen->isVisible());
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(screen->requestModel()),
              static_cast<QAbstractItemModel *>(screen->incomingModel())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        hospital->window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&hospital->window));
    }

    // A P1 medical case at where; at its coordinates when given (ETAs need them).
    pela::core::CommandResult openCase(const char *where, const QGeoCoordinate &at = {})
    {
        pela::core::OpenCaseRequest request;
        if (at.isValid()) {
            request.lat = at.latitude();
            request.lon = at.longitude();
        }
        request.category = QStringLiteral("medical");
        request.priority = 1;
        request.call.callerPhone = QStringLiteral("081247001122");
        request.call.callerName = QStringLiteral("Ibu Maria");
        request.locationText = QLatin1String(where);
        const pela::core::CommandResult opened = commands.openCase(request);
        REQUIRE(opened.ok());
        return opened;
    }

    QString assignmentState(qint64 caseId)
    {
        return owner
            .exec("SELECT a.state FROM assignments a JOIN units u ON u.id = a.unit_id"
                  " WHERE a.case_id = $1 AND u.call_sign = 'AMB-HLS-1'",
                  {caseId})
            .text(0, "state");
    }

    // Presses key with the focus on the hospital's screen, as the liaison would.
    void press(Qt::Key key, QWidget *focus)
    {
        focus->setFocus();
        QTest::keyClick(focus, key);
    }

    pela::core::PgConnection owner = pela::test::connect(TestCluster::instance().freshDatabase());
    QString dispatcherLogin;
    pela::core::PgConnection dispatcherDb;
    pela::core::IncidentCommands commands{dispatcherDb};
    std::unique_ptr<Console> dispatcher;
    std::unique_ptr<Console> hospital;
    pela::ui::HospitalScreen *screen = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace pela::test
