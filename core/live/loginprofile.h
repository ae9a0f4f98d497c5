// Who is logged in, as the database sees it: the login's group roles and the hospital a
// liaison speaks for. Read once through the command runner at connect; screens enable what the
// login may do and word the rest ("for a shift lead"), while the database still decides.
#pragma once

#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"

namespace pela::core {

struct LoginProfile
{
    QString login;
    // Membership, inherited ones included (a shift lead is a dispatcher and a call-taker); a
    // superuser (the embedded demo's own login) is a member of every role.
    bool callTaker = false;
    bool dispatcher = false;
    bool shiftLead = false;
    bool admin = false;
    bool hospital = false;
    std::optional<qint64> hospitalId; // the liaison's hospital (hospital_logins)
    QString hospitalCode;

    // Whether this login may do the action at all (for a hospital's status and beds: for some
    // hospital; use mayChangeHospital for one).
    bool may(CommandAction action) const;
    bool mayChangeHospital(qint64 hospitalId) const;
    // The role the console lays itself out for: "shift_lead", "dispatcher", "call_taker",
    // "hospital", "admin" or "" when none.
    QString primaryRole() const;
    bool operator==(const LoginProfile &) const = default;

    static ReadResult<LoginProfile> read(PgConnection &connection);
};

} // namespace pela::core
