"""Read a request body without ever holding more than the configured limits.

Two limits: one request's body (413 past it), and the bytes of all bodies this process holds
at once (503 with Retry-After past it, answered at once: a client never waits for room).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException, Request, status
from starlette.requests import ClientDisconnect

RETRY_AFTER_S = 1


class InflightBodyBudget:
    """The bytes of request bodies this process may hold at once, across all requests.

    The event loop is one thread, and nothing awaits between a check and its update, so a
    plain counter needs no lock.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._in_use = 0

    @property
    def in_use(self) -> int:
        """Bytes held right now."""
        return self._in_use

    @contextmanager
    def hold(self) -> Iterator[BodyHold]:
        """A hold for one request's body, given back when the request is done with it."""
        hold = BodyHold(self)
        try:
            yield hold
        finally:
            self._in_use -= hold.size

    def take(self, extra: int) -> None:
        """Hold `extra` more bytes, or 503 (with Retry-After) if the budget has not that many."""
        if self._in_use + extra > self._limit:
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                "too many request bodies in flight; retry shortly",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        self._in_use += extra


class BodyHold:
    """What one request holds of the budget."""

    def __init__(self, budget: InflightBodyBudget) -> None:
        self._budget = budget
        self.size = 0

    def cover(self, size: int) -> None:
        """Hold at least `size` bytes, or 503 if the budget has not that much left."""
        if size > self.size:
            self._budget.take(size - self.size)
            self.size = size


async def read_body_capped(request: Request, limit: int, hold: BodyHold) -> bytes:
    """The whole body, or 413 as soon as it is known to exceed `limit` bytes.

    The body's bytes are covered by `hold` before they are read: the declared length up
    front, and what streams in beyond it (chunked uploads declare none) as it arrives.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            declared_size = int(declared)
        except ValueError:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid Content-Length") from None
        if declared_size > limit:
            raise _too_large(limit)
        hold.cover(declared_size)
    chunks: list[bytes] = []
    received = 0
    # Chunked uploads carry no length: count while streaming and stop at the limit. The ASGI
    # messages are read as Request.stream() reads them, without its async generator's cost.
    more = True
    while more:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunk = message.get("body", b"")
        more = message.get("more_body", False)
        if not chunk:
            continue
        received += len(chunk)
        if received > limit:
            raise _too_large(limit)
        hold.cover(received)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HTTPException:
    return HTTPException(
        status.HTTP_413_CONTENT_TOO_LARGE, f"body exceeds the limit of {limit} bytes"
    )


def json_depth_exceeds(body: bytes, limit: int) -> bool:
    """Whether JSON `body` nests objects or arrays deeper than `limit`, found without parsing.

    Parsers recurse per level (CPython's json gives up near 1,000 levels with RecursionError),
    so the depth is checked on the bytes first, in one linear pass.
    """
    # Depth never exceeds the number of opening brackets (those in strings included): counted
    # in C, this settles every ordinary delivery without the byte-by-byte walk below.
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    in_string = False
    escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False
