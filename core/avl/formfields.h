// The name=value pairs of a URL query or an application/x-www-form-urlencoded body, decoded
// (percent escapes, '+' as a space) and kept in the order sent, repeats included.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace pela::core {

struct FormField
{
    QString name;
    QString value;
};

class FormFields
{
public:
    // More pairs than this is not a position report: parse() keeps the first ones and says so.
    static constexpr int MaxFields = 100;

    // "a=1&b=%2B62..."; a pair without '=' has an empty value; empty pairs are skipped.
    static FormFields parse(QByteArrayView text);
    // Adds one pair as sent (still encoded).
    void appendEncoded(QByteArrayView name, QByteArrayView value);
    // Adds one pair already decoded.
    void append(FormField field);

    const QList<FormField> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool truncated() const { return m_truncated; }
    // The first value of name, if present.
    std::optional<QString> value(QStringView name) const;
    int count(QStringView name) const;

private:
    QList<FormField> m_fields;
    bool m_truncated = false;
};

} // namespace pela::core
