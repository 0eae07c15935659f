"""One customer behind many handles: link on verified evidence, record every merge, undo it.

Claimed evidence (a typed address, an order number) never merges by itself: `resolve` reports
the other customers it points at, and triage decides what a person or the customer must confirm.
"""

from __future__ import annotations

from dataclasses import dataclass

import structlog

from onecase_shared.events import ComplaintReceivedV1
from onecase_triage.domain.customer_identity import customer_id_for, merge_direction, merge_id
from onecase_triage.domain.identity_evidence import (
    EvidencePolicy,
    LinkEvidence,
    canonical_key,
    is_contact_handle,
    linking_evidence,
)
from onecase_triage.ports import CaseRepository, IdentityStore

log = structlog.get_logger(__name__)

MAX_MERGE_ATTEMPTS = 5


@dataclass(frozen=True)
class Claim:
    """A claimed key of a complaint that another customer holds."""

    evidence: LinkEvidence
    holder: str  # that customer (a root id)
    verified: bool  # the holder has the key by verified evidence, not only a claim of theirs


@dataclass(frozen=True)
class ResolvedAuthor:
    """The customer a complaint comes from, and the other customers its claims point at."""

    customer_id: str
    claims: tuple[Claim, ...] = ()
    # Created by this complaint and linked to nobody: no case can name them yet.
    new_customer: bool = False


class MergeRefusedError(Exception):
    """Two customers cannot be merged (they are the same, or one does not exist)."""


class CustomerIdentity:
    """Resolves the customer behind a complaint and merges customers on evidence or request."""

    def __init__(
        self, *, identities: IdentityStore, cases: CaseRepository, policy: EvidencePolicy
    ) -> None:
        self._identities = identities
        self._cases = cases
        self._policy = policy

    async def resolve(self, complaint: ComplaintReceivedV1) -> ResolvedAuthor:
        """The customer the complaint comes from, and other customers its claims point at.

        Verified evidence merges the customers it links; claimed evidence is only reported.
        """
        evidence = linking_evidence(complaint, self._policy)
        verified = [item for item in evidence if item.verified]
        contacts = [item.key for item in verified if is_contact_handle(item.key)]
        candidate = customer_id_for(canonical_key(contacts or [item.key for item in verified]))
        holders = await self._identities.claim_keys(verified, candidate)
        created = False
        if candidate in holders.values():
            created = await self._identities.ensure_customer(candidate, complaint.author_name)
        new_customer = created and set(holders.values()) == {candidate}
        if new_customer:
            # Created just now and every key is theirs: merged into nobody, nothing to follow.
            return ResolvedAuthor(
                candidate, await self._claims(candidate, evidence), new_customer=True
            )
        author = await self._identities.root_of(holders[verified[0].key])
        for item in verified[1:]:
            other = await self._identities.root_of(holders[item.key])
            if other != author:
                merged = await self._merge(author, other, item, by="triage", automatic=True)
                author = merged or author
        return ResolvedAuthor(author, await self._claims(author, evidence))

    async def _claims(self, author: str, evidence: tuple[LinkEvidence, ...]) -> tuple[Claim, ...]:
        """Other customers the claimed keys point at: who holds them, then who claimed them."""
        claimed = [item for item in evidence if not item.verified]
        if not claimed:
            return ()
        keys = [item.key for item in claimed]
        held = await self._identities.holders_of(keys)
        before = await self._identities.claimants_of(keys)
        await self._identities.record_claims(claimed, author)
        found: dict[tuple[str, str], Claim] = {}
        for item in claimed:
            others = [(held[item.key], True)] if item.key in held else []
            others += [(customer, False) for customer in before.get(item.key, [])]
            for other, verified in others:
                holder = await self._identities.root_of(other)
                if holder != author:
                    found.setdefault((item.key, holder), Claim(item, holder, verified))
        return tuple(found.values())

    async def root_of(self, customer_id: str) -> str:
        """The customer `customer_id` is part of now (itself unless merged)."""
        return await self._identities.root_of(customer_id)

    async def merge(self, first: str, second: str, *, reason: str, by: str) -> str:
        """A person merges two customers; the id that survives."""
        for customer_id in (first, second):
            if await self._identities.customer(customer_id) is None:
                msg = f"no customer {customer_id}"
                raise MergeRefusedError(msg)
        a, b = await self._identities.root_of(first), await self._identities.root_of(second)
        if a == b:
            msg = f"{first} and {second} are already one customer ({a})"
            raise MergeRefusedError(msg)
        evidence_note = f"merged by {by}: {reason}"
        surviving = await self._merge_roots(a, b, reason=evidence_note, by=by, automatic=False)
        assert surviving is not None  # people may always merge
        return surviving

    async def undo(self, record_id: str, *, by: str) -> tuple[str, str] | None:
        """Separate a merge again; evidence alone will not rejoin the two customers."""
        separated = await self._identities.undo_merge(record_id, by=by)
        if separated is not None:
            absorbed, surviving = separated
            moved = await self._identities.moved_cases(record_id)
            await self._cases.move_back(moved, to=absorbed, source=surviving)
            log.info(
                "customer merge undone", merge_id=record_id, by=by, cases_moved_back=len(moved)
            )
        return separated

    async def _merge(
        self, first: str, second: str, evidence: LinkEvidence, *, by: str, automatic: bool
    ) -> str | None:
        reason = f"{evidence.kind.value}: {evidence.detail}"
        return await self._merge_roots(first, second, reason=reason, by=by, automatic=automatic)

    async def _merge_roots(
        self, first: str, second: str, *, reason: str, by: str, automatic: bool
    ) -> str | None:
        for _ in range(MAX_MERGE_ATTEMPTS):
            if first == second:
                return first
            absorbed, surviving = merge_direction(first, second)
            recorded = await self._identities.record_merge(
                absorbed=absorbed, surviving=surviving, reason=reason, by=by, automatic=automatic
            )
            if not recorded:
                log.info(
                    "merge not redone: a person undid it", merge_id=merge_id(absorbed, surviving)
                )
                return None
            if await self._identities.point_to(absorbed, surviving):
                moved = await self._cases.move_slots(absorbed, surviving)
                if moved:
                    await self._identities.record_moved_cases(merge_id(absorbed, surviving), moved)
                log.info("customers merged", absorbed=absorbed, surviving=surviving, by=by)
                return surviving
            # `absorbed` was merged elsewhere meanwhile: merge the new roots instead.
            first = await self._identities.root_of(absorbed)
            second = await self._identities.root_of(surviving)
        msg = f"customers {first} and {second} keep changing while being merged"
        raise RuntimeError(msg)
