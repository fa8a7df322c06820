#pragma once
// The ui's one door to reading the store. Every item model a page shows and
// every read-only query a widget needs is made here, from the logged-in
// Workspace; widgets never see a database handle, a store:: type or SQL.
// Changes go the other way, through the services (Workspace::services()).
//
// Queries is a cheap value (two references): make one where it is needed.
#include "itemmodels/catalogue_choices.h"
#include "itemmodels/complaint_detail.h"
#include "itemmodels/customer_consents.h"
#include "itemmodels/customer_contact.h"
#include "itemmodels/map_data.h"
#include "itemmodels/order_detail.h"
#include "itemmodels/provider_record.h"
#include "services/data_key_rotation.h"
#include "services/dispatch_day.h"
#include "services/sla_policies.h"
#include "services/provider_ratings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QObject;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::stats {
class DashboardLoader;
}

namespace doorstep::itemmodels {

class ApplicationsModel;
class ComplaintsModel;
class CustomersModel;
class ExpiringCredentialsModel;
class OrdersModel;
class PageWorker;
class ProvidersModel;
class ScheduleModel;
class StaffModel;
class StatusCounts;
class SweepCheck;
class SyncConflictsModel;

struct StoreInfo
{
    QString path;
    int schemaVersion = 0;
};

class Queries
{
public:
    explicit Queries(services::Workspace &workspace);

    // Item models over the large tables (paged; each masks by the session's role).
    OrdersModel *ordersModel(QObject *parent) const;
    CustomersModel *customersModel(QObject *parent) const;
    StaffModel *staffModel(QObject *parent) const;
    ProvidersModel *providersModel(QObject *parent) const;
    ApplicationsModel *applicationsModel(QObject *parent) const;
    ExpiringCredentialsModel *expiringCredentialsModel(QObject *parent) const;
    ScheduleModel *scheduleModel(QObject *parent) const;
    ComplaintsModel *complaintsModel(QObject *parent) const;
    SyncConflictsModel *syncConflictsModel(QObject *parent) const;
    // Live counts per order status, counted on a worker over its own connection.
    StatusCounts *statusCounts(QObject *parent) const;
    // A worker with its own read-only connection on which a page's paged
    // models read first pages and counts (PagedTableModel::loadOnWorker).
    PageWorker *pageWorker(QObject *parent) const;
    // Whether the periodic sweeps have anything to do, read on a worker.
    SweepCheck *sweepCheck(QObject *parent) const;
    // The statistics dashboard's loader (a worker with its own read-only
    // connection; refuses roles without StatisticsView).
    stats::DashboardLoader *dashboardLoader(QObject *parent) const;
    // The providers active on some day of [from, to] (a dashboard drill-down;
    // one indexed range of stats_provider_days). Empty without StatisticsView.
    QList<qint64> activeProviders(QDate from, QDate to) const;

    // The small catalogue tables that filters and forms offer.
    QList<Choice> districts() const;
    QList<Choice> serviceCategories() const;
    QList<Choice> serviceItems() const;
    QList<Choice> courses() const;
    QList<Choice> assessments() const;
    QList<std::pair<QString, QString>> qualificationTypes() const; // code, name

    // The dispatch map (itemmodels/map_data): districts' centres, one day's
    // orders of an area (at most `limit`), when jobs were reached, where the
    // providers' apps last reported them.
    QList<MapDistrict> mapDistricts() const;
    MapOrders mapOrders(qint64 dayStart, qint64 dayEnd, qint64 districtId, qint64 categoryId, const MapArea &area, int limit) const;
    QHash<qint64, qint64> reachedTimes(const QList<qint64> &orderIds) const;
    QHash<qint64, ReportedPosition> reportedPositions(const QList<qint64> &providerIds) const;

    // One record at a time. Throw store errors; "no such row" is an empty result.
    std::optional<OrderDetail> orderDetail(qint64 orderId) const;
    std::optional<services::OrderForDispatch> orderForDispatch(qint64 orderId) const;
    QString orderNumber(qint64 orderId) const;
    qint64 orderIdByNumber(const QString &orderNo) const; // 0: no such order
    std::optional<CustomerContact> customerContact(qint64 customerId) const;
    QList<ConsentRecord> customerConsents(qint64 customerId) const;
    ProviderRecord providerRecord(qint64 providerId) const;
    // The application with its provider's record (the record's application is the opened one).
    ProviderRecord applicationRecord(qint64 applicationId) const;
    // Average, monthly trend over the last 12 months and recent comments.
    services::provider_ratings::RatingSummary ratingSummary(qint64 providerId) const;
    std::optional<ComplaintDetail> complaintDetail(qint64 complaintId) const;
    // Staff a complaint may be given to (roles that handle complaints, active): id, display name.
    QList<Choice> complaintHandlers() const;
    // A sentence when the holiday calendar runs out (services/sla_clock), else empty.
    QString holidayCalendarWarning() const;
    // The years the stored holiday calendar covers, ascending.
    QList<int> holidayCalendarYears() const;
    // The SLA policy of every complaint category × severity (services/sla_policies).
    QList<services::SlaPolicyRow> slaPolicies() const;
    // Open complaints past their deadline (0 without ComplaintView).
    qint64 breachedComplaints() const;
    // Open complaints flagged to the office manager (0 without ComplaintView).
    qint64 escalatedComplaints() const;

    // The store as a whole.
    qint64 pendingSyncChanges() const;
    // Accounts removed since the data key was last rotated (data_key_rotation.h).
    services::RotationDue dataKeyRotationDue() const;
    // Changes whenever another connection commits (PRAGMA data_version): pages poll it.
    qint64 changeCounter() const;
    StoreInfo storeInfo() const;

private:
    services::Workspace &m_workspace;
};

} // namespace doorstep::itemmodels
