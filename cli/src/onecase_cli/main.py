"""`onecase`: one command for what operators do, each saying what it did."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime

import click

from onecase_cli.config_check import check_all
from onecase_cli.erase import EraseFailedError, erase_customer
from onecase_cli.redrive import RedriveFilter, redrive


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Onecase operations: run the local stack, replay, redrive a DLQ, erase, check config."""


@cli.command()
def up() -> None:
    """Start Kafka, MongoDB and the services in the background (state in .run/)."""
    from onecase_localinfra.__main__ import start_in_background
    from onecase_localinfra.stack import StackPaths

    start_in_background(StackPaths.from_environment())
    click.echo("Onecase is up: intake :8001, triage :8002, notify :8003. `onecase down` stops it.")


@cli.command()
def down() -> None:
    """Stop everything `onecase up` or `onecase run` started."""
    from onecase_localinfra.stack import StackPaths
    from onecase_localinfra.stack import down as stop

    stop(StackPaths.from_environment())
    click.echo("Onecase is down.")


@cli.command()
def run() -> None:
    """Everything up locally with a live demo; Ctrl-C stops it all."""
    from onecase_localinfra.__main__ import run_stack
    from onecase_localinfra.stack import StackPaths

    sys.exit(run_stack(StackPaths.from_environment()))


@cli.command()
@click.option("--all", "every", is_flag=True, help="Every raw delivery still on the topic.")
@click.option("--delivery-id", "delivery_ids", multiple=True, help="Repeatable.")
@click.option(
    "--since",
    callback=lambda _ctx, _param, value: datetime.fromisoformat(value) if value else None,
    help="Only deliveries received after this ISO-8601 time.",
)
@click.option("--dry-run", is_flag=True, help="Print outcomes, publish nothing.")
def replay(
    every: bool, delivery_ids: tuple[str, ...], since: datetime | None, dry_run: bool
) -> None:
    """Normalize raw deliveries again (after a normalizer fix)."""
    from onecase_intake.config import NormalizerSettings
    from onecase_intake.replay import replay as replay_deliveries
    from onecase_shared.structured_logging import configure_logging

    if every == bool(delivery_ids):
        raise click.UsageError("give either --all or one or more --delivery-id")
    settings = NormalizerSettings()
    configure_logging("intake-replay", settings.log_level)
    count = asyncio.run(
        replay_deliveries(settings, delivery_ids=set(delivery_ids), since=since, dry_run=dry_run)
    )
    click.echo(f"replayed {count} deliveries" + (" (dry run)" if dry_run else ""))


@cli.command("redrive")
@click.argument("dlq")
@click.option("--reason", help="Only messages dead-lettered for this reason (handler_failed, ...).")
@click.option(
    "--error-type", help="Only messages whose error had this type (ValidationError, ...)."
)
@click.option("--key", help="Only messages with this Kafka key.")
@click.option("--limit", type=click.IntRange(min=1), help="Redrive at most this many.")
@click.option("--dry-run", is_flag=True, help="List what would be redriven, publish nothing.")
def redrive_command(
    dlq: str,
    reason: str | None,
    error_type: str | None,
    key: str | None,
    limit: int | None,
    dry_run: bool,
) -> None:
    """Republish messages of the dead-letter topic DLQ (<topic>.dlq) to their source topic."""
    from onecase_shared.settings import KafkaSettings

    only = RedriveFilter(reason=reason, error_type=error_type, key=key, limit=limit)
    try:
        outcome = asyncio.run(
            redrive(KafkaSettings(), dlq, only=only, dry_run=dry_run, report=click.echo)
        )
    except (ValueError, LookupError) as error:
        raise click.ClickException(str(error)) from error
    verb = "would redrive" if dry_run else "redrove"
    click.echo(
        f"{verb} {outcome.redriven} of {outcome.examined} messages examined on {dlq}"
        f" ({outcome.skipped} did not match)"
    )


@cli.command()
@click.argument("customer_id")
@click.option("--desk-url", default="http://127.0.0.1:8002", show_default=True, help="Triage.")
@click.option(
    "--token",
    envvar="ONECASE_DESK_TOKEN",
    required=True,
    help="A lead's or admin's desk token (or ONECASE_DESK_TOKEN).",
)
def erase(customer_id: str, desk_url: str, token: str) -> None:
    """Erase a customer's personal data in every service (DELETE /customers/{id})."""
    try:
        entry = asyncio.run(erase_customer(desk_url, customer_id, token))
    except EraseFailedError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"erased customer {customer_id}; audit entry:")
    click.echo(json.dumps(entry, indent=2, default=str))


@cli.command("check-config")
def check_config() -> None:
    """Load each service's settings from the environment and report problems (exit 1 if any)."""
    failed = False
    for report in check_all():
        status = "problems" if report.problems else "ok"
        click.echo(f"{report.service}: {status}")
        for problem in report.problems:
            click.echo(f"  error: {problem}")
        for warning in report.warnings:
            click.echo(f"  warning: {warning}")
        failed = failed or bool(report.problems)
    if failed:
        raise click.ClickException("some services would refuse to start")
