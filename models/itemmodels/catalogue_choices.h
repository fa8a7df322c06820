#pragma once
// The small catalogue tables that filters and forms offer as choices:
// districts, service categories, courses, assessments. Read-only.
#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct Choice
{
    qint64 id = 0;
    QString name;
    int extra = 0; // assessments: the pass mark
};

// Rows of (id, name[, extra]) from `sql`. Throws store errors.
QList<Choice> catalogueChoices(store::Database &db, const QByteArray &sql);
QList<Choice> serviceCategoryChoices(store::Database &db); // in the catalogue's order
QList<Choice> districtChoices(store::Database &db);        // by administrative code
// Active service items as "category · item · ¥price · N min", extra = minutes,
// in the catalogue's order (the new-order form).
QList<Choice> serviceItemChoices(store::Database &db);
// Training forms: courses (required first) and assessments (extra = pass mark).
QList<Choice> courseChoices(store::Database &db);
QList<Choice> assessmentChoices(store::Database &db);
QList<std::pair<QString, QString>> qualificationTypes(store::Database &db); // code, name

} // namespace doorstep::itemmodels
