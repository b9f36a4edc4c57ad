"""budgetwh: ingest PDFs into the warehouse and query it.

    budgetwh ingest PATH... [--warehouse FILE]     files or folders (recursive *.pdf)
    budgetwh sql "SELECT …" [--format table|csv|json]
    budgetwh status                                 documents, their status, rejections
    budgetwh check PATH... [--format table|json]    every failed / warned quality rule, zh + en
    budgetwh review DOC --publish "why"             publish a quarantined document after review
    budgetwh totals                                 income / expenditure / grand totals in 万元

`ingest` materializes the same Dagster assets as the UI, in-process. With
DAGSTER_HOME set the runs are recorded in that instance; otherwise an
ephemeral instance is used and nothing is left on disk but the warehouse.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import warnings
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipelines.store import default_warehouse_path

app = typer.Typer(help="Chinese budget / final-account PDFs → a DuckDB warehouse.", no_args_is_help=True)
# Piped output (make run, CI logs) is not cut at 80 columns: one result line stays one line.
_WIDTH = None if sys.stdout.isatty() else 200
console = Console(width=_WIDTH)
err = Console(stderr=True, width=_WIDTH)

WarehouseOption = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="Warehouse file (default: $BUDGETWH_WAREHOUSE or warehouse/budget.duckdb)."),
]


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _warehouse(path: Path | None) -> Path:
    return (path or default_warehouse_path()).resolve()


def _collect(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    from pipelines.defs.resources import pdf_files

    files: list[Path] = []
    missing: list[Path] = []
    for p in paths:
        if not p.exists():
            missing.append(p)
            continue
        for f in pdf_files(p):
            if f.resolve() not in {x.resolve() for x in files}:
                files.append(f)
    return files, missing


def _instance():
    from dagster import DagsterInstance

    if os.environ.get("DAGSTER_HOME"):
        return DagsterInstance.get()
    return DagsterInstance.ephemeral()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders (searched recursively for *.pdf).")],
    warehouse: WarehouseOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Dagster's run logs.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, help="Extraction processes (default: 1 for one file, else 2)."),
    ] = None,
) -> None:
    """Ingest PDFs: one result line per document; exit 0 only if every document was ingested."""
    if not verbose:
        warnings.filterwarnings("ignore")
    from pipelines.defs.ingest import IngestResult
    from pipelines.defs.parallel import ingest_files_parallel
    from pipelines.defs.resources import warehouse_resource

    files, missing = _collect(paths)
    for m in missing:
        err.print(f"[red]no such file or folder:[/red] {m}")
    if not files:
        err.print("no PDF files to ingest")
        raise typer.Exit(2)
    db = _warehouse(warehouse)
    db.parent.mkdir(parents=True, exist_ok=True)
    resource = warehouse_resource(db)

    def line(r: IngestResult) -> str:
        name = Path(r.path).name
        if r.status == "quarantined":
            return (
                f"[yellow]![/yellow] {name}: {r.department} {r.fiscal_year} {r.report_kind}, {r.tables} tables, "
                f"{r.facts} facts — [yellow]quarantined[/yellow] ({r.message}); see: budgetwh check {r.path!r}"
            )
        if not r.ok:
            detail = f" — {r.message}" if r.message else ""
            return f"[red]✗[/red] {name}: [red]{r.status}[/red]{detail}"
        kind = r.report_kind or "?"
        if r.part != "full":  # one part of a disclosure published in several files
            kind += f" ({r.part} part)"
        return (
            f"[green]✓[/green] {name}: {r.department} {r.fiscal_year} {kind}, "
            f"{r.tables} tables, {r.facts} facts — [bold]{r.status}[/bold]"
        )

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def on_result(r: IngestResult) -> None:
            progress.console.print(line(r), highlight=False)
            progress.advance(task)

        from pipelines.store.schema import WarehouseLockedError

        try:
            results = ingest_files_parallel(
                files, _instance(), resource, on_result=on_result, quiet=not verbose, workers=workers
            )
        except WarehouseLockedError as exc:
            err.print(f"[red]warehouse locked:[/red] {exc}")
            raise typer.Exit(3) from None
    bad = [r for r in results if not r.ok]
    quarantined = sum(r.status == "quarantined" for r in bad)
    rejected = len(bad) - quarantined
    console.print(
        f"{len(results) - len(bad)} of {len(results)} document(s) ingested into {db}"
        + (f", {quarantined} quarantined" if quarantined else "")
        + (f", {rejected} rejected" if rejected else "")
    )
    if bad or missing:
        raise typer.Exit(1)


def _connect_read_only(warehouse: Path | None) -> duckdb.DuckDBPyConnection:
    db = _warehouse(warehouse)
    if not db.exists():
        err.print(f"no warehouse at {db} (run `budgetwh ingest` first)")
        raise typer.Exit(2)
    from pipelines.store.schema import WarehouseLockedError, connect_with_retry

    try:  # waits while an ingest holds the write lock
        return connect_with_retry(db, read_only=True)
    except WarehouseLockedError as exc:
        err.print(f"[red]warehouse locked:[/red] {exc}")
        raise typer.Exit(3) from None


def _print_rows(columns: list[str], rows: list[tuple], fmt: OutputFormat, title: str | None = None) -> None:
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is OutputFormat.json:
        records = [dict(zip(columns, r, strict=True)) for r in rows]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
    else:
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        console.print(table)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run against the warehouse (read-only).")],
    warehouse: WarehouseOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
) -> None:
    """Run one SQL query against the warehouse, opened read-only."""
    con = _connect_read_only(warehouse)
    try:
        cur = con.execute(query)
        if cur.description is None:
            return
        columns = [d[0] for d in cur.description]
        _print_rows(columns, cur.fetchall(), fmt)
    except duckdb.Error as exc:
        err.print(f"[red]{type(exc).__name__}:[/red] {exc}")
        raise typer.Exit(1) from None
    finally:
        con.close()


@app.command()
def status(warehouse: WarehouseOption = None) -> None:
    """Every ingested document version with its status, then the rejected files."""
    con = _connect_read_only(warehouse)
    try:
        cur = con.execute(
            "SELECT file_name, department, fiscal_year, report_kind, scope, part, status, "
            "left(superseded_by, 12) AS superseded_by, left(document_id, 12) AS document_id, "
            "strftime(ingested_at, '%Y-%m-%d %H:%M') AS ingested_at "
            "FROM published.document_history ORDER BY department, fiscal_year, report_kind, part, ingested_at"
        )
        _print_rows([d[0] for d in cur.description], cur.fetchall(), OutputFormat.table, "documents")
        cur = con.execute(
            "SELECT file_name, reason, message, left(document_id, 12) AS document_id, "
            "strftime(received_at, '%Y-%m-%d %H:%M') AS received_at FROM published.rejections ORDER BY received_at"
        )
        _print_rows([d[0] for d in cur.description], cur.fetchall(), OutputFormat.table, "rejections")
    finally:
        con.close()


@app.command()
def review(
    document: Annotated[str, typer.Argument(help="A quarantined document: its PDF, or its document_id (or a prefix).")],
    note: Annotated[str, typer.Option("--publish", help="Publish it anyway; say why (kept in the warehouse).")],
    warehouse: WarehouseOption = None,
) -> None:
    """Publish a quarantined document after reading its findings (`budgetwh check`).

    For reports whose printed figures contradict themselves but are still needed: the
    findings stay in published.check_results, the note becomes the document's status reason."""
    from pipelines.extract import file_sha256
    from pipelines.store import publish_after_review
    from pipelines.store.schema import connect

    db = _warehouse(warehouse)
    if not db.exists():
        err.print(f"no warehouse at {db}")
        raise typer.Exit(2)
    path = Path(document)
    con = connect(db)
    try:
        if path.is_file():
            sha = file_sha256(path)
        else:
            matches = [
                r[0]
                for r in con.execute(
                    "SELECT document_id FROM core.documents WHERE starts_with(document_id, ?)", [document.lower()]
                ).fetchall()
            ]
            if len(matches) != 1:
                err.print(f"{document!r} names {len(matches)} documents; give the file or a longer id")
                raise typer.Exit(2)
            sha = matches[0]
        try:
            outcome = publish_after_review(con, sha, note)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
        from pipelines.quality import recheck_narrative_parts

        recheck_narrative_parts(con, sha)  # a tables part now published: its narrative parts are checked against it
    finally:
        con.close()
    console.print(
        f"{outcome.file_name}: {outcome.department} {outcome.fiscal_year} {outcome.report_kind} — "
        f"published after review ({outcome.describe()}), {outcome.facts} facts",
        highlight=False,
    )


@app.command()
def totals(
    warehouse: WarehouseOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
) -> None:
    """Income, expenditure and grand totals per fiscal year and department, in 万元."""
    con = _connect_read_only(warehouse)
    try:
        cur = con.execute(
            "SELECT fiscal_year, department, report_kind, scope, income_total_wan, expenditure_total_wan, "
            "grand_total_wan FROM published.document_totals ORDER BY fiscal_year, department, report_kind, scope"
        )
        _print_rows([d[0] for d in cur.description], cur.fetchall(), fmt, "totals (万元)")
    finally:
        con.close()


@app.command()
def export(
    parquet: Annotated[Path, typer.Option("--parquet", help="Folder to write: one sub-folder per published table.")],
    warehouse: WarehouseOption = None,
) -> None:
    """Write every published table/view as Parquet (partitioned by fiscal_year where it has one)."""
    from pipelines.store.export import export_parquet
    from pipelines.store.schema import WarehouseLockedError

    db = _warehouse(warehouse)
    if not db.exists():
        err.print(f"no warehouse at {db} (run `budgetwh ingest` first)")
        raise typer.Exit(2)
    try:
        exported = export_parquet(db, parquet)
    except (WarehouseLockedError, LookupError, duckdb.Error) as exc:
        err.print(f"[red]export failed:[/red] {exc}")
        raise typer.Exit(1) from None
    rows = [(t.name, t.rows, t.partitioned_by or "", t.path) for t in exported]
    _print_rows(["table", "rows", "partitioned_by", "path"], rows, OutputFormat.table, f"exported to {parquet}")


@app.command()
def report(
    department: Annotated[
        str | None, typer.Option("--department", "-d", help="Only this department (as printed); default: all.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the site (index.html + pages).")] = Path(
        "reports"
    ),
    warehouse: WarehouseOption = None,
) -> None:
    """A small offline site: index.html (every department, filterable) and one page per department
    (series across years, cross-year findings, same-year budget peers, 三公, quality)."""
    from pipelines.report import MissingViewsError, generate_reports
    from pipelines.store.schema import WarehouseLockedError

    db = _warehouse(warehouse)
    if not db.exists():
        err.print(f"no warehouse at {db} (run `budgetwh ingest` first)")
        raise typer.Exit(2)
    try:
        results = generate_reports(db, out, department)
    except MissingViewsError as exc:
        err.print(f"[red]report failed:[/red] {exc}")
        raise typer.Exit(1) from None
    except LookupError as exc:
        err.print(f"[red]report failed:[/red] {exc}")
        raise typer.Exit(2) from None
    except (WarehouseLockedError, duckdb.Error) as exc:
        err.print(f"[red]report failed:[/red] {exc}")
        raise typer.Exit(1) from None
    for r in results:
        console.print(f"{r.department}: {r.documents} document(s) → {r.path} ({r.seconds:.2f} s)", highlight=False)
    console.print(f"{len(results)} report(s) in {sum(r.seconds for r in results):.2f} s", highlight=False)
    if department is None:
        console.print(f"index: {out / 'index.html'}", highlight=False)


_CHECK_COLUMNS = [
    "rule_id",
    "severity",
    "table_key",
    "page",
    "line_key",
    "measure",
    "expected",
    "found",
    "difference",
    "message_zh",
    "message_en",
]


def _stored_findings(db: Path, sha: str) -> list[tuple] | None:
    """The gate's findings for a document already in the warehouse, or None if it was never checked."""
    if not db.exists():
        return None
    con = _connect_read_only(db)
    try:
        known = con.execute("SELECT count(*) FROM core.check_results WHERE document_id = ?", [sha]).fetchone()[0]
        if not known:
            return None
        return con.execute(
            f"SELECT {', '.join(_CHECK_COLUMNS)} FROM published.check_results "
            "WHERE document_id = ? AND outcome = 'fail' ORDER BY severity, page, rule_id",
            [sha],
        ).fetchall()
    except duckdb.Error:
        return None
    finally:
        con.close()


def _fresh_findings(path: Path) -> tuple[str, list[tuple]]:
    """Extract and gate a file in a scratch in-memory warehouse (nothing is written anywhere)."""
    from pipelines.extract import extract_document
    from pipelines.quality import run_gate
    from pipelines.store import ensure_schema, write_document

    con = duckdb.connect(":memory:")
    try:
        ensure_schema(con)
        doc = extract_document(path)
        write_document(con, doc, path, publish=False)
        report = run_gate(con, doc.sha256)
        rows = [
            (
                f.rule_id,
                f.severity,
                f.table_key,
                f.page,
                f.line_key,
                f.measure,
                f.expected,
                f.found,
                f.difference,
                f.message_zh,
                f.message_en,
            )
            for f in sorted(report.findings, key=lambda f: (f.severity, f.page or 0, f.rule_id))
        ]
        verdict = "would be quarantined" if report.blocking_failed else "would be published"
        return verdict, rows
    finally:
        con.close()


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_SEVERITY_MARK = {
    "error": "[red]✗ error  [/red]",
    "warning": "[yellow]! warning[/yellow]",
    "info": "[dim]· info   [/dim]",
}


def _print_findings(entry: dict) -> None:
    """One block per document: a line per finding, then its Chinese and English message."""
    findings = sorted(entry.get("findings", []), key=lambda f: (_SEVERITY_RANK.get(f["severity"], 3), f["page"] or 0))
    errors = sum(f["severity"] == "error" for f in findings)
    summary = entry.get("message") or f"{errors} blocking, {len(findings) - errors} other finding(s)"
    console.print(f"[bold]{entry['file']}[/bold]: {entry['verdict']} — {summary}", highlight=False)
    for f in findings:
        where = " ".join(
            part
            for part in (
                f["table_key"] or "",
                f"p.{f['page']}" if f["page"] else "",
                f"line {f['line_key']}" if f["line_key"] else "",
                f["measure"] or "",
            )
            if part
        )
        numbers = ""
        if f["expected"] is not None or f["found"] is not None:
            numbers = f"  expected {f['expected']}  found {f['found']}  difference {f['difference']} 元"
        console.print(
            f"  {_SEVERITY_MARK.get(f['severity'], f['severity'])} {f['rule_id']}  {where}{numbers}", highlight=False
        )
        console.print(f"      {f['message_zh']}", highlight=False, soft_wrap=True)
        console.print(f"      {f['message_en']}", highlight=False, soft_wrap=True)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders.")],
    warehouse: WarehouseOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")] = OutputFormat.table,
) -> None:
    """Every failed or warned quality rule per document, in Chinese and English.

    A document already in the warehouse shows its stored check results; any other file
    is extracted and checked in memory (the warehouse is not touched). Exit 1 if any
    document has a blocking (error) finding or cannot be read."""
    warnings.filterwarnings("ignore")
    from pipelines.extract import ExtractionError, file_sha256

    files, missing = _collect(paths)
    for m in missing:
        err.print(f"[red]no such file or folder:[/red] {m}")
    db = _warehouse(warehouse)
    report: list[dict] = []
    blocked = bool(missing)
    for path in files:
        sha = file_sha256(path)
        rows = _stored_findings(db, sha)
        verdict = "checked in the warehouse"
        if rows is None:
            try:
                verdict, rows = _fresh_findings(path)
            except ExtractionError as exc:
                report.append({"file": path.name, "verdict": f"rejected: {exc.reason}", "message": exc.message})
                blocked = True
                continue
        blocked = blocked or any(r[1] == "error" for r in rows)
        report.append(
            {
                "file": path.name,
                "document_id": sha,
                "verdict": verdict,
                "findings": [dict(zip(_CHECK_COLUMNS, r, strict=True)) for r in rows],
            }
        )
    if fmt is OutputFormat.json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        for entry in report:
            _print_findings(entry)
    if blocked:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
