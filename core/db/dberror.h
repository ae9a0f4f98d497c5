// What went wrong talking to PostgreSQL, classified so an operator can be told in plain words.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace pela::core {

class DbError
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::DbError)
public:
    enum class Kind
    {
        None,
        Unreachable,     // no server answered at the address
        Authentication,  // the server refused who we are
        DatabaseMissing, // server is there, the database is not
        SchemaTooNew,    // written by a newer Pela: refuse rather than corrupt
        SchemaTooOld,    // needs `pela-admin migrate`
        ServerStart,     // the embedded server could not be created or started
        Query,           // a statement failed (SQLSTATE kept)
        ConnectionLost,  // the connection broke during a statement
    };

    DbError() = default;
    DbError(Kind kind, QString message, QString detail = {}, QString sqlState = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)),
          m_sqlState(std::move(sqlState))
    {
    }

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // Operator-facing sentence, translated (fixed sentences in the language of the moment).
    QString message() const { return m_sourceText ? tr(m_sourceText) : m_message; }
    // A fixed sentence marked with QT_TRANSLATE_NOOP("pela::core::DbError", ...).
    static DbError fixed(Kind kind, const char *sourceText, QString detail = {},
                         QString sqlState = {})
    {
        DbError error(kind, {}, std::move(detail), std::move(sqlState));
        error.m_sourceText = sourceText;
        return error;
    }
    // The server's or libpq's own words, for logs and admins.
    QString detail() const { return m_detail; }
    QString sqlState() const { return m_sqlState; }
    // Pela's own server errors (migration 002): the stable key of the sentence ("case_closed",
    // from HINT "pela:case_closed") and its values (DETAIL, a JSON object); empty otherwise.
    QString pelaKey() const { return m_pelaKey; }
    QJsonObject pelaValues() const { return m_pelaValues; }
    void setPelaReason(QString key, QJsonObject values)
    {
        m_pelaKey = std::move(key);
        m_pelaValues = std::move(values);
    }
    // message plus detail, for stderr and logs.
    QString fullText() const;

    // Classifies a libpq connection failure message.
    static DbError fromConnectionFailure(const QString &libpqMessage, bool needsPassword);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_sqlState;
    QString m_pelaKey;
    QJsonObject m_pelaValues;
    const char *m_sourceText = nullptr;
};

} // namespace pela::core
