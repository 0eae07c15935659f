"""Notify refuses to start with a lease that a send could outlive (issue 11)."""

import pytest
from pydantic import ValidationError

from onecase_notify.config import NotifySettings


def test_the_defaults_leave_the_lease_longer_than_the_send_budget_and_margin() -> None:
    settings = NotifySettings()
    assert settings.send_lease_s >= settings.send_timeout_s + settings.send_lease_margin_s


@pytest.mark.parametrize(("lease", "timeout", "margin"), [(60, 240, 10), (60, 55, 10), (3, 3, 0.5)])
def test_a_lease_shorter_than_the_send_budget_plus_margin_is_refused_at_start(
    lease: float, timeout: float, margin: float
) -> None:
    with pytest.raises(ValidationError, match="ONECASE_SEND_LEASE_S"):
        NotifySettings(send_lease_s=lease, send_timeout_s=timeout, send_lease_margin_s=margin)


def test_a_lease_equal_to_budget_plus_margin_is_accepted() -> None:
    assert NotifySettings(send_lease_s=6, send_timeout_s=4.5, send_lease_margin_s=1.5)
