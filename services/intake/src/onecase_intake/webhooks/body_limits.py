"""Read a request body without ever holding more than the configured limit."""

from __future__ import annotations

from fastapi import HTTPException, Request, status


async def read_body_capped(request: Request, limit: int) -> bytes:
    """The whole body, or 413 as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            declared_size = int(declared)
        except ValueError:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid Content-Length") from None
        if declared_size > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    received = 0
    # Chunked uploads carry no length: count while streaming and stop at the limit.
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HTTPException:
    return HTTPException(
        status.HTTP_413_CONTENT_TOO_LARGE, f"body exceeds the limit of {limit} bytes"
    )
