// The small input a case action asks for before it is sent: a choice (a disposition, an agency,
// another case's number; editable when any value may be typed) and a reason or note. It checks
// that what is required was given, in words, before it accepts.
#pragma once

#include <QDialog>
#include <QVariant>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pela::ui {

class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString text;  // what the operator reads
        QString value; // what is sent
    };

    // title names the action; okText is the button that sends it (with its mnemonic).
    CaseActionDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    // A choice above the text; editable: any value may be typed (a case number, an agency).
    // missing: the words when nothing was chosen or typed.
    void setChoices(const QString &label, const QList<Choice> &choices, bool editable,
                    const QString &missing = {});
    // The reason or note; missing non-empty makes it required and says so when empty.
    void setTextField(const QString &label, int maxLength, const QString &missing = {});

    // The chosen value (an edited text when it matches no choice), trimmed.
    QString choice() const;
    QString text() const;

    QComboBox *choiceBox() const { return m_choice; }
    QLineEdit *textInput() const { return m_text; }
    QPushButton *okButton() const;
    // Why the last try to accept was refused (empty: none).
    QString problem() const;

    void accept() override;

private:
    QLabel *m_intro = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_choiceMissing;
    QString m_textMissing;
};

} // namespace pela::ui
