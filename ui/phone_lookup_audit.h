#pragma once
// A list page's search box and the audit of look-ups by a whole phone number
// (services/phone_search_audit.h): the page asks allow() before it applies a
// search; a whole number is recorded once per number typed (a page that
// re-applies its filter for another reason records nothing new). When the
// record cannot be written the search is not applied, and the user is told.
#include "services/phone_search_audit.h"

#include <QString>

class QWidget;

namespace doorstep::ui {

class PhoneLookupAudit
{
public:
    PhoneLookupAudit(services::ServiceLayer &services, services::PhoneSearchList list, QWidget *parent)
        : m_services(services), m_list(list), m_parent(parent) {}

    // True when `search` may be applied now.
    bool allow(const QString &search);

private:
    services::ServiceLayer &m_services;
    services::PhoneSearchList m_list;
    QWidget *m_parent;
    QString m_recorded; // the last whole number recorded
};

} // namespace doorstep::ui
