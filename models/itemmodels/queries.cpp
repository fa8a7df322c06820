#include "itemmodels/queries.h"

#include "stats/dashboard.h"
#include "stats/dashboard_loader.h"

#include "itemmodels/applications_model.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/expiring_credentials_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/page_worker.h"
#include "itemmodels/providers_model.h"
#include "itemmodels/schedule_model.h"
#include "itemmodels/staff_model.h"
#include "itemmodels/sync_conflicts_model.h"
#include "itemmodels/status_counts.h"
#include "itemmodels/sweep_check.h"
#include "services/sla_clock.h"
#include "services/sync_outbox.h"
#include "services/workspace.h"
#include "store/sqlite.h"

namespace doorstep::itemmodels {

Queries::Queries(services::Workspace &workspace)
    : m_workspace(workspace)
{
}

OrdersModel *Queries::ordersModel(QObject *parent) const
{
    return new OrdersModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock(), parent);
}

CustomersModel *Queries::customersModel(QObject *parent) const
{
    return new CustomersModel(m_workspace.store().db(), m_workspace.session(), parent);
}

StaffModel *Queries::staffModel(QObject *parent) const
{
    return new StaffModel(m_workspace.store().db(), m_workspace.session(), parent);
}

ProvidersModel *Queries::providersModel(QObject *parent) const
{
    return new ProvidersModel(m_workspace.store().db(), m_workspace.session(), parent);
}

ApplicationsModel *Queries::applicationsModel(QObject *parent) const
{
    return new ApplicationsModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock(), parent);
}

SyncConflictsModel *Queries::syncConflictsModel(QObject *parent) const
{
    return new SyncConflictsModel(m_workspace.store().db(), parent);
}

ComplaintsModel *Queries::complaintsModel(QObject *parent) const
{
    return new ComplaintsModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock(), parent);
}

std::optional<ComplaintDetail> Queries::complaintDetail(qint64 complaintId) const
{
    return loadComplaintDetail(m_workspace.store().db(), m_workspace.session(), complaintId);
}

QList<Choice> Queries::complaintHandlers() const
{
    QList<Choice> out;
    auto st = m_workspace.store().db().prepare("SELECT id, display_name, role FROM staff WHERE active = 1 AND removed_at IS NULL ORDER BY display_name");
    while (st.next()) {
        const auto role = services::roleFromKey(st.text(2));
        if (role && services::roleAllows(*role, services::Permission::ComplaintHandle))
            out.append({st.int64(0), st.text(1)});
    }
    return out;
}

qint64 Queries::breachedComplaints() const
{
    return ComplaintsModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock()).breachedCount();
}

qint64 Queries::escalatedComplaints() const
{
    return ComplaintsModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock()).escalatedCount();
}

QString Queries::holidayCalendarWarning() const
{
    return services::SlaClock(m_workspace.store().db()).calendarWarning(m_workspace.clock().now());
}

QList<int> Queries::holidayCalendarYears() const
{
    return services::SlaClock(m_workspace.store().db()).calendarYears();
}

QList<services::SlaPolicyRow> Queries::slaPolicies() const
{
    return services::SlaPolicyService::list(m_workspace.store().db());
}

ExpiringCredentialsModel *Queries::expiringCredentialsModel(QObject *parent) const
{
    return new ExpiringCredentialsModel(m_workspace.store().db(), m_workspace.session(), m_workspace.clock(), parent);
}

ScheduleModel *Queries::scheduleModel(QObject *parent) const
{
    return new ScheduleModel(m_workspace.services(), parent);
}

StatusCounts *Queries::statusCounts(QObject *parent) const
{
    return new StatusCounts(m_workspace.store().readerOpener(), m_workspace.session(), parent);
}

PageWorker *Queries::pageWorker(QObject *parent) const
{
    return new PageWorker(m_workspace.store().readerOpener(), parent);
}

SweepCheck *Queries::sweepCheck(QObject *parent) const
{
    return new SweepCheck(m_workspace.store().readerOpener(), parent);
}

stats::DashboardLoader *Queries::dashboardLoader(QObject *parent) const
{
    return new stats::DashboardLoader(m_workspace.store().readerOpener(),
                                      m_workspace.session().can(services::Permission::StatisticsView), parent);
}

QList<qint64> Queries::activeProviders(QDate from, QDate to) const
{
    if (!m_workspace.session().can(services::Permission::StatisticsView))
        return {};
    return stats::activeProvidersIn(m_workspace.store().db(), {from, to});
}

QList<MapDistrict> Queries::mapDistricts() const
{
    return itemmodels::mapDistricts(m_workspace.store().db());
}

MapOrders Queries::mapOrders(qint64 dayStart, qint64 dayEnd, qint64 districtId, qint64 categoryId, const MapArea &area, int limit) const
{
    return itemmodels::mapOrders(m_workspace.store().db(), dayStart, dayEnd, districtId, categoryId, area, limit);
}

QHash<qint64, qint64> Queries::reachedTimes(const QList<qint64> &orderIds) const
{
    return itemmodels::reachedTimes(m_workspace.store().db(), orderIds);
}

QHash<qint64, ReportedPosition> Queries::reportedPositions(const QList<qint64> &providerIds) const
{
    return itemmodels::reportedPositions(m_workspace.store().db(), providerIds);
}

QList<Choice> Queries::districts() const
{
    return districtChoices(m_workspace.store().db());
}

QList<Choice> Queries::serviceCategories() const
{
    return serviceCategoryChoices(m_workspace.store().db());
}

QList<Choice> Queries::serviceItems() const
{
    return serviceItemChoices(m_workspace.store().db());
}

QList<Choice> Queries::courses() const
{
    return courseChoices(m_workspace.store().db());
}

QList<Choice> Queries::assessments() const
{
    return assessmentChoices(m_workspace.store().db());
}

QList<std::pair<QString, QString>> Queries::qualificationTypes() const
{
    return itemmodels::qualificationTypes(m_workspace.store().db());
}

std::optional<OrderDetail> Queries::orderDetail(qint64 orderId) const
{
    return loadOrderDetail(m_workspace.store().db(), m_workspace.session(), orderId);
}

std::optional<services::OrderForDispatch> Queries::orderForDispatch(qint64 orderId) const
{
    return services::loadOrderForDispatch(m_workspace.store().db(), orderId);
}

qint64 Queries::orderIdByNumber(const QString &orderNo) const
{
    return m_workspace.store().db().scalar("SELECT id FROM orders WHERE order_no = ?", orderNo).toLongLong();
}

QString Queries::orderNumber(qint64 orderId) const
{
    return services::orderNumber(m_workspace.store().db(), orderId);
}

std::optional<CustomerContact> Queries::customerContact(qint64 customerId) const
{
    return loadCustomerContact(m_workspace.store().db(), m_workspace.session(), customerId);
}

QList<ConsentRecord> Queries::customerConsents(qint64 customerId) const
{
    m_workspace.services().require(services::Permission::CustomerView);
    return loadCustomerConsents(m_workspace.store().db(), customerId);
}

ProviderRecord Queries::providerRecord(qint64 providerId) const
{
    return loadProviderRecord(m_workspace.store().db(), providerId, m_workspace.clock().officeToday());
}

ProviderRecord Queries::applicationRecord(qint64 applicationId) const
{
    return loadApplicationRecord(m_workspace.store().db(), applicationId, m_workspace.clock().officeToday());
}

services::provider_ratings::RatingSummary Queries::ratingSummary(qint64 providerId) const
{
    return services::provider_ratings::summary(m_workspace.store().db(), providerId, m_workspace.services().now());
}

qint64 Queries::pendingSyncChanges() const
{
    return services::outbox::pendingCount(m_workspace.store().db());
}

services::RotationDue Queries::dataKeyRotationDue() const
{
    return services::rotationDue(m_workspace.store().db());
}

qint64 Queries::changeCounter() const
{
    return m_workspace.store().db().scalar("PRAGMA data_version").toLongLong();
}

StoreInfo Queries::storeInfo() const
{
    return {m_workspace.store().path(), m_workspace.store().schemaVersion()};
}

} // namespace doorstep::itemmodels
