// The intake form's call: what a save sends and when it is refused, the runner's answers, the
// phone system's ring, the next call. The widgets and keys are in intakeform.cpp.
#include "intakeform.h"

#include "callerhistorypanel.h"
#include "categorypicker.h"
#include "domain/inputrules.h"
#include "instructionspanel.h"
#include "intake/intakejson.h"
#include "live/labels.h"
#include "live/possibleduplicatesmodel.h"
#include "locationsearch.h"
#include "prioritybox.h"
#include "triagequestionsview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QUuid>

namespace pela::ui {

namespace {

bool hasControlCharacter(const QString &text, bool multiline)
{
    for (const QChar c : text) {
        if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Empty when the text may be stored; otherwise the message, naming the field.
QString textProblem(const QString &field, const QString &text, int maxLength,
                    bool multiline = false)
{
    if (text.size() > maxLength)
        return IntakeForm::tr("%1 is too long: %2 characters, at most %3.")
            .arg(field)
            .arg(text.size())
            .arg(maxLength);
    if (hasControlCharacter(text, multiline))
        return IntakeForm::tr("%1 contains a control character (an invisible code from a paste); "
                              "remove it.")
            .arg(field);
    return {};
}

bool needsLocation(const QString &category)
{
    // As the openCase command decides: information and prank/silent calls may have none.
    return category != QLatin1String("prank_silent") && category != QLatin1String("other_info");
}

} // namespace

bool IntakeForm::isTakingCall() const
{
    // A saved (or journalled) case whose triage goes on is still this call: telephone CPR may be
    // on screen.
    if (!m_savedCaseNumber.isEmpty() || m_waitingToSend)
        return m_assessment.unanswered > 0;
    return hasUnsavedInput();
}

bool IntakeForm::hasUnsavedInput() const
{
    if (!m_savedCaseNumber.isEmpty() || m_waitingToSend)
        return false;
    // The number alone, as the phone system filled it, is no work to lose.
    const bool numberTyped = !m_number->text().trimmed().isEmpty() && !m_ringAt.isValid();
    return numberTyped || !m_name->text().trimmed().isEmpty() ||
           !m_callback->text().trimmed().isEmpty() || !m_location->text().isEmpty() ||
           m_location->coordinate().isValid() || !m_details->text().trimmed().isEmpty() ||
           !m_category->category().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
}

core::TriageRecord IntakeForm::triageRecord() const
{
    core::TriageRecord record;
    if (m_protocol)
        record = core::TriageRecord::from(*m_protocol, m_assessment, m_category->category(),
                                          m_complaint->currentData().toString());
    record.overridePriority = m_priority->overridePriority();
    if (record.overridePriority)
        record.overrideReason = m_priority->overrideReason();
    record.arrestRecognisedAt = m_instructions->recognisedAt();
    record.compressionsStartedAt = m_instructions->compressionsStartedAt();
    return record;
}

core::CallInfo IntakeForm::callInfo() const
{
    core::CallInfo call;
    const CallerNumber number = m_normaliser(m_number->text());
    call.callerPhone = number.stored;
    // Withheld, or text that is no number (the notes keep it as received): never blocks a save.
    call.callerPhoneWithheld = number.stored.isEmpty();
    call.callerName = m_name->text().trimmed();
    call.ringAt = m_ringAt;
    call.answeredAt = m_answeredAt.isValid() ? m_answeredAt : m_clock();
    return call;
}

core::OpenCaseRequest IntakeForm::request() const
{
    core::OpenCaseRequest request;
    request.category = m_category->category();
    request.priority = m_priority->effectivePriority();
    request.call = callInfo();
    const QString place = m_location->text();
    const QString details = m_details->text().trimmed();
    request.locationText = details.isEmpty() ? place
                           : place.isEmpty() ? details
                                             : QStringLiteral("%1, %2").arg(details, place);
    request.kelurahanCode = m_location->kelurahanCode();
    if (m_location->coordinate().isValid()) {
        request.lat = m_location->coordinate().latitude();
        request.lon = m_location->coordinate().longitude();
    }
    switch (m_location->source()) {
    case LocationSearch::Source::Gazetteer:
        request.locationSource = QStringLiteral("gazetteer");
        break;
    case LocationSearch::Source::Map:
        if (m_appliedSupplemental && m_appliedSupplemental->position == m_location->coordinate()) {
            request.locationSource = QStringLiteral("aml");
            request.locationUncertaintyM = m_appliedSupplemental->radiusMetres;
        } else
            request.locationSource = QStringLiteral("map");
        break;
    default:
        request.locationSource = QStringLiteral("operator");
        break;
    }
    request.patientsCount = m_patients->value();
    request.triage = triageRecord().toJson();
    // What has no column of its own goes into the notes, so nothing said is lost.
    QStringList notes;
    const CallerNumber number = m_normaliser(m_number->text());
    if (number.kind == CallerNumber::Kind::Unusual && number.stored.isEmpty())
        notes << tr("Caller number as received: %1").arg(m_number->text().trimmed());
    if (!m_callback->text().trimmed().isEmpty())
        notes << tr("Callback number: %1").arg(m_callback->text().trimmed());
    if (!m_notes->toPlainText().trimmed().isEmpty())
        notes << m_notes->toPlainText().trimmed();
    request.notes = notes.join(QLatin1Char('\n'));
    request.clientKey = m_clientKey;
    return request;
}

std::optional<IntakeForm::Refusal> IntakeForm::validate() const
{
    auto refuse = [](Field field, const QString &message) {
        return std::optional<Refusal>(Refusal{field, message});
    };
    if (const QString problem =
            textProblem(tr("Caller number"), m_number->text().trimmed(), MaxPhoneLength);
        !problem.isEmpty())
        return refuse(Field::CallerNumber, problem);
    if (const QString problem =
            textProblem(tr("Caller name"), m_name->text().trimmed(), MaxNameLength);
        !problem.isEmpty())
        return refuse(Field::CallerName, problem);
    const QString callback = m_callback->text().trimmed();
    if (const QString problem = textProblem(tr("Callback number"), callback, MaxPhoneLength);
        !problem.isEmpty())
        return refuse(Field::CallbackNumber, problem);
    if (!callback.isEmpty() && basicCallerNumber(callback).kind != CallerNumber::Kind::Number)
        return refuse(Field::CallbackNumber,
                      tr("The callback number \"%1\" may only contain digits, +, spaces, "
                         "brackets and dashes.")
                          .arg(callback));
    const QString category = m_category->category();
    if (category.isEmpty())
        return refuse(Field::Category, tr("Choose the category: press its letter."));
    if (const QString problem = m_location->problem(); !problem.isEmpty())
        return refuse(Field::Location, problem);
    if (needsLocation(category) && m_location->text().isEmpty() &&
        !m_location->coordinate().isValid() && m_details->text().trimmed().isEmpty())
        return refuse(Field::Location,
                      tr("Where is the emergency? Type the kelurahan, a landmark or coordinates, "
                         "or pick the place on the map."));
    if (const QString problem = textProblem(tr("Location"), m_location->text(), MaxLocationLength);
        !problem.isEmpty())
        return refuse(Field::Location, problem);
    if (const QString problem =
            textProblem(tr("Details"), m_details->text().trimmed(), MaxLocationLength);
        !problem.isEmpty())
        return refuse(Field::LocationDetails, problem);
    // The case stores details and place as one address: together they must fit it too.
    if (const int length = int(request().locationText.size());
        length > core::InputRules::maxLength(core::TextField::Address))
        return refuse(Field::LocationDetails,
                      tr("Details and location together are too long: %1 characters, at most "
                         "%2. Shorten the details.")
                          .arg(length)
                          .arg(core::InputRules::maxLength(core::TextField::Address)));
    if (const auto problem = m_questions->problem())
        return refuse(Field::Triage, problem->message);
    if (m_priority->overridePriority() && m_priority->overrideReason().isEmpty())
        return refuse(Field::OverrideReason,
                      tr("Say why the priority is changed from the computed P%1.")
                          .arg(m_priority->computedPriority()));
    if (const QString problem = textProblem(tr("Override reason"), m_priority->overrideReason(),
                                            MaxOverrideReasonLength);
        !problem.isEmpty())
        return refuse(Field::OverrideReason, problem);
    if (m_priority->effectivePriority() < 1)
        return refuse(Field::PriorityOverride,
                      tr("There is no priority: choose one under Override and say why."));
    if (const QString problem =
            textProblem(tr("Notes"), m_notes->toPlainText(), MaxNotesLength, true);
        !problem.isEmpty())
        return refuse(Field::Notes, problem);
    // The callback number and a number as received are kept in the notes as well.
    if (const int length = int(request().notes.size());
        length > core::InputRules::maxLength(core::TextField::Notes))
        return refuse(Field::Notes, tr("Notes are too long with the numbers kept in them: %1 "
                                       "characters, at most %2.")
                                        .arg(length)
                                        .arg(core::InputRules::maxLength(core::TextField::Notes)));
    return std::nullopt;
}

QWidget *IntakeForm::fieldWidget(Field field) const
{
    switch (field) {
    case Field::None:
        return nullptr;
    case Field::CallerNumber:
        return m_number;
    case Field::CallerName:
        return m_name;
    case Field::CallbackNumber:
        return m_callback;
    case Field::Location:
        return m_location->edit();
    case Field::LocationDetails:
        return m_details;
    case Field::Category:
        return m_category;
    case Field::Complaint:
        return m_complaint;
    case Field::Triage:
        if (const auto problem = m_questions->problem())
            return m_questions->rowFor(problem->questionId);
        return m_questions;
    case Field::PriorityOverride:
        return m_priority->overrideSelector();
    case Field::OverrideReason:
        return m_priority->reasonEdit();
    case Field::Patients:
        return m_patients;
    case Field::Notes:
        return m_notes;
    }
    return nullptr;
}

IntakeForm::Field IntakeForm::fieldFor(core::CommandResult::Field field) const
{
    using Command = core::CommandResult::Field;
    switch (field) {
    case Command::None:
        return Field::None;
    case Command::Category:
        return Field::Category;
    case Command::Priority:
        return Field::PriorityOverride;
    case Command::CallerPhone:
        return Field::CallerNumber;
    case Command::CallerName:
        return Field::CallerName;
    case Command::Address:
        // The address is the details and the place together: the details are what was typed.
        return m_details->text().trimmed().isEmpty() ? Field::Location : Field::LocationDetails;
    case Command::Coordinates:
    case Command::Kelurahan:
        return Field::Location;
    case Command::Patients:
        return Field::Patients;
    case Command::Notes:
        return Field::Notes;
    }
    return Field::None;
}

QString IntakeForm::callerNumberE164() const
{
    return m_normaliser(m_number->text()).e164;
}

void IntakeForm::focusField(Field field)
{
    if (QWidget *widget = fieldWidget(field))
        widget->setFocus(Qt::OtherFocusReason);
}

QString IntakeForm::message() const
{
    return m_message->text();
}

void IntakeForm::showNotice(const QString &text)
{
    showMessage(text, true);
}

void IntakeForm::showStatus(const QString &text, bool warning)
{
    showMessage(text, warning);
}

void IntakeForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip({});
    m_messageIsError = error;
    m_message->setProperty("error", error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void IntakeForm::save(SaveMode mode)
{
    if (m_saving)
        return; // one save at a time: the runner has it
    if (!m_savedCaseNumber.isEmpty()) {
        // Already saved: its changes went out as they were made; done with this call.
        sendSavedCaseChange();
        const QString number = m_savedCaseNumber;
        startNextCall();
        if (mode == SaveMode::SaveAndDispatch) {
            showMessage(tr("Case %1 saved and handed to dispatch.").arg(number), false);
            emit handedToDispatch(number);
        } else
            showMessage(tr("Case %1 saved.").arg(number), false);
        return;
    }
    if (m_waitingToSend) {
        // Kept in the journal: its last state goes there, and out when the connection returns.
        emit unsentCaseChanged(request());
        startNextCall();
        showMessage(tr("The call is kept on this workstation and is sent by itself when the "
                       "database answers again."),
                    true);
        return;
    }
    if (const std::optional<Refusal> refusal = validate()) {
        showMessage(refusal->message, true);
        focusField(refusal->field);
        return;
    }
    m_lastMode = mode;
    const core::OpenCaseRequest sent = request();
    m_postedDetails = core::intakejson::fromDetailsChange(core::intakejson::detailsOf(sent));
    m_postedPriority = sent.priority;
    emit saveRequested(sent, mode);
}

void IntakeForm::attachToDuplicate(int row)
{
    if (!m_duplicatesModel || m_saving || !m_savedCaseNumber.isEmpty())
        return;
    const core::DuplicateCandidate candidate = m_duplicatesModel->candidateAt(row);
    if (candidate.caseNumber.isEmpty())
        return;
    if (const QString problem =
            textProblem(tr("Caller number"), m_number->text().trimmed(), MaxPhoneLength);
        !problem.isEmpty()) {
        showMessage(problem, true);
        focusField(Field::CallerNumber);
        return;
    }
    m_attachingTo = candidate.caseNumber;
    showMessage(tr("Adding this call to case %1…").arg(candidate.caseNumber), false);
    emit attachCallRequested(candidate.caseNumber, callInfo());
}

void IntakeForm::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_saveDispatch->setEnabled(!saving);
    if (saving)
        showMessage(tr("Saving…"), false);
    m_callState->setText(saving ? tr("Saving…") : QString());
}

void IntakeForm::showResult(const core::CommandResult &result, Field field)
{
    setSaving(false);
    const QString attached = std::exchange(m_attachingTo, QString());
    if (result.ok()) {
        if (!attached.isEmpty()) {
            showMessage(tr("This call was added to case %1.").arg(attached), false);
            startNextCall();
            return;
        }
        m_savedCaseNumber = result.caseNumber;
        m_savedPriority = m_priority->effectivePriority();
        m_waitingToSend = false;
        const bool triageOpen = m_assessment.unanswered > 0;
        // The call-taker went on answering while the save was on its way: that goes out now.
        const core::OpenCaseRequest now = request();
        if (core::intakejson::fromDetailsChange(core::intakejson::detailsOf(now)) !=
                m_postedDetails ||
            now.priority != m_postedPriority)
            sendSavedCaseChange();
        if (m_lastMode == SaveMode::SaveAndDispatch || !triageOpen) {
            const QString number = m_savedCaseNumber;
            startNextCall();
            QString text = m_lastMode == SaveMode::SaveAndDispatch
                               ? tr("Case %1 saved and handed to dispatch.").arg(number)
                               : tr("Case %1 saved.").arg(number);
            if (!result.warning.isEmpty())
                text += QLatin1Char(' ') + result.warning;
            showMessage(text, false);
            if (m_lastMode == SaveMode::SaveAndDispatch)
                emit handedToDispatch(number);
            return;
        }
        showMessage(tr("Case %1 saved. Triage goes on: each answer updates the case. Ctrl+Enter "
                       "when done.")
                        .arg(m_savedCaseNumber),
                    false);
        m_callState->setText(tr("Case %1").arg(m_savedCaseNumber));
        return;
    }
    QString text = result.message;
    if (!result.warning.isEmpty())
        text += QLatin1Char(' ') + result.warning;
    showMessage(text, true);
    if (field == Field::None)
        field = fieldFor(result.field);
    if (field == Field::None)
        if (const std::optional<Refusal> refusal = validate())
            field = refusal->field;
    focusField(field);
}

void IntakeForm::showJournalled(const QString &clientKey, const QString &why)
{
    if (clientKey != m_clientKey)
        return;
    setSaving(false);
    const bool attaching = !std::exchange(m_attachingTo, QString()).isEmpty();
    // What went wrong in the runner's words ("nothing was saved") would contradict what
    // happened: the call is kept. Those words stay in the tooltip for the curious.
    const QString kept =
        attaching ? tr("The database does not answer: the call is kept on this workstation and is "
                       "added to the case by itself as soon as it answers.")
                  : tr("The database does not answer: the case is kept on this workstation and is "
                       "sent by itself as soon as it answers.");
    if (attaching || m_lastMode == SaveMode::SaveAndDispatch || m_assessment.unanswered == 0) {
        startNextCall();
        showMessage(kept, true);
        m_message->setToolTip(why);
        return;
    }
    // Triage goes on (telephone CPR may be on screen): the form stays on the call, and each
    // answer replaces what the journal keeps.
    m_waitingToSend = true;
    showMessage(kept + QLatin1Char(' ') + tr("Triage goes on: each answer is kept with it."), true);
    m_message->setToolTip(why);
    m_callState->setText(tr("Waiting to send"));
}

void IntakeForm::caseSent(const QString &clientKey, const QString &caseNumber)
{
    if (clientKey != m_clientKey || !m_waitingToSend)
        return;
    m_waitingToSend = false;
    m_savedCaseNumber = caseNumber;
    m_savedPriority = m_priority->effectivePriority();
    m_callState->setText(tr("Case %1").arg(caseNumber));
    showMessage(tr("Case %1 reached the database. Triage goes on: each answer updates the case.")
                    .arg(caseNumber),
                false);
}

void IntakeForm::setJournalCounts(int waiting, int refused)
{
    QStringList parts;
    if (waiting > 0)
        parts << tr("%n waiting to send", nullptr, waiting);
    if (refused > 0)
        parts << tr("%n refused, not sent", nullptr, refused);
    m_journal->setText(parts.join(QStringLiteral(" · ")));
    m_journal->setToolTip(
        tr("Saved on this workstation while the database could not be reached; sent by itself "
           "when it answers again. A refused one stays here for the shift lead."));
    m_journal->setVisible(!parts.isEmpty());
}

void IntakeForm::setCallerHistory(const QString &e164, const QList<core::CallerCase> &cases)
{
    m_callerHistory->setHistory(e164, cases);
}

void IntakeForm::setSupplementalLocations(const QString &e164,
                                          const QList<core::SupplementalLocation> &locations)
{
    m_callerHistory->setSupplementalLocations(e164, locations);
}

void IntakeForm::applySupplementalLocation()
{
    const QList<core::SupplementalLocation> &locations = m_callerHistory->supplementalLocations();
    if (locations.isEmpty() || !locations.first().position.isValid())
        return;
    const core::SupplementalLocation &location = locations.first();
    m_location->setMapPoint(location.position,
                            tr("handset location ±%1 m").arg(qRound(location.radiusMetres)));
    m_appliedSupplemental = location;
    markCallStarted();
}

void IntakeForm::sendSavedCaseChange()
{
    if (m_waitingToSend) {
        emit unsentCaseChanged(request());
        return;
    }
    if (m_savedCaseNumber.isEmpty())
        return;
    const core::OpenCaseRequest now = request();
    core::CaseDetailsChange change;
    change.triage = now.triage;
    change.patientsCount = now.patientsCount;
    change.notes = now.notes;
    change.locationText = now.locationText;
    if (!now.kelurahanCode.isEmpty())
        change.kelurahanCode = now.kelurahanCode;
    if (now.lat) {
        change.lat = now.lat;
        change.lon = now.lon;
        change.locationSource = now.locationSource;
    }
    const core::TriageRecord record = triageRecord();
    const QString reason =
        record.overridePriority ? record.overrideReason : record.reason.in(triageLanguage());
    emit caseChangeRequested(m_savedCaseNumber, change, now.priority, reason);
    m_savedPriority = now.priority;
}

void IntakeForm::setRingingNumber(const QString &phone, const QDateTime &ringAt)
{
    emit ringArrived();
    // A call still being taken is never wiped by the next ring: the call-taker saves or clears
    // it first, and the number waits.
    if (isTakingCall() || m_saving) {
        m_pendingRing = {phone, ringAt};
        showMessage(tr("The phone system reports a new call from %1: save or clear this one "
                       "first (Ctrl+Shift+N).")
                        .arg(phone),
                    true);
        return;
    }
    startNextCall();
    m_number->setText(phone);
    m_ringAt = ringAt;
    m_answeredAt = m_clock();
    updateNumberMark();
    m_callState->setText(
        tr("Call from the phone system, rang %1")
            .arg(core::labels::clockTime(ringAt.isValid() ? ringAt : m_answeredAt)));
    m_location->edit()->setFocus(Qt::OtherFocusReason);
}

void IntakeForm::setPickedLocation(const QGeoCoordinate &coordinate, const QString &description)
{
    if (!coordinate.isValid()) {
        showMessage(tr("That point has no valid coordinates."), true);
        return;
    }
    m_location->setMapPoint(coordinate, description);
}

void IntakeForm::startNextCall()
{
    if (m_saving) {
        // The save goes on without the form: its answer shows on the message line.
        setSaving(false);
        showMessage(tr("The previous call is still being saved; its result will show here."),
                    false);
    }
    m_waitingToSend = false;
    m_appliedSupplemental.reset();
    m_savedCaseNumber.clear();
    m_savedPriority = 0;
    m_attachingTo.clear();
    m_ringAt = {};
    m_answeredAt = {};
    m_arrestRecognisedAt = {};
    m_clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_number->clear();
    m_name->clear();
    m_callback->clear();
    m_location->clear();
    m_details->clear();
    m_category->setCategory({});
    m_patients->setValue(1);
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->clear();
    }
    m_priority->clearOverride();
    m_questions->clear();
    m_instructions->setRecognisedAt({});
    updateComplaints();
    retranslateUi();
    updateDuplicateQuery();
    m_callState->clear();
    // A call answered while the form was busy comes in now.
    if (m_pendingRing) {
        const auto [phone, ringAt] = *std::exchange(m_pendingRing, std::nullopt);
        setRingingNumber(phone, ringAt);
        return;
    }
    m_number->setFocus(Qt::OtherFocusReason);
}

} // namespace pela::ui
