"""One customer behind many handles: link on strong evidence, record every merge, undo it."""

from __future__ import annotations

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
from onecase_triage.ports import CaseStore, IdentityStore

log = structlog.get_logger(__name__)

MAX_MERGE_ATTEMPTS = 5


class MergeRefusedError(Exception):
    """Two customers cannot be merged (they are the same, or one does not exist)."""


class CustomerIdentity:
    """Resolves the customer behind a complaint and merges customers on evidence or request."""

    def __init__(
        self, *, identities: IdentityStore, cases: CaseStore, policy: EvidencePolicy
    ) -> None:
        self._identities = identities
        self._cases = cases
        self._policy = policy

    async def resolve(self, complaint: ComplaintReceivedV1) -> str:
        """The customer the complaint comes from, merging customers its evidence links."""
        evidence = linking_evidence(complaint, self._policy)
        contacts = [item.key for item in evidence if is_contact_handle(item.key)]
        candidate = customer_id_for(canonical_key(contacts or [item.key for item in evidence]))
        holders = await self._identities.claim_keys(evidence, candidate)
        if candidate in holders.values():
            await self._identities.ensure_customer(candidate, complaint.author_name)
        author = await self._identities.root_of(holders[evidence[0].key])
        for item in evidence[1:]:
            other = await self._identities.root_of(holders[item.key])
            if other != author:
                merged = await self._merge(author, other, item, by="triage", automatic=True)
                author = merged or author
        return author

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
            log.info("customer merge undone", merge_id=record_id, by=by)
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
                await self._cases.move_slots(absorbed, surviving)
                log.info("customers merged", absorbed=absorbed, surviving=surviving, by=by)
                return surviving
            # `absorbed` was merged elsewhere meanwhile: merge the new roots instead.
            first = await self._identities.root_of(absorbed)
            second = await self._identities.root_of(surviving)
        msg = f"customers {first} and {second} keep changing while being merged"
        raise RuntimeError(msg)
