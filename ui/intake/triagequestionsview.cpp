#include "triagequestionsview.h"

#include "requestedtime.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

QString languageCode()
{
    return QLocale().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                       : QStringLiteral("en");
}

} // namespace

// One question: its text and hint, and its answers as chips with their digit keys, or a line
// for a typed answer. The row (or its line) takes the focus; the view moves it on.
class QuestionRow : public QFrame
{
public:
    QuestionRow(TriageQuestionsView *view, const core::TriageQuestion *question)
        : QFrame(view), m_view(view), m_question(question)
    {
        setObjectName(QStringLiteral("question_") + question->id);
        setFocusPolicy(Qt::StrongFocus);
        setProperty("current", false);
        setStyleSheet(QStringLiteral(
            "QFrame[current=\"false\"] { border: 1px solid #cfd8dc;"
            " border-radius: 4px; background: white; }"
            "QFrame[current=\"true\"] { border: 2px solid #1565c0; border-radius: 4px;"
            " background: #e3f2fd; }"
            "QLabel { border: none; background: transparent; }"
            "QToolButton { font-size: 10pt; padding: 3px 8px; border: 1px solid #90a4ae;"
            " border-radius: 3px; background: #fafafa; }"
            "QToolButton:checked { background: #1565c0; color: white; font-weight: bold;"
            " border-color: #0d47a1; }"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 5, 8, 6);
        layout->setSpacing(3);
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_text->setStyleSheet(QStringLiteral("font-size: 11pt; font-weight: bold;"));
        layout->addWidget(m_text);
        m_hint = new QLabel(this);
        m_hint->setWordWrap(true);
        m_hint->setStyleSheet(QStringLiteral("color: #546e7a; font-size: 9pt;"));
        layout->addWidget(m_hint);
        if (question->type == core::TriageQuestion::Type::Choice) {
            m_chipGrid = new QGridLayout;
            m_chipGrid->setSpacing(4);
            for (int i = 0; i < question->answers.size(); ++i) {
                auto *chip = new QToolButton(this);
                chip->setObjectName(QStringLiteral("answer_") + question->answers[i].id);
                chip->setCheckable(true);
                chip->setFocusPolicy(Qt::NoFocus);
                // The row decides how many fit on a line (reflow), so no chip widens the form.
                chip->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
                const QString id = question->answers[i].id;
                QObject::connect(chip, &QToolButton::clicked, this,
                                 [this, id] { m_view->answerGiven(this, id); });
                m_chips << chip;
            }
            layout->addLayout(m_chipGrid);
        } else {
            m_edit = new QLineEdit(this);
            m_edit->setObjectName(QStringLiteral("answerText"));
            m_edit->setMaxLength(question->maxLength + 100); // longer is said, not cut
            m_edit->installEventFilter(this);
            setFocusProxy(m_edit);
            layout->addWidget(m_edit);
            m_feedback = new QLabel(this);
            m_feedback->setWordWrap(true);
            layout->addWidget(m_feedback);
            QObject::connect(m_edit, &QLineEdit::textEdited, this, [this] { checkTyped(); });
        }
        retranslate();
    }

    const core::TriageQuestion *question() const { return m_question; }
    QLineEdit *edit() const { return m_edit; }

    void setAnswer(const QString &answer)
    {
        for (int i = 0; i < m_chips.size(); ++i)
            m_chips[i]->setChecked(m_question->answers[i].id == answer);
        if (m_edit && !m_edit->hasFocus()) {
            if (m_question->type == core::TriageQuestion::Type::DateTime && !answer.isEmpty())
                m_edit->setText(requestedTimeText(QDateTime::fromString(answer, Qt::ISODate)));
            else
                m_edit->setText(answer);
        }
    }

    // As many answers on a line as fit whole, at least one.
    void reflow()
    {
        if (!m_chipGrid || m_chips.isEmpty())
            return;
        int widest = 0;
        for (QToolButton *chip : std::as_const(m_chips))
            widest = std::max(widest, chip->sizeHint().width());
        const int room = contentsRect().width() - 16;
        const int columns =
            std::clamp(room / (widest + m_chipGrid->spacing()), 1, int(m_chips.size()));
        if (columns == m_columns)
            return;
        m_columns = columns;
        for (QToolButton *chip : std::as_const(m_chips))
            m_chipGrid->removeWidget(chip);
        for (int i = 0; i < m_chips.size(); ++i)
            m_chipGrid->addWidget(m_chips[i], i / columns, i % columns);
    }

    void setCurrent(bool current)
    {
        if (property("current").toBool() == current)
            return;
        setProperty("current", current);
        style()->unpolish(this);
        style()->polish(this);
    }

    void retranslate()
    {
        const QString language = languageCode();
        m_text->setText(m_question->text.in(language));
        m_hint->setText(m_question->hint.in(language));
        m_hint->setVisible(!m_question->hint.isEmpty());
        for (int i = 0; i < m_chips.size(); ++i)
            m_chips[i]->setText(
                QStringLiteral("%1  %2").arg(i + 1).arg(m_question->answers[i].label.in(language)));
        m_columns = 0;
        reflow();
        if (m_edit) {
            m_edit->setPlaceholderText(
                m_question->type == core::TriageQuestion::Type::DateTime
                    ? TriageQuestionsView::tr("e.g. 14.30 or 25/3 14.30, then Enter")
                    : TriageQuestionsView::tr("Type the answer, then Enter"));
            checkTyped();
        }
    }

    // Why the typed text is not (yet) an answer; empty when it is fine or empty.
    QString typedProblem() const
    {
        if (!m_edit)
            return {};
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty())
            return {};
        if (text.size() > m_question->maxLength)
            return TriageQuestionsView::tr("Too long: %1 characters, at most %2.")
                .arg(text.size())
                .arg(m_question->maxLength);
        for (const QChar c : text)
            if (c.category() == QChar::Other_Control)
                return TriageQuestionsView::tr("Contains a control character; type it again.");
        if (m_question->type == core::TriageQuestion::Type::DateTime &&
            !parseRequestedTime(text, m_view->m_clock()))
            return TriageQuestionsView::tr("Not a time: type 14.30, or a date and time as "
                                           "25/3 14.30.");
        return {};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QFrame::resizeEvent(event);
        reflow();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const int key = event->key();
            if (key >= Qt::Key_1 && key <= Qt::Key_9) {
                const int index = key - Qt::Key_1;
                if (index < m_question->answers.size()) {
                    m_view->answerGiven(this, m_question->answers[index].id);
                    event->accept();
                    return;
                }
            }
            if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
                m_view->answerCleared(this);
                event->accept();
                return;
            }
            if (key == Qt::Key_Down || key == Qt::Key_Up) {
                m_view->moveFocus(this, key == Qt::Key_Down ? 1 : -1);
                event->accept();
                return;
            }
        }
        QFrame::keyPressEvent(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                return false;
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                commitTyped();
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                m_view->moveFocus(this, key->key() == Qt::Key_Down ? 1 : -1);
                return true;
            }
        }
        return QFrame::eventFilter(watched, event);
    }

private:
    void checkTyped()
    {
        const QString problem = typedProblem();
        QString text = problem;
        QString colour = QStringLiteral("#b71c1c");
        if (problem.isEmpty() && m_question->type == core::TriageQuestion::Type::DateTime) {
            if (const auto time = parseRequestedTime(m_edit->text(), m_view->m_clock())) {
                text = QStringLiteral("→ %1").arg(requestedTimeText(*time));
                colour = QStringLiteral("#1b5e20");
            }
        }
        m_feedback->setText(text);
        m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        m_feedback->setVisible(!text.isEmpty());
    }

    void commitTyped()
    {
        checkTyped();
        if (!typedProblem().isEmpty())
            return;
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            m_view->answerCleared(this);
            m_view->moveFocus(this, 1);
            return;
        }
        QString answer = text;
        if (m_question->type == core::TriageQuestion::Type::DateTime)
            answer = parseRequestedTime(text, m_view->m_clock())->toString(Qt::ISODate);
        m_view->answerGiven(this, answer);
    }

    TriageQuestionsView *m_view;
    const core::TriageQuestion *m_question;
    QLabel *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QList<QToolButton *> m_chips;
    QGridLayout *m_chipGrid = nullptr;
    int m_columns = 0;
    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
};

TriageQuestionsView::TriageQuestionsView(QWidget *parent)
    : QWidget(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("triageQuestions"));
    // Reached by its label's Alt+letter (and passes the focus to a question), not by Tab: the
    // questions themselves are in the tab order.
    setFocusPolicy(Qt::ClickFocus);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { updateCurrentRow(now); });
}

TriageQuestionsView::~TriageQuestionsView() = default;

void TriageQuestionsView::setProtocol(std::shared_ptr<const core::TriageProtocol> protocol)
{
    m_protocol = std::move(protocol);
    m_answers.clear();
    rebuild();
}

void TriageQuestionsView::setSelection(const QString &category, const QString &complaint)
{
    if (category == m_category && complaint == m_complaint)
        return;
    m_category = category;
    m_complaint = complaint;
    rebuild();
    emit answersChanged();
}

void TriageQuestionsView::setAnswer(const QString &questionId, const QString &answer)
{
    storeAnswer(questionId, answer);
    emit answersChanged();
}

void TriageQuestionsView::storeAnswer(const QString &questionId, const QString &answer)
{
    if (answer.isEmpty())
        m_answers.remove(questionId);
    else
        m_answers.insert(questionId, answer);
    for (QuestionRow *row : std::as_const(m_rows))
        if (row->question()->id == questionId)
            row->setAnswer(answer);
    refreshVisibility();
}

void TriageQuestionsView::clear()
{
    m_answers.clear();
    m_category.clear();
    m_complaint.clear();
    rebuild();
}

void TriageQuestionsView::rebuild()
{
    // Rows are rebuilt only when the category or complaint changes, never while a row handles
    // a key: answering only shows and hides rows.
    for (QuestionRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    const core::TriageCategory *category = m_protocol ? m_protocol->category(m_category) : nullptr;
    if (!category) {
        emit rowsRebuilt();
        return;
    }
    QList<const core::TriageQuestion *> sequence;
    if (category->startCard == core::TriageCategory::StartCard::IfHurt)
        sequence << &m_protocol->gate();
    if (category->startCard != core::TriageCategory::StartCard::Never)
        for (const core::TriageQuestion &question : m_protocol->startCard().questions)
            sequence << &question;
    if (const core::TriageChapter *chapter = m_protocol->chapter(category->chapter))
        for (const core::TriageQuestion &question : chapter->questions)
            sequence << &question;
    if (const core::TriageChapter *complaint = m_protocol->complaint(m_category, m_complaint))
        for (const core::TriageQuestion &question : complaint->questions)
            sequence << &question;
    for (const core::TriageQuestion *question : std::as_const(sequence)) {
        auto *row = new QuestionRow(this, question);
        m_layout->insertWidget(m_layout->count() - 1, row);
        row->setAnswer(m_answers.value(question->id));
        m_rows << row;
    }
    refreshVisibility();
    emit rowsRebuilt();
}

void TriageQuestionsView::refreshVisibility()
{
    if (!m_protocol)
        return;
    const core::TriageAssessment assessment =
        core::assessTriage(*m_protocol, m_category, m_complaint, m_answers);
    for (QuestionRow *row : std::as_const(m_rows))
        row->setVisible(assessment.questions.contains(row->question()));
}

QStringList TriageQuestionsView::visibleQuestions() const
{
    QStringList ids;
    for (const QuestionRow *row : m_rows)
        if (!row->isHidden())
            ids << row->question()->id;
    return ids;
}

QList<QWidget *> TriageQuestionsView::rows() const
{
    QList<QWidget *> result;
    for (QuestionRow *row : m_rows)
        result << row;
    return result;
}

void TriageQuestionsView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (focusFirstUnanswered())
        return;
    for (QuestionRow *row : std::as_const(m_rows))
        if (!row->isHidden()) {
            row->setFocus(Qt::OtherFocusReason);
            return;
        }
}

QWidget *TriageQuestionsView::rowFor(const QString &questionId) const
{
    for (QuestionRow *row : m_rows)
        if (row->question()->id == questionId)
            return row;
    return nullptr;
}

std::optional<TriageQuestionsView::Problem> TriageQuestionsView::problem() const
{
    for (const QuestionRow *row : m_rows)
        if (!row->isHidden())
            if (const QString message = row->typedProblem(); !message.isEmpty())
                return Problem{row->question()->id, message};
    return std::nullopt;
}

bool TriageQuestionsView::focusFirstUnanswered()
{
    for (QuestionRow *row : std::as_const(m_rows))
        if (!row->isHidden() && !m_answers.contains(row->question()->id)) {
            row->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return false;
}

void TriageQuestionsView::answerGiven(QuestionRow *row, const QString &answer)
{
    const int from = int(m_rows.indexOf(row));
    storeAnswer(row->question()->id, answer);
    // On to the next question still open below; then any open above; else done. The change is
    // announced after the focus moved, so a listener may still move it elsewhere (telephone
    // CPR takes it to the save).
    bool moved = false;
    for (int i = from + 1; i < m_rows.size() && !moved; ++i)
        if (!m_rows[i]->isHidden() && !m_answers.contains(m_rows[i]->question()->id)) {
            m_rows[i]->setFocus(Qt::OtherFocusReason);
            moved = true;
        }
    if (!moved)
        moved = focusFirstUnanswered();
    emit answersChanged();
    if (!moved)
        emit allAnswered();
}

void TriageQuestionsView::answerCleared(QuestionRow *row)
{
    setAnswer(row->question()->id, {});
}

void TriageQuestionsView::moveFocus(QuestionRow *from, int step)
{
    const int at = int(m_rows.indexOf(from));
    for (int i = at + step; i >= 0 && i < m_rows.size(); i += step)
        if (!m_rows[i]->isHidden()) {
            m_rows[i]->setFocus(Qt::OtherFocusReason);
            return;
        }
}

void TriageQuestionsView::updateCurrentRow(QWidget *focused)
{
    for (QuestionRow *row : std::as_const(m_rows))
        row->setCurrent(focused && (focused == row || row->isAncestorOf(focused)));
}

void TriageQuestionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        for (QuestionRow *row : std::as_const(m_rows))
            row->retranslate();
    QWidget::changeEvent(event);
}

} // namespace pela::ui
