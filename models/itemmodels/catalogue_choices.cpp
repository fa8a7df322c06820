#include "itemmodels/catalogue_choices.h"

#include "itemmodels/display_format.h"
#include "store/sqlite.h"

#include <QCoreApplication>

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

QList<Choice> serviceItemChoices(store::Database &db)
{
    QList<Choice> out;
    auto st = db.prepare("SELECT si.id, c.name, si.name, si.price_fen, si.duration_min FROM service_items si"
                         " JOIN service_categories c ON c.id = si.category_id WHERE si.active = 1 ORDER BY c.sort, c.id, si.id");
    while (st.next()) {
        // A plain statement: Qt 6.4's lupdate hangs on a translate() call
        // inside a braced initialiser list.
        const int minutes = st.int32(4);
        const QString label = QCoreApplication::translate("Catalogue", "%1 · %2 · %3 · %n min", nullptr, minutes)
                                  .arg(st.text(1), st.text(2), formatFen(st.int64(3)));
        out.append({st.int64(0), label, minutes});
    }
    return out;
}

QList<Choice> courseChoices(store::Database &db)
{
    return catalogueChoices(db, "SELECT id, title FROM courses ORDER BY required DESC, id");
}

QList<Choice> assessmentChoices(store::Database &db)
{
    return catalogueChoices(db, "SELECT id, title, pass_mark FROM assessments ORDER BY id");
}

QList<std::pair<QString, QString>> qualificationTypes(store::Database &db)
{
    QList<std::pair<QString, QString>> out;
    auto st = db.prepare("SELECT code, name FROM qualification_types ORDER BY code");
    while (st.next())
        out.append({st.text(0), st.text(1)});
    return out;
}

} // namespace doorstep::itemmodels
