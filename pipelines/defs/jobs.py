"""Jobs: one document's ingestion (partitioned) and the scan-the-inbox job of the yearly schedule."""

from pathlib import Path

from dagster import Failure, MetadataValue, OpExecutionContext, Output, define_asset_job, job, op
from dagster_duckdb import DuckDBResource

from pipelines.defs.assets import ALL_ASSETS
from pipelines.defs.parallel import ingest_files_parallel
from pipelines.defs.resources import Inbox

# source_documents → extracted_tables → core_facts for one partition, then published_views.
ingest_document_job = define_asset_job(
    "ingest_document",
    selection=ALL_ASSETS,
    description="Ingest one document (partition = the file's sha256) and refresh the published views.",
)


@op(description="Scan the inbox and ingest every file not yet in the warehouse, one run per document.")
def ingest_new_inbox_files(context: OpExecutionContext, warehouse: DuckDBResource, inbox: Inbox) -> Output[int]:
    files = inbox.scan()
    known: set[str] = set()
    if Path(warehouse.database).exists():
        with warehouse.get_connection() as con:
            if con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'core' "
                "AND table_name = 'documents'"
            ).fetchone()[0]:
                known = {r[0] for r in con.execute("SELECT document_id FROM core.documents").fetchall()}
    new = {f.sha256: Path(f.path) for f in files if f.sha256 not in known}
    context.log.info(f"{len(files)} file(s) in {inbox.path}, {len(new)} new")
    # extraction on every core (pipelines.defs.parallel); the warehouse writes stay in this process
    results = ingest_files_parallel(list(new.values()), context.instance, warehouse, inbox, quiet=False)
    for r in results:
        context.log.info(f"{Path(r.path).name}: {r.status}")
    rejected = [r for r in results if not r.ok]
    if rejected:
        raise Failure(
            description=f"{len(rejected)} of {len(results)} new file(s) rejected",
            metadata={"rejected": MetadataValue.md("\n".join(f"- {Path(r.path).name}: {r.status}" for r in rejected))},
        )
    lines = "\n".join(f"- {Path(r.path).name}: {r.status}" for r in results) or "_nothing new_"
    return Output(len(results), metadata={"ingested": len(results), "files": MetadataValue.md(lines)})


@job(description="Scan the inbox and ingest everything new (run by the yearly schedule).")
def ingest_inbox() -> None:
    ingest_new_inbox_files()
