-- raw: every file ever received, and the extractor's output staged per document.
-- Rows of one document are replaced together (delete-then-insert in one transaction).

CREATE TABLE IF NOT EXISTS raw.documents (
    document_id VARCHAR PRIMARY KEY,          -- sha256 of the file (hex)
    file_name   VARCHAR NOT NULL,             -- base name as (last) received
    path        VARCHAR,                      -- where it was (last) read from
    size        BIGINT,
    received_at TIMESTAMP NOT NULL,           -- first time this content was seen
    status      VARCHAR NOT NULL,             -- received | extracted | rejected
    reason      VARCHAR,                      -- ExtractionError.reason when rejected
    message     VARCHAR,                      -- one-line human message when rejected
    updated_at  TIMESTAMP
);

-- Cover / document-level facts as extracted (one row per extracted document).
CREATE TABLE IF NOT EXISTS raw.extractions (
    document_id        VARCHAR NOT NULL,
    file_name          VARCHAR NOT NULL,
    department         VARCHAR NOT NULL,
    fiscal_year        INTEGER NOT NULL,
    report_kind        VARCHAR NOT NULL,
    scope              VARCHAR NOT NULL,
    page_count         INTEGER NOT NULL,
    extraction_seconds DOUBLE,
    narrative_pages    INTEGER[],
    extracted_at       TIMESTAMP NOT NULL
);
-- Which part of a disclosure the file is: full | tables | narrative (DocumentMeta.part).
-- Added by ALTER so that a warehouse built before parts existed gains it in place, its rows
-- reading 'full' (every document then held tables and 情况说明 together).
ALTER TABLE raw.extractions ADD COLUMN IF NOT EXISTS part VARCHAR DEFAULT 'full';

CREATE TABLE IF NOT EXISTS raw.tables (
    document_id  VARCHAR NOT NULL,
    table_key    VARCHAR NOT NULL,
    title        VARCHAR,
    pages        INTEGER[],
    unit_printed VARCHAR,
    method       VARCHAR
);
-- Codes a table prints on several rows (per-unit blocks run together): left out by the
-- extractor, so the table is partial and its sums are not checked (checks.partial_tables).
ALTER TABLE raw.tables ADD COLUMN IF NOT EXISTS repeated_codes VARCHAR[];

CREATE TABLE IF NOT EXISTS raw.cells (
    document_id VARCHAR NOT NULL,
    table_key   VARCHAR NOT NULL,
    page        INTEGER NOT NULL,
    "row"       INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    text        VARCHAR,
    bbox        DOUBLE[]                      -- x1, y1, x2, y2 in PDF points
);

-- The extractor's typed line items, staged so that core can be (re)built from
-- the warehouse alone. amount exactly as printed: up to 6 decimals (北京 prints 万元 to 6
-- decimals, 44.796055 = 447960.55 元); warehouses built with DECIMAL(18,4) are widened by
-- pipelines.store.schema.ensure_schema (an ALTER here would rewrite the column on every run).
CREATE TABLE IF NOT EXISTS raw.line_items (
    document_id       VARCHAR NOT NULL,
    table_key         VARCHAR NOT NULL,
    side              VARCHAR,
    line_key          VARCHAR NOT NULL,
    line_label        VARCHAR,
    measure           VARCHAR NOT NULL,
    amount            DECIMAL(24,6) NOT NULL,
    unit_printed      VARCHAR NOT NULL,
    amount_yuan       DECIMAL(18,2) NOT NULL,
    page              INTEGER,
    code_kind         VARCHAR,
    level             INTEGER,
    parent_code       VARCHAR,
    "row"             INTEGER,
    col               INTEGER,
    extraction_method VARCHAR
);

-- The text layer of every page (for the narrative claims and the placeholder checks).
CREATE TABLE IF NOT EXISTS raw.pages (
    document_id  VARCHAR NOT NULL,
    page         INTEGER NOT NULL,
    text         VARCHAR,
    in_narrative BOOLEAN NOT NULL             -- part of the 情况说明 section
);
