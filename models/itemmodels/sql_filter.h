#pragma once
// A WHERE clause assembled from optional filters together with its
// parameters, so a paged model adds filters without counting "?" positions.
#include "domain/phone_search.h"
#include "store/sqlite.h"

#include <QVariantList>

namespace doorstep::itemmodels {

struct SqlFilter
{
    QByteArray sql = "1";  // always a valid condition
    QVariantList params;

    void add(const QByteArray &clause, const QVariantList &values = {})
    {
        sql += " AND (" + clause + ')';
        params += values;
    }
    // Binds the parameters from position 1, then `more` after them.
    void bind(store::Statement &st, const QVariantList &more = {}) const
    {
        int pos = 0;
        for (const QVariant &v : params)
            st.bind(++pos, v);
        for (const QVariant &v : more)
            st.bind(++pos, v);
    }
};

// The condition a phone search (domain/phone_search.h) puts on a phone
// column of customers or providers: the whole number through the phone
// index, the last four digits through the substr(phone, -4) expression
// index (schema v6), any part (whole-number roles only) by a scan, and a
// refused search matches nothing. Not a phone search: no condition.
inline void addPhoneSearch(SqlFilter &f, domain::PhoneSearch kind, const QString &search, const QByteArray &phoneColumn)
{
    const QString digits = search.trimmed();
    switch (kind) {
    case domain::PhoneSearch::Whole: f.add(phoneColumn + " = ?", {digits}); break;
    case domain::PhoneSearch::Last4: f.add("substr(" + phoneColumn + ", -4) = ?", {digits}); break;
    case domain::PhoneSearch::Contains: f.add("instr(" + phoneColumn + ", ?) > 0", {digits}); break;
    case domain::PhoneSearch::Refused: f.add("0"); break;
    case domain::PhoneSearch::NotDigits: break;
    }
}

// Name prefix as an index range [text, text + U+FFFF), or a phone search
// as above; `unmasked`: the role sees whole numbers in this list.
inline void addNameOrPhoneSearch(SqlFilter &f, const QString &search, const QByteArray &nameColumn, const QByteArray &phoneColumn, bool unmasked)
{
    if (search.isEmpty())
        return;
    const domain::PhoneSearch kind = domain::phoneSearchKind(search, unmasked);
    if (kind != domain::PhoneSearch::NotDigits)
        addPhoneSearch(f, kind, search, phoneColumn);
    else
        f.add(nameColumn + " >= ? AND " + nameColumn + " < ?", {search, QString(search + QChar(0xffff))});
}

} // namespace doorstep::itemmodels
