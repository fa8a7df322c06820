-- Schema version 2 (protocol 2): every office gets a node (1–1023) of its
-- own, the 10 bits of node in each id its console mints, so two offices
-- never mint one id. Offices added before get nodes in the order they were
-- added. Shared rows keep their provenance (who sent the row first, who
-- wrote each field last).
ALTER TABLE offices ADD COLUMN node integer UNIQUE CHECK (node BETWEEN 1 AND 1023);
UPDATE offices SET node = n.node
  FROM (SELECT code, row_number() OVER (ORDER BY created_at, code) AS node FROM offices) n
  WHERE offices.code = n.code;
ALTER TABLE sync_rows ADD COLUMN provenance jsonb;
