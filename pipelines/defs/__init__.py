"""Dagster definitions: `dagster dev -w workspace.yaml` loads `defs` from here."""

from dagster import Definitions

from pipelines.defs.assets import ALL_ASSETS
from pipelines.defs.checks import quality_gate
from pipelines.defs.comparisons import COMPARISON_ASSETS, comparisons_sensor, refresh_comparisons
from pipelines.defs.jobs import ingest_document_job, ingest_inbox, ingest_inbox_celery
from pipelines.defs.resources import default_resources
from pipelines.defs.schedules import yearly_inbox_ingest
from pipelines.defs.sensors import inbox_sensor

defs = Definitions(
    assets=[*ALL_ASSETS, *COMPARISON_ASSETS],
    asset_checks=[quality_gate],
    jobs=[ingest_document_job, ingest_inbox, ingest_inbox_celery, refresh_comparisons],
    sensors=[inbox_sensor, comparisons_sensor],
    schedules=[yearly_inbox_ingest],
    resources=default_resources(),
)
