// What a command did, in a form the UI and the CLI can explain: ok, invalid (which rule),
// conflict (what changed and by whom), unavailable (no database: nothing was saved) or outcome
// unknown (the connection broke or the deadline passed after the write was sent: it may or may
// not have been saved, so the operator checks the board; an idempotent retry is safe).
#pragma once

#include "db/dberror.h"

#include <QString>

namespace pela::core {

struct CommandResult
{
    enum class Status
    {
        Ok,
        Invalid,
        Conflict,
        Unavailable,
        OutcomeUnknown
    };

    // The input a refusal is about, so a form can put the cursor there; None when it is not
    // about one field (a conflict, the server's rules, the database).
    enum class Field
    {
        None,
        Category,
        Priority,
        CallerPhone,
        CallerName,
        Address,
        Coordinates,
        Kelurahan,
        Patients,
        Notes,
    };

    Status status = Status::Ok;
    QString message;     // operator's words: what happened, or why not
    QString warning;     // Ok, but the operator should know (e.g. the hospital is diverting)
    bool changed = true; // Ok but nothing to do (e.g. unit already on this case)
    qint64 caseId = 0;
    QString caseNumber;
    qint64 assignmentId = 0;
    DbError error; // the database's own error, when there was one
    Field field = Field::None;

    bool ok() const { return status == Status::Ok; }
    static CommandResult invalid(QString message, Field field = Field::None)
    {
        CommandResult result;
        result.status = Status::Invalid;
        result.message = std::move(message);
        result.field = field;
        return result;
    }
    static CommandResult conflict(QString message)
    {
        CommandResult result;
        result.status = Status::Conflict;
        result.message = std::move(message);
        return result;
    }
    static CommandResult unavailable(QString message, DbError error = {})
    {
        CommandResult result;
        result.status = Status::Unavailable;
        result.message = std::move(message);
        result.error = std::move(error);
        return result;
    }
    static CommandResult outcomeUnknown(QString message, DbError error = {})
    {
        CommandResult result;
        result.status = Status::OutcomeUnknown;
        result.message = std::move(message);
        result.error = std::move(error);
        return result;
    }
};

} // namespace pela::core
