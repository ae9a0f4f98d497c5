#include "signindialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pela::ui {

SignInDialog::SignInDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setModal(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_userLabel, 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_passwordLabel, 1, 0);
    grid->addWidget(m_password, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void SignInDialog::setReason(const QString &reason, const QString &database)
{
    m_reason->setText(reason);
    m_database = database;
    retranslateUi();
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::accept()
{
    if (user().isEmpty()) {
        m_reason->setText(tr("Type your user name."));
        m_user->setFocus();
        return;
    }
    QDialog::accept();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — Pela 112"));
    m_intro->setText(
        m_database.isEmpty()
            ? tr("Sign in with your own user name and password.")
            : tr("Sign in to %1 with your own user name and password.").arg(m_database));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace pela::ui
