#include "itemmodels/catalogue_choices.h"

#include "store/sqlite.h"

namespace doorstep::itemmodels {

QList<Choice> catalogueChoices(store::Database &db, const QByteArray &sql)
{
    QList<Choice> out;
    auto st = db.prepare(sql);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.columnCount() > 2 ? st.int32(2) : 0});
    return out;
}

QList<Choice> serviceCategoryChoices(store::Database &db)
{
    return catalogueChoices(db, "SELECT id, name FROM service_categories ORDER BY sort, id");
}

QList<Choice> districtChoices(store::Database &db)
{
    return catalogueChoices(db, "SELECT id, name FROM districts ORDER BY adcode");
}

} // namespace doorstep::itemmodels
