#include "itemmodels/customer_consents.h"

#include "store/sqlite.h"

#include <QCoreApplication>

namespace doorstep::itemmodels {

QList<ConsentRecord> loadCustomerConsents(store::Database &db, qint64 customerId)
{
    QList<ConsentRecord> out;
    auto st = db.prepare("SELECT purpose, channel, version, granted_at, COALESCE(withdrawn_at, 0) FROM customer_consents"
                         " WHERE customer_id = ? ORDER BY granted_at, id");
    st.bind(1, customerId);
    while (st.next())
        out.append({st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)});
    return out;
}

QString consentPurposeName(const QString &purpose)
{
    static const std::pair<const char16_t *, const char *> kNames[] = {
        {u"service", QT_TRANSLATE_NOOP("Consents", "The service itself")},
        {u"marketing", QT_TRANSLATE_NOOP("Consents", "Marketing")},
        {u"location", QT_TRANSLATE_NOOP("Consents", "Location")},
        {u"sensitive_data", QT_TRANSLATE_NOOP("Consents", "Sensitive personal data")},
        {u"cross_border", QT_TRANSLATE_NOOP("Consents", "Transfer abroad")},
    };
    for (const auto &[key, name] : kNames)
        if (purpose == QStringView(key))
            return QCoreApplication::translate("Consents", name);
    return purpose;
}

} // namespace doorstep::itemmodels
