#pragma once
// The stored states of providers and their paperwork (and the kind of a
// credential, stored and compared the same way), as enums with one key
// mapping each: stored key <-> enum, and the translated name people see. Like
// order_lifecycle.h does for orders; the keys are exactly what the schema's
// CHECK constraints allow (store/sql/0001_platform.sql, 0003), so a key this
// mapping does not know was not written by this version of Doorstep.
//
//   domain::stateKey(ProviderStatus::Active)             -> "active"
//   domain::stateFromKey<ProviderStatus>(u"active")      -> ProviderStatus::Active (nullopt when unknown)
//   domain::stateDisplayName(ProviderStatus::Active)     -> "Active", translated
//
// Code that reads a row turns an unknown key into an error naming the row
// (services/stored_state.h), never into a default.
#include <QList>
#include <QString>

#include <optional>

namespace doorstep::domain {

enum class ProviderStatus { Applicant, Active, Suspended, Deactivated, Rejected }; // providers.status
enum class ApplicationState { New, InfoRequested, Approved, Rejected };            // provider_applications.state
enum class CredentialReview { Pending, Approved, Rejected };                       // credentials.review_status
enum class SkillStatus { Applied, Active, Suspended };                             // provider_skills.status
enum class BackgroundCheckResult { Pending, Clear, Flagged };                      // background_checks.result
enum class FlagState { Open, Confirmed, Overridden };                              // provider_flags.state
enum class CredentialType { IdCard, HealthCertificate, Qualification, Other };     // credentials.type

// One family's mapping; instantiated in provider_states.cpp for the enums above.
template <typename State>
struct StateKeys
{
    static QString key(State state);
    static std::optional<State> fromKey(QStringView key);
    static QString displayName(State state);
    static QList<State> all();  // in enum order
    static QString column();    // where it is stored, for error messages: "providers.status"
};

template <typename State>
QString stateKey(State state) { return StateKeys<State>::key(state); }
template <typename State>
std::optional<State> stateFromKey(QStringView key) { return StateKeys<State>::fromKey(key); }
template <typename State>
QString stateDisplayName(State state) { return StateKeys<State>::displayName(state); }
template <typename State>
QList<State> allStates() { return StateKeys<State>::all(); }

// An application is open (a reviewer may still decide it) while new or waiting for information.
constexpr bool isOpen(ApplicationState state) { return state == ApplicationState::New || state == ApplicationState::InfoRequested; }

extern template struct StateKeys<ProviderStatus>;
extern template struct StateKeys<ApplicationState>;
extern template struct StateKeys<CredentialReview>;
extern template struct StateKeys<SkillStatus>;
extern template struct StateKeys<BackgroundCheckResult>;
extern template struct StateKeys<FlagState>;
extern template struct StateKeys<CredentialType>;

} // namespace doorstep::domain
