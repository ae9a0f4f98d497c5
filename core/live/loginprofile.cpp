#include "loginprofile.h"

namespace pela::core {

bool LoginProfile::may(CommandAction action) const
{
    // As the grants say (docs/database.md, "Roles"); the admin holds every table grant.
    switch (action) {
    case CommandAction::OpenCase:
    case CommandAction::AddCall:
    case CommandAction::EditCase:
    case CommandAction::SetPriority:
    case CommandAction::LinkCases:
    case CommandAction::AddNote:
        return callTaker || admin;
    case CommandAction::ExpireRequests:
        return callTaker || admin || hospital;
    case CommandAction::AssignUnit:
    case CommandAction::AdvanceUnit:
    case CommandAction::CancelAssignment:
    case CommandAction::Refer:
    case CommandAction::AcknowledgeAlert:
    case CommandAction::UndoAssignment:
    case CommandAction::ReceivingNote:
        return dispatcher || admin;
    case CommandAction::AnswerRequest:
    case CommandAction::UnitService:
    case CommandAction::PatientArrived:
        return dispatcher || admin || (hospital && hospitalId);
    case CommandAction::CloseCase:
    case CommandAction::ReopenCase:
    case CommandAction::MarkDuplicate:
        return shiftLead || admin;
    case CommandAction::HospitalStatus:
    case CommandAction::HospitalBeds:
        return shiftLead || admin || (hospital && hospitalId);
    case CommandAction::HospitalDetails:
        return admin;
    }
    return false;
}

bool LoginProfile::mayChangeHospital(qint64 id) const
{
    return shiftLead || admin || (hospital && hospitalId && *hospitalId == id);
}

QString LoginProfile::primaryRole() const
{
    if (shiftLead)
        return QStringLiteral("shift_lead");
    if (dispatcher)
        return QStringLiteral("dispatcher");
    if (callTaker)
        return QStringLiteral("call_taker");
    if (hospital)
        return QStringLiteral("hospital");
    if (admin)
        return QStringLiteral("admin");
    return {};
}

ReadResult<LoginProfile> LoginProfile::read(PgConnection &connection)
{
    const PgResult result =
        connection.exec("SELECT session_user::text AS login,"
                        " pg_has_role(session_user, 'pela_call_taker', 'MEMBER') AS call_taker,"
                        " pg_has_role(session_user, 'pela_dispatcher', 'MEMBER') AS dispatcher,"
                        " pg_has_role(session_user, 'pela_shift_lead', 'MEMBER') AS shift_lead,"
                        " pg_has_role(session_user, 'pela_admin', 'MEMBER') AS admin,"
                        " pg_has_role(session_user, 'pela_hospital', 'MEMBER') AS hospital,"
                        " h.id AS hospital_id, h.code AS hospital_code"
                        " FROM (SELECT pela_my_hospital() AS id) mine"
                        " LEFT JOIN hospitals h ON h.id = mine.id");
    if (!result.ok())
        return ReadResult<LoginProfile>::failed(result.error());
    LoginProfile profile;
    profile.login = result.text(0, "login");
    profile.callTaker = result.toBool(0, "call_taker");
    profile.dispatcher = result.toBool(0, "dispatcher");
    profile.shiftLead = result.toBool(0, "shift_lead");
    profile.admin = result.toBool(0, "admin");
    profile.hospital = result.toBool(0, "hospital");
    if (!result.isNull(0, result.column("hospital_id")))
        profile.hospitalId = result.toInt(0, "hospital_id");
    profile.hospitalCode = result.text(0, "hospital_code");
    return ReadResult<LoginProfile>::of(profile);
}

} // namespace pela::core
