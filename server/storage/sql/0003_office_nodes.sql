-- Protocol 2. Every office gets a node (1–1023) of its own, the 10 bits of
-- node in each id its console mints, so two offices never mint one id
-- (random nodes collided: ~4 % with 10 offices). Offices added before get
-- nodes in code order. Shared rows keep their provenance (who sent the row
-- first, who wrote each field last) as JSON: a colliding id and the office
-- whose value lost a field are known.
ALTER TABLE offices ADD COLUMN node INTEGER CHECK (node BETWEEN 1 AND 1023);
UPDATE offices SET node = (SELECT count(*) FROM offices o WHERE o.code <= offices.code);
CREATE UNIQUE INDEX offices_node ON offices(node);
ALTER TABLE rows ADD COLUMN provenance TEXT;
