-- Three layers: raw (what was received / what the extractor said),
-- core (typed facts, dimensions, document versions), published (the contract).
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS published;
