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


def json_depth_exceeds(body: bytes, limit: int) -> bool:
    """Whether JSON `body` nests objects or arrays deeper than `limit`, found without parsing.

    Parsers recurse per level (CPython's json gives up near 1,000 levels with RecursionError),
    so the depth is checked on the bytes first, in one linear pass.
    """
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
