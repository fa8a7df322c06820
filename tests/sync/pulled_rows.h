#pragma once
// Rows another office has on the server, as /v1/changes serves them (the
// test double's `changes`): that office, then its customers, numbered from
// `firstId`. For tests and benchmarks that pull many rows.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace doorstep::tests {

constexpr qint64 kOtherOfficeId = 9000001;

inline QJsonObject otherOfficeRow()
{
    return {{QStringLiteral("entity"), QStringLiteral("offices")}, {QStringLiteral("id"), kOtherOfficeId},
            {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("office"), QStringLiteral("BJ-CY")},
            {QStringLiteral("row"), QJsonObject{{QStringLiteral("code"), QStringLiteral("BJ-CY")}, {QStringLiteral("name"), QStringLiteral("朝阳店")},
                                                {QStringLiteral("city"), QStringLiteral("北京")}, {QStringLiteral("created_at"), 1},
                                                {QStringLiteral("updated_at"), 1}}}};
}

inline void appendOtherCustomers(QJsonArray &changes, qint64 firstId, int count)
{
    for (int i = 0; i < count; ++i)
        changes.append(QJsonObject{
            {QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), firstId + i},
            {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("office"), QStringLiteral("BJ-CY")},
            {QStringLiteral("row"), QJsonObject{{QStringLiteral("office_id"), kOtherOfficeId},
                                                {QStringLiteral("name"), QStringLiteral("北京顾客%1").arg(i)},
                                                {QStringLiteral("phone"), QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QChar(u'0'))},
                                                {QStringLiteral("address"), QStringLiteral("朝阳区建国路 %1 号").arg(i)},
                                                {QStringLiteral("created_at"), 1795000000},
                                                {QStringLiteral("updated_at"), 1795000000}}}});
}

} // namespace doorstep::tests
