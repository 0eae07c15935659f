"""Normalization in worker processes: a hostile delivery costs a worker, never the event loop.

MIME parsing is CPU-bound pure Python, so a thread would still hold the GIL and stall
`/healthz`, the webhooks and Kafka heartbeats. Worker processes run it instead, each delivery
within a time budget; a worker past its budget is killed and replaced (pebble's ProcessPool
does both), and the delivery is quarantined with the reason.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable

from pebble import ProcessExpired, ProcessPool

from onecase_intake.domain.language import detect_language
from onecase_intake.domain.outcomes import MalformedDeliveryError, Normalized, OverBudgetError
from onecase_intake.service import normalize_delivery
from onecase_shared.events import RawDeliveryReceivedV1

NormalizeFunction = Callable[[RawDeliveryReceivedV1], list[Normalized]]


class ProcessPoolNormalizer:
    """Runs a normalize function in a bounded pool of worker processes, with a time budget."""

    def __init__(
        self,
        *,
        workers: int,
        budget_s: float,
        normalize: NormalizeFunction = normalize_delivery,
    ) -> None:
        self._budget_s = budget_s
        self._normalize = normalize
        # Spawned, not forked: the service has threads (Kafka, Mongo) a fork would copy mid-lock.
        self._pool = ProcessPool(max_workers=workers, context=multiprocessing.get_context("spawn"))

    async def start(self) -> None:
        """Start the workers and load the normalizers, so the first delivery pays no start-up."""
        await asyncio.wrap_future(self._pool.schedule(_warm_up))

    async def normalize(self, raw: RawDeliveryReceivedV1) -> list[Normalized]:
        """The delivery's outcomes; MalformedDeliveryError if unreadable or over budget."""
        future = self._pool.schedule(self._normalize, args=(raw,), timeout=self._budget_s)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError:
            msg = f"normalizing took longer than its budget of {self._budget_s:g} s"
            raise OverBudgetError(msg) from None
        except ProcessExpired as died:
            # Killed by the kernel (memory) or crashed: the same bytes would do it again.
            msg = f"the normalizer worker died on this delivery (exit code {died.exitcode})"
            raise MalformedDeliveryError(msg) from None

    def close(self) -> None:
        """Stop the workers, a running normalization included."""
        self._pool.stop()  # type: ignore[no-untyped-call]  # pebble leaves it unannotated
        self._pool.join()


def _warm_up() -> None:
    # Unpickling this function in the worker imported every normalizer; the language model
    # loads on first use (seconds on a busy machine), so it is loaded here, not on the first
    # delivery's budget.
    detect_language("Loading the language model before the first delivery arrives.")
