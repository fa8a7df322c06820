#include "ui/phone_lookup_audit.h"

#include "domain/phone_search.h"
#include "ui/message_box.h"

namespace doorstep::ui {

bool PhoneLookupAudit::allow(const QString &search)
{
    const QString digits = search.trimmed();
    // Whole numbers are one kind whatever the role sees (unmasked or not).
    if (domain::phoneSearchKind(digits, true) != domain::PhoneSearch::Whole || digits == m_recorded)
        return true;
    try {
        services::recordPhoneSearch(m_services, m_list, digits);
    } catch (const std::exception &e) {
        MessageBox::error(m_parent, e);
        return false;
    }
    m_recorded = digits;
    return true;
}

} // namespace doorstep::ui
