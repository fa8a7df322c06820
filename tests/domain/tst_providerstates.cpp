// The key mappings of the provider state families: every key the schema's
// CHECK constraints allow (written out here, independently of
// provider_states.cpp) maps to one state and back, and anything else is refused.
#include "domain/provider_states.h"

#include <QSet>
#include <QTest>

using namespace doorstep::domain;

namespace {
template <typename State>
void checkFamily(const QStringList &schemaKeys, const QString &column)
{
    const QList<State> states = allStates<State>();
    QCOMPARE(states.size(), schemaKeys.size());
    QSet<QString> names;
    for (State s : states) {
        const QString key = stateKey(s);
        QVERIFY2(schemaKeys.contains(key), qPrintable(key));
        QCOMPARE(stateFromKey<State>(key), std::optional(s));
        QVERIFY(!stateDisplayName(s).isEmpty());
        names.insert(stateDisplayName(s));
    }
    QCOMPARE(names.size(), states.size()); // people can tell every state apart
    for (const QString &key : schemaKeys)
        QVERIFY2(stateFromKey<State>(key).has_value(), qPrintable(key));
    // Unknown keys are refused, not mapped to a default: case, spaces and blanks count.
    QVERIFY(!stateFromKey<State>(u"teleported"));
    QVERIFY(!stateFromKey<State>(u""));
    QVERIFY(!stateFromKey<State>(schemaKeys.first().toUpper()));
    QVERIFY(!stateFromKey<State>(QString(schemaKeys.first() + u' ')));
    QCOMPARE(StateKeys<State>::column(), column);
}
} // namespace

class TestProviderStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void providerStatus()
    {
        checkFamily<ProviderStatus>({QStringLiteral("applicant"), QStringLiteral("active"), QStringLiteral("suspended"),
                                     QStringLiteral("deactivated"), QStringLiteral("rejected")},
                                    QStringLiteral("providers.status"));
        QCOMPARE(stateKey(ProviderStatus::Active), QStringLiteral("active"));
        QCOMPARE(stateDisplayName(ProviderStatus::Suspended), QStringLiteral("Suspended"));
    }

    void applicationState()
    {
        checkFamily<ApplicationState>({QStringLiteral("new"), QStringLiteral("info_requested"), QStringLiteral("approved"),
                                       QStringLiteral("rejected")},
                                      QStringLiteral("provider_applications.state"));
        QCOMPARE(stateFromKey<ApplicationState>(u"info_requested"), std::optional(ApplicationState::InfoRequested));
        QCOMPARE(stateDisplayName(ApplicationState::InfoRequested), QStringLiteral("Information requested"));
        QVERIFY(isOpen(ApplicationState::New));
        QVERIFY(isOpen(ApplicationState::InfoRequested));
        QVERIFY(!isOpen(ApplicationState::Approved));
        QVERIFY(!isOpen(ApplicationState::Rejected));
    }

    void credentialReview()
    {
        checkFamily<CredentialReview>({QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")},
                                      QStringLiteral("credentials.review_status"));
        QCOMPARE(stateDisplayName(CredentialReview::Pending), QStringLiteral("waiting for review"));
    }

    void skillStatus()
    {
        checkFamily<SkillStatus>({QStringLiteral("applied"), QStringLiteral("active"), QStringLiteral("suspended")},
                                 QStringLiteral("provider_skills.status"));
        QCOMPARE(stateDisplayName(SkillStatus::Applied), QStringLiteral("applied for"));
    }

    void backgroundCheckResult()
    {
        checkFamily<BackgroundCheckResult>({QStringLiteral("pending"), QStringLiteral("clear"), QStringLiteral("flagged")},
                                           QStringLiteral("background_checks.result"));
        QCOMPARE(stateDisplayName(BackgroundCheckResult::Flagged), QStringLiteral("Record found"));
    }

    void flagState()
    {
        checkFamily<FlagState>({QStringLiteral("open"), QStringLiteral("confirmed"), QStringLiteral("overridden")},
                               QStringLiteral("provider_flags.state"));
    }

    void credentialType()
    {
        checkFamily<CredentialType>({QStringLiteral("id_card"), QStringLiteral("health_certificate"), QStringLiteral("qualification"),
                                     QStringLiteral("other")},
                                    QStringLiteral("credentials.type"));
        QCOMPARE(stateDisplayName(CredentialType::HealthCertificate), QStringLiteral("Health certificate"));
    }

    // The same word in two families is two different states.
    void familiesAreSeparate()
    {
        QCOMPARE(stateFromKey<ProviderStatus>(u"rejected"), std::optional(ProviderStatus::Rejected));
        QCOMPARE(stateFromKey<ApplicationState>(u"rejected"), std::optional(ApplicationState::Rejected));
        QVERIFY(!stateFromKey<ProviderStatus>(u"new"));
        QVERIFY(!stateFromKey<SkillStatus>(u"applicant"));
        QVERIFY(!stateFromKey<FlagState>(u"pending"));
    }
};

QTEST_GUILESS_MAIN(TestProviderStates)
#include "tst_providerstates.moc"
