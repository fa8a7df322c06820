#pragma once
// What a correction changed, for its result and its audit entry: the names of
// the fields that changed and, for the ones that identify a person, the new
// value masked (domain/masking). Never an old value, never a raw name, phone
// or ID number: the audit log is not rewritten when a person is anonymised.
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace doorstep::services {

class FieldChanges
{
public:
    using Mask = QString (*)(QStringView);

    // Records `field` when the values differ (the values stay out of the entry).
    template<typename T>
    void compare(const QString &field, const T &before, const T &after)
    {
        if (before != after)
            m_fields.append(field);
    }
    // The same, and the new value masked goes into the audit detail.
    void compareMasked(const QString &field, const QString &before, const QString &after, Mask mask)
    {
        if (before == after)
            return;
        m_fields.append(field);
        m_detail.insert(field, mask(after));
    }

    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &field) const { return m_fields.contains(field); }
    const QStringList &fields() const { return m_fields; }
    // {"fields": [...], "<masked field>": "<masked new value>", ...}
    QJsonObject auditDetail() const
    {
        QJsonObject detail = m_detail;
        detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(m_fields));
        return detail;
    }

private:
    QStringList m_fields;
    QJsonObject m_detail;
};

} // namespace doorstep::services
