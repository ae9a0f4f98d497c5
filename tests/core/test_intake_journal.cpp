// The offline intake journal on its own: a private file, requests kept exactly, revisions,
// leases between senders (two journal objects on one file, as two consoles or a restarted one),
// a dead console's leases, refused entries; and the workstation name rings are addressed to.
#include "intake/intakejournal.h"
#include "intake/intakejson.h"
#include "intake/workstation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace pela::core;

namespace {

mode_t permissions(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

OpenCaseRequest fullRequest()
{
    OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("0812 3456 7890");
    request.call.callerName = QStringLiteral("Ibu Maria");
    request.call.ringAt = QDateTime(QDate(2026, 3, 25), QTime(2, 0, 1, 250), Qt::UTC);
    request.call.answeredAt = QDateTime(QDate(2026, 3, 25), QTime(2, 0, 4, 7), Qt::UTC);
    request.call.amlLat = -3.6954;
    request.call.amlLon = 128.1814;
    request.call.amlAccuracyM = 35;
    request.locationText = QStringLiteral("depan masjid, Batu Merah");
    request.kelurahanCode = QStringLiteral("81.71.02.2003");
    request.lat = -3.68237;
    request.lon = 128.215481;
    request.locationSource = QStringLiteral("gazetteer");
    request.patientsCount = 2;
    request.triage = {{QStringLiteral("codes"), QJsonArray{QStringLiteral("A.00.01")}},
                      {QStringLiteral("priority"), 1}};
    request.notes = QStringLiteral("two lines\nof notes");
    request.clientKey = QStringLiteral("4b1c1d0e-0000-4000-8000-000000000001");
    return request;
}

JournalEntry openCase(const OpenCaseRequest &request)
{
    return {request.clientKey, JournalEntry::Kind::OpenCase, intakejson::fromOpenCase(request)};
}

struct Folder
{
    QTemporaryDir directory;
    QString path() const { return directory.filePath(QStringLiteral("intake-journal.sqlite")); }
};

std::unique_ptr<IntakeJournal> openJournal(const QString &path)
{
    QString error;
    std::unique_ptr<IntakeJournal> journal = IntakeJournal::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(journal);
    return journal;
}

} // namespace

TEST_CASE("the journal file is readable by its user only, also when it existed with wider "
          "permissions")
{
    Folder folder;
    {
        const auto journal = openJournal(folder.path());
        CHECK(journal->put(openCase(fullRequest())) == 1);
    }
    CHECK(permissions(folder.path()) == 0600);
    REQUIRE(::chmod(QFile::encodeName(folder.path()).constData(), 0644) == 0);
    const auto again = openJournal(folder.path());
    CHECK(permissions(folder.path()) == 0600);
    CHECK(again->waitingCount() == 1);
}

TEST_CASE("a journal that cannot be created says why")
{
    QString error;
    CHECK_FALSE(IntakeJournal::open(QStringLiteral("/proc/pela-nowhere/intake.sqlite"), &error));
    CHECK(error.contains(QStringLiteral("/proc/pela-nowhere")));
}

TEST_CASE("a request kept in the journal comes back exactly as it was made")
{
    Folder folder;
    const OpenCaseRequest request = fullRequest();
    {
        const auto journal = openJournal(folder.path());
        REQUIRE(journal->put(openCase(request)) == 1);
    }
    // Read back by another object, as the next console start does.
    const auto journal = openJournal(folder.path());
    const QList<JournalEntry> entries = journal->entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().kind == JournalEntry::Kind::OpenCase);
    const OpenCaseRequest back = intakejson::toOpenCase(entries.first().payload);
    CHECK(intakejson::fromOpenCase(back) == intakejson::fromOpenCase(request));
    CHECK(back.call.answeredAt == request.call.answeredAt); // to the millisecond
    CHECK(back.call.ringAt == request.call.ringAt);
    CHECK(back.clientKey == request.clientKey);
    REQUIRE(back.lat.has_value());
    CHECK(*back.lat == request.lat);
    CHECK_FALSE(back.locationUncertaintyM.has_value());
    CHECK(back.notes == request.notes);

    // Absent stays absent: a withheld call with no ring time and no point.
    OpenCaseRequest sparse;
    sparse.category = QStringLiteral("prank_silent");
    sparse.priority = 4;
    sparse.call.callerPhoneWithheld = true;
    const OpenCaseRequest sparseBack = intakejson::toOpenCase(intakejson::fromOpenCase(sparse));
    CHECK(sparseBack.call.callerPhoneWithheld);
    CHECK_FALSE(sparseBack.call.ringAt.isValid());
    CHECK_FALSE(sparseBack.call.answeredAt.isValid());
    CHECK_FALSE(sparseBack.lat.has_value());
    CHECK_FALSE(sparseBack.call.amlLat.has_value());

    CaseDetailsChange change;
    change.triage = request.triage;
    change.patientsCount = 0;
    change.kelurahanCode = QString();
    const CaseDetailsChange changeBack =
        intakejson::toDetailsChange(intakejson::fromDetailsChange(change));
    CHECK(changeBack.triage == change.triage);
    CHECK(changeBack.patientsCount == 0);
    REQUIRE(changeBack.kelurahanCode.has_value());
    CHECK(changeBack.kelurahanCode->isEmpty());
    CHECK_FALSE(changeBack.notes.has_value());
}

TEST_CASE("putting the same intake again replaces it; an entry sent as it was is removed, a newer "
          "one stays to be sent")
{
    Folder folder;
    const auto journal = openJournal(folder.path());
    OpenCaseRequest request = fullRequest();
    REQUIRE(journal->put(openCase(request)) == 1);
    request.priority = 2;
    CHECK(journal->put(openCase(request)) == 2);
    CHECK(journal->waitingCount() == 1);
    CHECK(intakejson::toOpenCase(journal->entry(request.clientKey)->payload).priority == 2);

    const std::optional<JournalEntry> claimed = journal->claimNext(std::chrono::seconds(60));
    REQUIRE(claimed);
    CHECK(claimed->revision == 2);
    // While it is on its way the call-taker answers another question.
    request.patientsCount = 3;
    CHECK(journal->put(openCase(request)) == 3);
    CHECK(journal->remove(request.clientKey, claimed->revision));
    REQUIRE(journal->entry(request.clientKey));
    // ...and it is free to be sent again at once, with its latest state.
    const std::optional<JournalEntry> again = journal->claimNext(std::chrono::seconds(60));
    REQUIRE(again);
    CHECK(intakejson::toOpenCase(again->payload).patientsCount == 3);
    CHECK(journal->remove(request.clientKey, again->revision));
    CHECK(journal->waitingCount() == 0);
    CHECK(journal->entries().isEmpty());
}

TEST_CASE("an entry being sent is leased to one sender; another console's journal takes it only "
          "when the lease ends or is released")
{
    Folder folder;
    const auto first = openJournal(folder.path());
    const auto second = openJournal(folder.path());
    QDateTime now = QDateTime::currentDateTimeUtc();
    auto clock = [&now] { return now; };
    first->setClock(clock);
    second->setClock(clock);
    OpenCaseRequest one = fullRequest();
    OpenCaseRequest two = fullRequest();
    two.clientKey = QStringLiteral("4b1c1d0e-0000-4000-8000-000000000002");
    REQUIRE(first->put(openCase(one)) == 1);
    REQUIRE(second->put(openCase(two)) == 1);

    const std::optional<JournalEntry> taken = first->claimNext(std::chrono::seconds(60));
    REQUIRE(taken);
    CHECK(taken->key == one.clientKey); // oldest first
    CHECK(taken->attempts == 1);
    const std::optional<JournalEntry> other = second->claimNext(std::chrono::seconds(60));
    REQUIRE(other);
    CHECK(other->key == two.clientKey);
    CHECK_FALSE(second->claimNext(std::chrono::seconds(60)));

    now = now.addSecs(61);
    const std::optional<JournalEntry> expired = second->claimNext(std::chrono::seconds(60));
    REQUIRE(expired);
    CHECK(expired->key == one.clientKey);
    CHECK(expired->attempts == 2);

    CHECK(second->release(one.clientKey, QStringLiteral("no answer")));
    const std::optional<JournalEntry> released = first->claimNext(std::chrono::seconds(60));
    REQUIRE(released);
    CHECK(released->key == one.clientKey);
    CHECK(released->lastError == QStringLiteral("no answer"));
}

TEST_CASE("the form's own save is held from other senders; the holds of a console that died are "
          "released when the next one opens the journal")
{
    Folder folder;
    const auto console = openJournal(folder.path());
    const OpenCaseRequest request = fullRequest();
    REQUIRE(console->put(openCase(request), IntakeJournal::Lease::Held) == 1);
    const auto other = openJournal(folder.path());
    CHECK_FALSE(other->claimNext(std::chrono::seconds(60)));
    CHECK(other->waitingCount() == 1); // not sent yet, so it counts

    // A console process that held it and was killed: its pid no longer exists.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999'999;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("test-journal-raw"));
        db.setDatabaseName(folder.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("UPDATE entries SET lease_owner = '%1/dead-console'").arg(deadPid)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-journal-raw"));
    CHECK_FALSE(other->claimNext(std::chrono::seconds(60)));
    const auto restarted = openJournal(folder.path());
    const std::optional<JournalEntry> taken = restarted->claimNext(std::chrono::seconds(60));
    REQUIRE(taken);
    CHECK(taken->key == request.clientKey);
}

TEST_CASE("a refused entry is kept with its reason and never sent again, unless put again")
{
    Folder folder;
    const auto journal = openJournal(folder.path());
    const OpenCaseRequest request = fullRequest();
    REQUIRE(journal->put(openCase(request)) == 1);
    int changes = 0;
    QObject::connect(journal.get(), &IntakeJournal::changed, [&changes] { ++changes; });
    CHECK(journal->markRefused(request.clientKey, QStringLiteral("Case 2026-000001 is closed.")));
    CHECK(changes == 1);
    CHECK(journal->waitingCount() == 0);
    CHECK(journal->refusedCount() == 1);
    CHECK_FALSE(journal->claimNext(std::chrono::seconds(60)));
    CHECK(journal->entry(request.clientKey)->lastError ==
          QStringLiteral("Case 2026-000001 is closed."));
    CHECK(journal->put(openCase(request)) == 2);
    CHECK(journal->refusedCount() == 0);
    CHECK(journal->claimNext(std::chrono::seconds(60)));
}

TEST_CASE("the workstation's name: the command line's, else the settings file's, else the host "
          "name; only a name the phone system can address is accepted")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    CHECK(Workstation::name() == QSysInfo::machineHostName());
    QDir(config.path()).mkpath(QStringLiteral("pela"));
    QFile file(config.filePath(QStringLiteral("pela/pela.conf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[console]\nworkstation=ws-07\n");
    file.close();
    CHECK(Workstation::name() == QStringLiteral("ws-07"));
    CHECK(Workstation::name(QStringLiteral(" ws-12 ")) == QStringLiteral("ws-12"));
    if (previous.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", previous);

    CHECK(Workstation::whyNot(QStringLiteral("ws-07.pusat112.ambon")).isEmpty());
    CHECK(Workstation::whyNot(QStringLiteral("WS_07")).isEmpty());
    CHECK_FALSE(Workstation::whyNot(QStringLiteral("ws 07")).isEmpty());
    CHECK_FALSE(Workstation::whyNot(QStringLiteral("-ws")).isEmpty());
    CHECK_FALSE(Workstation::whyNot(QString()).isEmpty());
    CHECK(Workstation::whyNot(QStringLiteral("ws\x1b[07")).contains(QStringLiteral("\\x1b")));
}
