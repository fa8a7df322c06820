-- Doorstep schema v20: a provider's days off (issue #12). The provider sets
-- them in the app beside the weekly hours (provider_hours); the office's
-- planner (services/dispatch_day) gives a provider no working hours on a
-- day off. day is the office's calendar date, 'YYYY-MM-DD' (domain::officeDate).
-- They travel inside the provider's sync row as "$days_off", as the hours do
-- as "$hours" (sync/provider_extras).
CREATE TABLE provider_days_off (
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    day         TEXT NOT NULL CHECK (length(day) = 10),
    PRIMARY KEY (provider_id, day)
) WITHOUT ROWID;
