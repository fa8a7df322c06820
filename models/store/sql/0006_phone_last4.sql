-- Doorstep schema v6: roles that see masked phone numbers search by the last
-- four digits (the part the mask shows) or the whole number, never by other
-- digits (domain/phone_search.h). The whole number uses the phone indexes;
-- the last four use these expression indexes, so that search stays a seek at
-- any size. The queries must write the expression exactly so:
-- substr(phone, -4) = ?.
CREATE INDEX customers_phone_last4 ON customers(substr(phone, -4));
CREATE INDEX providers_phone_last4 ON providers(substr(phone, -4));
