#pragma once
// How provider-related stored keys are shown (translated), shared by the
// provider item models and pages: credential type, application timeline
// entries, and (by key, for records that hold keys) the states of
// domain/provider_states.h, whose names that file owns.
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace doorstep::itemmodels {

class ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderText)
public:
    static QString providerStatus(const QString &key);     // "active" -> "Active"
    static QString applicationState(const QString &key);   // "info_requested" -> "Information requested"
    static QString credentialType(const QString &key, const QString &qualificationName = {}); // qualification: its name
    static QString daysLeft(qint64 days);                  // "in 3 days", "today", "expired 2 days ago"
    static QString backgroundCheckResult(const QString &key); // "clear" -> "Clear"
    static QString flagState(const QString &key);          // "open", "confirmed", "overridden"
    static QString skillStatus(const QString &key);        // "applied" -> "applied for"
    static QString credentialReview(const QString &key);   // "pending" -> "waiting for review"

    // An application timeline entry (services::ApplicationEvent): what
    // happened ("Credential rejected") and its note made readable ("Health
    // certificate: the photo is unreadable"). qualificationNames: code ->
    // name, for notes naming a qualification ("qualification:electrician").
    static QString applicationEvent(const QString &kind);
    static QString eventNote(const QString &kind, const QString &note, const QHash<QString, QString> &qualificationNames = {});
};

} // namespace doorstep::itemmodels
