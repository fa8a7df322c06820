#include "services/clock.h"

#include "domain/office_time.h"


namespace doorstep::services {

qint64 Clock::now() const
{
    return m_override ? m_override() : QDateTime::currentSecsSinceEpoch();
}

QDate Clock::officeToday() const
{
    return domain::officeDay(now());
}

} // namespace doorstep::services
