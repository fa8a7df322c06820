#pragma once
// What the order-based sources share: a stored state key shown by its
// translated name (an unknown key is an error, never shown raw), catalogue
// names in the UI language, and the read that streams a statement's rows.
#include "domain/provider_states.h"
#include "store/sqlite.h"

#include <QLocale>
#include <QString>

#include <stdexcept>

namespace doorstep::reports {

// Reports in English show catalogue names' English form where the catalogue has one.
inline bool englishNames()
{
    return QLocale().language() == QLocale::English;
}

inline QString localName(const store::Statement &st, int zhCol, int enCol, bool english)
{
    if (english && !st.isNull(enCol) && !st.text(enCol).isEmpty())
        return st.text(enCol);
    return st.text(zhCol);
}

// A nullable integer column as a QVariant (a null cell in every format).
inline QVariant optionalInt(const store::Statement &st, int col)
{
    return st.isNull(col) ? QVariant() : QVariant(st.int64(col));
}

template<typename State>
QString stateName(const QString &key)
{
    const auto state = domain::StateKeys<State>::fromKey(key);
    if (!state)
        throw std::runtime_error(QStringLiteral("unknown %1 '%2'").arg(domain::StateKeys<State>::column(), key).toStdString());
    return domain::StateKeys<State>::displayName(*state);
}

} // namespace doorstep::reports
