"""Desk tokens: hashed in configuration, compared as digests, parsed on the last `=`."""

import pytest
from pydantic import ValidationError

from onecase_triage.config import TriageSettings
from onecase_triage.desk.auth import TokenTable, hashed_token
from onecase_triage.domain.desk_permissions import DeskRole


def test_a_hashed_token_admits_its_token_and_nothing_else() -> None:
    table = TokenTable(f"{hashed_token('s3cret-lead-token')}=priya.shah:lead")
    user = table.user_for("s3cret-lead-token")
    assert user is not None
    assert (user.user_id, user.role) == ("priya.shah", DeskRole.LEAD)
    assert table.user_for(hashed_token("s3cret-lead-token")) is None  # the hash is no token
    assert table.user_for("s3cret-lead-tokeN") is None


def test_a_base64_token_keeps_its_padding() -> None:
    table = TokenTable("YWJjZGVmZ2g==admin:admin")
    assert table.user_for("YWJjZGVmZ2g=") is not None
    assert table.user_for("YWJjZGVmZ2g") is None


@pytest.mark.parametrize("spec", ["sha256:abc=admin:admin", "token=admin:root", "=admin:admin"])
def test_a_malformed_entry_is_refused(spec: str) -> None:
    with pytest.raises(ValueError, match=r"desk token|64 hex"):
        TokenTable(spec)


def test_production_refuses_plaintext_desk_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    monkeypatch.setenv("ONECASE_DESK_TOKENS", "a-long-random-plaintext-token=priya.shah:lead")
    with pytest.raises(ValidationError, match="sha256"):
        TriageSettings()
    monkeypatch.setenv("ONECASE_DESK_TOKENS", f"{hashed_token('x' * 40)}=priya.shah:lead")
    assert TriageSettings().desk_tokens.get_secret_value().startswith("sha256:")
