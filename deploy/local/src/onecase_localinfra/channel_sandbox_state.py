"""What the channel sandbox remembers: every call it answered, and the faults still to inject."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

Provider = Literal["x", "graph", "intercom", "chat"]

# The call names a record carries and a fault may target; "unknown": a provider path with no route.
CALL_NAMES = frozenset(
    {
        "x_reply",
        "x_dm",
        "facebook_comment_reply",
        "messenger",
        "intercom_reply",
        "chat_message",
        "unknown",
    }
)


class FaultSpec(BaseModel):
    """`POST /_sandbox/faults`: the next `times` calls matching `call` or `path_prefix` fail."""

    model_config = ConfigDict(extra="forbid")

    call: str | None = None
    path_prefix: str | None = Field(default=None, pattern=r"^/")
    status: int = Field(ge=400, le=599)
    times: int = Field(default=1, ge=1)
    retry_after: int | None = Field(default=None, ge=0)
    # Only calls whose raw body contains this text (e.g. one tweet id): tests that share the
    # sandbox with other traffic fail exactly their own calls.
    body_contains: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        if (self.call is None) == (self.path_prefix is None):
            raise ValueError("give exactly one of call or path_prefix")
        if self.call is not None and self.call not in CALL_NAMES:
            # A typo here would make a test pass without ever injecting its fault.
            raise ValueError(f"unknown call {self.call!r}; one of {sorted(CALL_NAMES)}")
        return self


@dataclass
class Fault:
    """An armed fault and how many more calls it will answer."""

    spec: FaultSpec
    remaining: int

    def matches(self, call: str, path: str, body: str = "") -> bool:
        """Whether a call named `call` at `path` with `body` is one this fault answers."""
        if self.spec.body_contains is not None and self.spec.body_contains not in body:
            return False
        if self.spec.call is not None:
            return self.spec.call == call
        return self.spec.path_prefix is not None and path.startswith(self.spec.path_prefix)

    def as_json(self) -> dict[str, Any]:
        """The spec plus the remaining count, for `GET /_sandbox/faults`."""
        return {**self.spec.model_dump(exclude_none=True), "remaining": self.remaining}


class SandboxState:
    """Calls in arrival order (also appended to a JSON-lines file) and faults in arming order.

    Only touched from the server's event loop, so no locking.
    """

    def __init__(self, out: Path | None) -> None:
        self._out = out
        self.calls: list[dict[str, Any]] = []
        self.faults: list[Fault] = []
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)

    def record(self, entry: dict[str, Any]) -> None:
        """Keep one call in memory and append it to the JSON-lines file, if any."""
        self.calls.append(entry)
        if self._out is not None:
            with self._out.open("a", encoding="utf-8") as sink:
                sink.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def arm(self, spec: FaultSpec) -> Fault:
        """Add a fault behind those already armed."""
        fault = Fault(spec=spec, remaining=spec.times)
        self.faults.append(fault)
        return fault

    def take_fault(self, call: str, path: str, body: str = "") -> FaultSpec | None:
        """The first armed fault matching this call, used up by one; None if none matches."""
        for fault in self.faults:
            if fault.matches(call, path, body):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self.faults.remove(fault)
                return fault.spec
        return None

    def select(self, call: str | None = None, provider: str | None = None) -> list[dict[str, Any]]:
        """Recorded calls, optionally only one call name or one provider."""
        return [
            entry
            for entry in self.calls
            if (call is None or entry["call"] == call)
            and (provider is None or entry["provider"] == provider)
        ]

    def clear(self) -> None:
        """Forget every call and disarm every fault; the JSON-lines file is left as it is."""
        self.calls.clear()
        self.faults.clear()


def read_calls(out: Path) -> list[dict[str, Any]]:
    """Every call recorded so far in the JSON-lines file `out`."""
    if not out.exists():
        return []
    lines = out.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
