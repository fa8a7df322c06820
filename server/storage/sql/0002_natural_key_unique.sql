-- One platform row per natural key, as PostgreSQL's unique index has it: a
-- second catalogue row claiming a taken code fails its transaction instead
-- of leaving two rows that match one code. Only the platform's own, live
-- rows carry a natural key (version 1 also set it on offices' rows and on
-- tombstones).
UPDATE rows SET natural_key = NULL WHERE owner <> 'platform' OR deleted <> 0;
DROP INDEX rows_natural;
CREATE UNIQUE INDEX rows_natural ON rows(entity, natural_key) WHERE natural_key IS NOT NULL;
