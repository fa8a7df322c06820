#pragma once
// A WHERE clause assembled from optional filters together with its
// parameters, so a paged model adds filters without counting "?" positions.
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

// Name prefix as an index range [text, text + U+FFFF), or phone digits
// (3-11 digits: contained; the full 11: equal), on the given columns.
inline void addNameOrPhoneSearch(SqlFilter &f, const QString &search, const QByteArray &nameColumn, const QByteArray &phoneColumn)
{
    if (search.isEmpty())
        return;
    bool digits = search.size() >= 3 && search.size() <= 11;
    for (QChar c : search)
        digits = digits && c.unicode() >= u'0' && c.unicode() <= u'9';
    if (digits && search.size() == 11)
        f.add(phoneColumn + " = ?", {search});
    else if (digits)
        f.add("instr(" + phoneColumn + ", ?) > 0", {search});
    else
        f.add(nameColumn + " >= ? AND " + nameColumn + " < ?", {search, QString(search + QChar(0xffff))});
}

} // namespace doorstep::itemmodels
