"""Post every provider payload in the corpus to its intake endpoint, then normalize it.

    uv run python -m conformance.webhook_corpus ../shared/corpus

Each payload is signed the way its provider signs (with test secrets) and posted to the real
intake routes in-process; the delivery that reaches the (recording) publisher is normalized with
the service's own normalizer. A payload passes when the endpoint answers below 500 and the
outcomes match the expectation written for that file by reading it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import structlog
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from conformance.corpus_check import JSON, multipart_content_type, outcome_kinds
from onecase_intake.config import IntakeSettings
from onecase_intake.domain.outcomes import MalformedDeliveryError
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake, NoDeliveryLog, normalize_delivery
from onecase_intake.webhooks.body_limits import InflightBodyBudget
from onecase_intake.webhooks.pipeline import WebhookEdge
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.events import Event, RawDeliveryReceivedV1, Topic

SETTINGS = IntakeSettings(
    sendgrid_basic_auth="sg:conformance",
    postmark_basic_auth="pm:conformance",
    x_consumer_secret="x-conformance",
    meta_app_secret="meta-conformance",
    intercom_client_secret="intercom-conformance",
)


def _basic(credentials: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def _sign_x(body: bytes) -> dict[str, str]:
    digest = hmac.new(b"x-conformance", body, hashlib.sha256).digest()
    return {"x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode()}


def _sign_meta(body: bytes) -> dict[str, str]:
    digest = hmac.new(b"meta-conformance", body, hashlib.sha256).hexdigest()
    return {"x-hub-signature-256": "sha256=" + digest}


def _sign_intercom(body: bytes) -> dict[str, str]:
    digest = hmac.new(b"intercom-conformance", body, hashlib.sha1).hexdigest()
    return {"x-hub-signature": "sha1=" + digest}


@dataclass(frozen=True)
class Source:
    """One corpus folder: where its payloads go and how they are signed."""

    folder: str
    path: str
    headers: Callable[[bytes], dict[str, str]]
    expected: Mapping[str, list[str]]


@dataclass
class Result:
    """What happened to one corpus folder."""

    folder: str
    files: int = 0
    server_errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


class _Recorder:
    def __init__(self) -> None:
        self.raw: list[RawDeliveryReceivedV1] = []

    async def publish(
        self, event: Event, *, topic: str, key: str, headers: dict[str, str] | None = None
    ) -> None:
        if topic == Topic.INTAKE_RAW and isinstance(event, RawDeliveryReceivedV1):
            self.raw.append(event)


async def check_source(source: Source, corpus: Path) -> Result:
    """Post every file of one folder and compare its outcomes with the expectation."""
    recorder = _Recorder()
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    intake = DeliveryIntake(publisher=recorder, deliveries=NoDeliveryLog(), metrics=metrics)
    edge = WebhookEdge(
        intake,
        metrics,
        bodies=InflightBodyBudget(SETTINGS.max_inflight_body_bytes),
        auth_failures=AuthFailureLimiter(
            limit=SETTINGS.auth_failure_limit,
            window_s=SETTINGS.auth_failure_window_s,
            registry=registry,
        ),
    )
    app = FastAPI()
    add_webhook_routes(app.router, SETTINGS, edge)
    result = Result(source.folder)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://intake") as client:
        for file in sorted((corpus / "webhooks" / source.folder).iterdir()):
            body = file.read_bytes()
            result.files += 1
            content_type = multipart_content_type(body) if file.suffix == ".txt" else JSON
            headers = {"content-type": content_type, **source.headers(body)}
            response = await client.post(source.path, content=body, headers=headers)
            if response.status_code >= 500:
                result.server_errors.append(f"{file.name}: {response.status_code}")
                continue
            try:
                got = outcome_kinds(normalize_delivery(recorder.raw[-1]))
            except MalformedDeliveryError:
                got = ["malformed"]
            want = source.expected.get(file.name)
            if want is None:
                result.mismatches.append(f"{file.name}: no expectation written")
            elif got != want:
                result.mismatches.append(f"{file.name}: expected {want}, got {got}")
    return result


def sources() -> list[Source]:
    """Every folder with its endpoint, signer and expectation table."""
    from conformance import (
        facebook_expectations,
        intercom_expectations,
        mail_provider_expectations,
        x_expectations,
    )

    mail = mail_provider_expectations.EXPECTED
    return [
        Source("x", "/webhooks/x", _sign_x, x_expectations.EXPECTED),
        Source(
            "facebook_messenger", "/webhooks/facebook", _sign_meta, facebook_expectations.EXPECTED
        ),
        Source("postmark", "/webhooks/email/postmark", lambda _: _basic("pm:conformance"), mail),
        Source(
            "sendgrid_inbound_parse",
            "/webhooks/email/sendgrid",
            lambda _: _basic("sg:conformance"),
            mail,
        ),
        Source("intercom", "/webhooks/intercom", _sign_intercom, intercom_expectations.EXPECTED),
    ]


def main() -> int:
    """Run every folder and print a table; exit 1 on any 5xx or mismatch."""
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    if not (corpus / "webhooks").is_dir():
        print(f"no corpus at {corpus}: nothing to check")
        return 0
    # The table is the output: per-delivery info logs would bury it.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    results = [asyncio.run(check_source(source, corpus)) for source in sources()]
    print("| folder | files | 5xx | matching expectation |")
    print("|---|---|---|---|")
    for r in results:
        matched = r.files - len(r.server_errors) - len(r.mismatches)
        print(f"| {r.folder} | {r.files} | {len(r.server_errors)} | {matched}/{r.files} |")
    for r in results:
        for line in r.server_errors + r.mismatches:
            print(f"  {r.folder}/{line}")
    return int(any(r.server_errors or r.mismatches for r in results))


if __name__ == "__main__":
    sys.exit(main())
