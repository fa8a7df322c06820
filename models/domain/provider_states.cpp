#include "domain/provider_states.h"

#include "domain/complaint_states.h"

#include <QCoreApplication>

#include <array>

namespace doorstep::domain {
namespace {
struct StateName
{
    const char16_t *key;  // stored
    const char *name;     // shown, translated in the family's context
};

// One table per family, in enum order. The translation context is the family's name.
template <typename State>
struct Table;

template <>
struct Table<ProviderStatus>
{
    static constexpr const char16_t *column = u"providers.status";
    static constexpr const char *context = "ProviderStatus";
    static constexpr std::array<StateName, 5> rows{{
        {u"applicant", QT_TRANSLATE_NOOP("ProviderStatus", "Applicant")},
        {u"active", QT_TRANSLATE_NOOP("ProviderStatus", "Active")},
        {u"suspended", QT_TRANSLATE_NOOP("ProviderStatus", "Suspended")},
        {u"deactivated", QT_TRANSLATE_NOOP("ProviderStatus", "Deactivated")},
        {u"rejected", QT_TRANSLATE_NOOP("ProviderStatus", "Rejected")},
    }};
};

template <>
struct Table<ApplicationState>
{
    static constexpr const char16_t *column = u"provider_applications.state";
    static constexpr const char *context = "ApplicationState";
    static constexpr std::array<StateName, 4> rows{{
        {u"new", QT_TRANSLATE_NOOP("ApplicationState", "New")},
        {u"info_requested", QT_TRANSLATE_NOOP("ApplicationState", "Information requested")},
        {u"approved", QT_TRANSLATE_NOOP("ApplicationState", "Approved")},
        {u"rejected", QT_TRANSLATE_NOOP("ApplicationState", "Rejected")},
    }};
};

template <>
struct Table<CredentialReview>
{
    static constexpr const char16_t *column = u"credentials.review_status";
    static constexpr const char *context = "CredentialReview";
    static constexpr std::array<StateName, 3> rows{{
        {u"pending", QT_TRANSLATE_NOOP("CredentialReview", "waiting for review")},
        {u"approved", QT_TRANSLATE_NOOP("CredentialReview", "approved")},
        {u"rejected", QT_TRANSLATE_NOOP("CredentialReview", "rejected")},
    }};
};

template <>
struct Table<SkillStatus>
{
    static constexpr const char16_t *column = u"provider_skills.status";
    static constexpr const char *context = "SkillStatus";
    static constexpr std::array<StateName, 3> rows{{
        {u"applied", QT_TRANSLATE_NOOP("SkillStatus", "applied for")},
        {u"active", QT_TRANSLATE_NOOP("SkillStatus", "active")},
        {u"suspended", QT_TRANSLATE_NOOP("SkillStatus", "suspended")},
    }};
};

template <>
struct Table<BackgroundCheckResult>
{
    static constexpr const char16_t *column = u"background_checks.result";
    static constexpr const char *context = "BackgroundCheckResult";
    static constexpr std::array<StateName, 3> rows{{
        {u"pending", QT_TRANSLATE_NOOP("BackgroundCheckResult", "Requested, no result yet")},
        {u"clear", QT_TRANSLATE_NOOP("BackgroundCheckResult", "Clear")},
        {u"flagged", QT_TRANSLATE_NOOP("BackgroundCheckResult", "Record found")},
    }};
};

template <>
struct Table<FlagState>
{
    static constexpr const char16_t *column = u"provider_flags.state";
    static constexpr const char *context = "FlagState";
    static constexpr std::array<StateName, 3> rows{{
        {u"open", QT_TRANSLATE_NOOP("FlagState", "open")},
        {u"confirmed", QT_TRANSLATE_NOOP("FlagState", "confirmed")},
        {u"overridden", QT_TRANSLATE_NOOP("FlagState", "overridden")},
    }};
};

// A qualification is usually shown by its own name (itemmodels::ProviderText::credentialType).
template <>
struct Table<CredentialType>
{
    static constexpr const char16_t *column = u"credentials.type";
    static constexpr const char *context = "CredentialType";
    static constexpr std::array<StateName, 4> rows{{
        {u"id_card", QT_TRANSLATE_NOOP("CredentialType", "ID card")},
        {u"health_certificate", QT_TRANSLATE_NOOP("CredentialType", "Health certificate")},
        {u"qualification", QT_TRANSLATE_NOOP("CredentialType", "Qualification")},
        {u"other", QT_TRANSLATE_NOOP("CredentialType", "Other")},
    }};
};

// Complaints (domain/complaint_states.h), schema v8.
template <>
struct Table<ComplaintStatus>
{
    static constexpr const char16_t *column = u"complaints.status";
    static constexpr const char *context = "ComplaintStatus";
    static constexpr std::array<StateName, 5> rows{{
        {u"open", QT_TRANSLATE_NOOP("ComplaintStatus", "Open")},
        {u"investigating", QT_TRANSLATE_NOOP("ComplaintStatus", "Investigating")},
        {u"waiting_customer", QT_TRANSLATE_NOOP("ComplaintStatus", "Waiting for the customer")},
        {u"resolved", QT_TRANSLATE_NOOP("ComplaintStatus", "Resolved")},
        {u"rejected", QT_TRANSLATE_NOOP("ComplaintStatus", "Rejected")},
    }};
};

template <>
struct Table<ComplaintCategory>
{
    static constexpr const char16_t *column = u"complaints.category";
    static constexpr const char *context = "ComplaintCategory";
    static constexpr std::array<StateName, 7> rows{{
        {u"no_show", QT_TRANSLATE_NOOP("ComplaintCategory", "No-show or late")},
        {u"quality", QT_TRANSLATE_NOOP("ComplaintCategory", "Quality")},
        {u"damage", QT_TRANSLATE_NOOP("ComplaintCategory", "Damage to property")},
        {u"attitude", QT_TRANSLATE_NOOP("ComplaintCategory", "Attitude")},
        {u"overcharge", QT_TRANSLATE_NOOP("ComplaintCategory", "Overcharge")},
        {u"safety", QT_TRANSLATE_NOOP("ComplaintCategory", "Safety or privacy incident")},
        {u"other", QT_TRANSLATE_NOOP("ComplaintCategory", "Other")},
    }};
};

template <>
struct Table<ComplaintSeverity>
{
    static constexpr const char16_t *column = u"complaints.severity";
    static constexpr const char *context = "ComplaintSeverity";
    static constexpr std::array<StateName, 3> rows{{
        {u"low", QT_TRANSLATE_NOOP("ComplaintSeverity", "Low")},
        {u"medium", QT_TRANSLATE_NOOP("ComplaintSeverity", "Medium")},
        {u"high", QT_TRANSLATE_NOOP("ComplaintSeverity", "High")},
    }};
};

template <>
struct Table<CustomerAsk>
{
    static constexpr const char16_t *column = u"complaints.customer_ask";
    static constexpr const char *context = "CustomerAsk";
    static constexpr std::array<StateName, 4> rows{{
        {u"return_visit", QT_TRANSLATE_NOOP("CustomerAsk", "Return visit")},
        {u"refund", QT_TRANSLATE_NOOP("CustomerAsk", "Refund")},
        {u"apology", QT_TRANSLATE_NOOP("CustomerAsk", "Apology")},
        {u"compensation", QT_TRANSLATE_NOOP("CustomerAsk", "Compensation")},
    }};
};

template <>
struct Table<RefundStatus>
{
    static constexpr const char16_t *column = u"refunds.status";
    static constexpr const char *context = "RefundStatus";
    static constexpr std::array<StateName, 4> rows{{
        {u"requested", QT_TRANSLATE_NOOP("RefundStatus", "Requested")},
        {u"approved", QT_TRANSLATE_NOOP("RefundStatus", "Approved")},
        {u"paid", QT_TRANSLATE_NOOP("RefundStatus", "Paid")},
        {u"rejected", QT_TRANSLATE_NOOP("RefundStatus", "Rejected")},
    }};
};

template <>
struct Table<ReserviceProvider>
{
    static constexpr const char16_t *column = u"orders.reservice_provider";
    static constexpr const char *context = "ReserviceProvider";
    static constexpr std::array<StateName, 2> rows{{
        {u"same", QT_TRANSLATE_NOOP("ReserviceProvider", "The same provider")},
        {u"another", QT_TRANSLATE_NOOP("ReserviceProvider", "Another provider")},
    }};
};
} // namespace

template <typename State>
QString StateKeys<State>::key(State state)
{
    return QString::fromUtf16(Table<State>::rows[size_t(state)].key);
}

template <typename State>
std::optional<State> StateKeys<State>::fromKey(QStringView key)
{
    const auto &rows = Table<State>::rows;
    for (size_t i = 0; i < rows.size(); ++i)
        if (key == QStringView(rows[i].key))
            return State(i);
    return std::nullopt;
}

template <typename State>
QString StateKeys<State>::displayName(State state)
{
    return QCoreApplication::translate(Table<State>::context, Table<State>::rows[size_t(state)].name);
}

template <typename State>
QList<State> StateKeys<State>::all()
{
    QList<State> out;
    for (size_t i = 0; i < Table<State>::rows.size(); ++i)
        out.append(State(i));
    return out;
}

template <typename State>
QString StateKeys<State>::column()
{
    return QString::fromUtf16(Table<State>::column);
}

template struct StateKeys<ProviderStatus>;
template struct StateKeys<ApplicationState>;
template struct StateKeys<CredentialReview>;
template struct StateKeys<SkillStatus>;
template struct StateKeys<BackgroundCheckResult>;
template struct StateKeys<FlagState>;
template struct StateKeys<CredentialType>;
template struct StateKeys<ComplaintStatus>;
template struct StateKeys<ComplaintCategory>;
template struct StateKeys<ComplaintSeverity>;
template struct StateKeys<CustomerAsk>;
template struct StateKeys<RefundStatus>;
template struct StateKeys<ReserviceProvider>;

} // namespace doorstep::domain
