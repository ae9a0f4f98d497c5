// The triage questions for the chosen category (and chief complaint), from the data, one row
// each, answered by one digit key; rows appear and disappear as the answers decide. After an
// answer the focus moves to the next question still unanswered.
#pragma once

#include "triage/triageassessment.h"

#include <QWidget>
#include <functional>
#include <memory>

class QVBoxLayout;

namespace pela::ui {

class QuestionRow;

class TriageQuestionsView : public QWidget
{
    Q_OBJECT
public:
    explicit TriageQuestionsView(QWidget *parent = nullptr);
    ~TriageQuestionsView() override;

    void setProtocol(std::shared_ptr<const core::TriageProtocol> protocol);
    // Shows the questions of this category and complaint; answers to questions that remain
    // are kept.
    void setSelection(const QString &category, const QString &complaint);
    QString category() const { return m_category; }
    QString complaint() const { return m_complaint; }

    const core::TriageAnswers &answers() const { return m_answers; }
    void setAnswer(const QString &questionId, const QString &answer);
    void clear();
    // The time typed answers ("14.30") are read against; the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Focuses the first visible question without an answer; false when there is none.
    bool focusFirstUnanswered();
    // The row of a question, when it is part of the current selection (visible or not).
    QWidget *rowFor(const QString &questionId) const;
    // Visible question ids, top to bottom.
    QStringList visibleQuestions() const;
    // Every row of the selection, top to bottom (for the tab order).
    QList<QWidget *> rows() const;
    // A typed answer that is refused (too long, not a time): the question's id and why.
    struct Problem
    {
        QString questionId;
        QString message;
    };
    std::optional<Problem> problem() const;

signals:
    void answersChanged();
    // The rows were made anew (another category or complaint).
    void rowsRebuilt();
    // The last unanswered question was answered: the call-taker moves on.
    void allAnswered();

protected:
    void changeEvent(QEvent *event) override;
    // Focus given to the view (its label's Alt+letter) goes to the first open question.
    void focusInEvent(QFocusEvent *event) override;

private:
    friend class QuestionRow;
    void rebuild();
    void refreshVisibility();
    void storeAnswer(const QString &questionId, const QString &answer);
    void answerGiven(QuestionRow *row, const QString &answer);
    void answerCleared(QuestionRow *row);
    void moveFocus(QuestionRow *from, int step);
    void updateCurrentRow(QWidget *focused);

    std::shared_ptr<const core::TriageProtocol> m_protocol;
    QString m_category;
    QString m_complaint;
    core::TriageAnswers m_answers;
    std::function<QDateTime()> m_clock;
    QVBoxLayout *m_layout = nullptr;
    QList<QuestionRow *> m_rows;
};

} // namespace pela::ui
