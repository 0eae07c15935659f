"""Promise 1 at the edge: with Kafka down a webhook gets 5xx, never 2xx or 4xx, and loses nothing.

This test needs a broker it can stop, so it always starts its own with the local launcher.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_shared import standard_webhooks
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.test_pipeline import SECRET

pytestmark = pytest.mark.integration


def test_kafka_down_means_503_and_the_retried_delivery_is_processed_once(
    own_kafka: LocalKafka, mongo: Endpoint, smtp: tuple[MailCatcher, int], tmp_path: Path
) -> None:
    catcher, smtp_port = smtp
    env = service_env(
        own_kafka.bootstrap,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp_port),
        ONECASE_KAFKA_PUBLISH_TIMEOUT_S="3",
    )
    services = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            services.start(name)
        raw = build_mail(DEMO_COMPLAINTS[1])
        headers = standard_webhooks.signed_headers(SECRET, "msg_outage_1", raw)
        url = f"{services.url('intake')}/webhooks/email/raw"

        own_kafka.stop()
        during_outage = httpx.post(url, content=raw, headers=headers, timeout=30)
        assert during_outage.status_code == 503, during_outage.text

        own_kafka.start()
        # The provider retries the very same delivery; it may need a moment to reconnect.
        deadline = time.monotonic() + 60
        statuses = []
        while time.monotonic() < deadline:
            statuses.append(httpx.post(url, content=raw, headers=headers, timeout=30).status_code)
            if statuses[-1] == 202:
                break
            time.sleep(1)
        assert statuses[-1] == 202, statuses
        assert all(s >= 500 or s == 202 for s in statuses), f"never a 4xx: {statuses}"

        (ack, *_) = catcher.wait_for(1, timeout=90)
        time.sleep(5)  # a publish that timed out during the outage may still land: wait for it
        assert len(catcher.messages) == 1, "processed once: exactly one acknowledgment"
        assert ack["To"] == DEMO_COMPLAINTS[1].address
    finally:
        services.stop_all()
