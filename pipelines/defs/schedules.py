"""A yearly schedule: final accounts are published around mid-year, so scan the inbox on 1 July."""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from pipelines.defs.jobs import ingest_inbox

yearly_inbox_ingest = ScheduleDefinition(
    name="yearly_inbox_ingest",
    job=ingest_inbox,
    cron_schedule="0 3 1 7 *",
    execution_timezone="Asia/Shanghai",
    default_status=DefaultScheduleStatus.STOPPED,
    description="Every 1 July 03:00: scan the inbox and ingest everything new.",
)
