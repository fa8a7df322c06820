#include "services/clock.h"

#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::services {

qint64 Clock::now() const
{
    return m_override ? m_override() : QDateTime::currentSecsSinceEpoch();
}

QDate Clock::officeToday() const
{
    return QDateTime::fromSecsSinceEpoch(now(), domain::officeTimeZone()).date();
}

} // namespace doorstep::services
