// Asks for the operator's user name and password when the database refused the console's
// connection for who it is. Nothing typed here is written to disk.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pela::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // The server's reason for the last refusal and where the console connects.
    void setReason(const QString &reason, const QString &database);
    void setUser(const QString &user);
    QString user() const;
    QString password() const;
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_database;
};

} // namespace pela::ui
