#include "formfields.h"

namespace pela::core {

namespace {

QString decode(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

FormFields FormFields::parse(QByteArrayView text)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView pair = text.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                fields.appendEncoded(pair, {});
            else
                fields.appendEncoded(pair.first(equals), pair.sliced(equals + 1));
        }
        start = end + 1;
    }
    return fields;
}

void FormFields::appendEncoded(QByteArrayView name, QByteArrayView value)
{
    append({decode(name), decode(value)});
}

void FormFields::append(FormField field)
{
    if (m_fields.size() >= MaxFields) {
        m_truncated = true;
        return;
    }
    m_fields.append(std::move(field));
}

std::optional<QString> FormFields::value(QStringView name) const
{
    for (const FormField &field : m_fields)
        if (field.name == name)
            return field.value;
    return std::nullopt;
}

int FormFields::count(QStringView name) const
{
    int n = 0;
    for (const FormField &field : m_fields)
        n += field.name == name ? 1 : 0;
    return n;
}

} // namespace pela::core
