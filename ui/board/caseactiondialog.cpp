#include "caseactiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pela::ui {

CaseActionDialog::CaseActionDialog(const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseActionDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(460);

    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("caseActionChoice"));
    m_choice->setInsertPolicy(QComboBox::NoInsert);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(30);
    m_choiceLabel->setBuddy(m_choice);
    m_textLabel = new QLabel(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("caseActionText"));
    m_textLabel->setBuddy(m_text);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("caseActionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_choiceLabel, m_choice);
    form->addRow(m_textLabel, m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_choiceLabel->hide();
    m_choice->hide();
    m_textLabel->hide();
    m_text->hide();
}

void CaseActionDialog::setChoices(const QString &label, const QList<Choice> &choices, bool editable,
                                  const QString &missing)
{
    m_choiceLabel->setText(label);
    m_choice->clear();
    m_choice->setEditable(editable);
    for (const Choice &choice : choices)
        m_choice->addItem(choice.text, choice.value);
    if (editable)
        m_choice->setCurrentIndex(-1);
    m_choiceMissing = missing;
    m_choiceLabel->show();
    m_choice->show();
    m_choice->setFocus();
}

void CaseActionDialog::setTextField(const QString &label, int maxLength, const QString &missing)
{
    m_textLabel->setText(label);
    m_text->setMaxLength(maxLength);
    m_textMissing = missing;
    m_textLabel->show();
    m_text->show();
    if (m_choice->isHidden())
        m_text->setFocus();
}

QString CaseActionDialog::choice() const
{
    if (m_choice->isHidden())
        return {};
    if (!m_choice->isEditable())
        return m_choice->currentData().toString();
    // A picked entry sends its value; anything typed is sent as typed.
    const QString typed = m_choice->currentText().trimmed();
    const int index = m_choice->findText(typed);
    return index >= 0 ? m_choice->itemData(index).toString().trimmed() : typed;
}

QString CaseActionDialog::text() const
{
    return m_text->text().trimmed();
}

QPushButton *CaseActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CaseActionDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void CaseActionDialog::accept()
{
    QString problem;
    QWidget *where = nullptr;
    if (!m_choice->isHidden() && !m_choiceMissing.isEmpty() && choice().isEmpty()) {
        problem = m_choiceMissing;
        where = m_choice;
    } else if (!m_text->isHidden() && !m_textMissing.isEmpty() && text().isEmpty()) {
        problem = m_textMissing;
        where = m_text;
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        where->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pela::ui
