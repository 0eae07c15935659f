"""Run a service's ASGI app under uvicorn with Onecase's logging."""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI

from onecase_shared.settings import ServiceSettings
from onecase_shared.structured_logging import configure_logging


def serve(service: str, settings: ServiceSettings, app: FastAPI, *, port: int) -> None:
    """Serve `app` until SIGINT/SIGTERM; logs are JSON lines on stdout."""
    configure_logging(service, settings.log_level)
    # A browser desk holds server-sent-event streams open: shutdown must not wait on them.
    uvicorn.run(
        app,
        host=settings.host,
        port=port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=5,
    )
