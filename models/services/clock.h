#pragma once
// The one clock of a console. The service layer owns it and stamps every
// action with it; item models get it by reference (next to the database and
// the session), so everything that depends on "now" (overdue orders, waiting
// times, credentials about to expire) reads the same time, and a test that
// moves it moves it for all of them. Nothing else in models/ or ui/ reads the
// system clock.
#include <QDate>

#include <functional>

namespace doorstep::services {

class Clock
{
public:
    qint64 now() const;      // UTC seconds
    QDate officeToday() const; // the office's calendar day (domain/office_time) holding now()

    // Tests: a clock of their own (an empty function: the system's again).
    void set(std::function<qint64()> nowSecs) { m_override = std::move(nowSecs); }

private:
    std::function<qint64()> m_override;
};

} // namespace doorstep::services
