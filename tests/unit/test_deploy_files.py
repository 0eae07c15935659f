"""The chart, alert rules, dashboard and runbook agree with the code and with each other.

`make deploy-check` runs the real helm and promtool on them; these need neither.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.unit.test_compose_file import SETTINGS_VARS

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy" / "helm" / "onecase"
RULES = ROOT / "deploy" / "prometheus" / "onecase-alerts.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "onecase-dashboard.json"
RUNBOOK = ROOT / "docs" / "operations.md"
SOURCES = [ROOT / "shared" / "src", ROOT / "services"]
# Series that prometheus_client or Prometheus itself provide, not our code.
STANDARD = re.compile(r"^(process_|python_|up$)")
# Settings of the normalizer process, which another branch adds (issue 15's `normalizer` slot).
PENDING_VARS = {"ONECASE_NORMALIZER_PORT"}


def defined_metrics() -> set[str]:
    """Every metric name our code registers, with the suffixes Prometheus exposes."""
    names: set[str] = set()
    for root in SOURCES:
        for path in root.rglob("*.py"):
            names |= set(re.findall(r'"(onecase_[a-z0-9_]+)"', path.read_text()))
    suffixes = ("", "_total", "_count", "_sum", "_bucket", "_created")
    return {name + suffix for name in names for suffix in suffixes}


def used_metrics(text: str) -> set[str]:
    return set(re.findall(r"\b(onecase_[a-z0-9_]+|process_[a-z_]+|python_[a-z_]+)\b", text))


def dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]


def test_rules_and_dashboard_use_only_metrics_the_code_defines() -> None:
    known = defined_metrics()
    rules = yaml.safe_load(RULES.read_text())
    exprs = [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    used = used_metrics(" ".join(exprs + dashboard_exprs()))
    unknown = {name for name in used if name not in known and not STANDARD.match(name)}
    assert not unknown, f"no code defines {sorted(unknown)}"


def test_every_alert_has_a_runbook_section() -> None:
    rules = yaml.safe_load(RULES.read_text())
    anchors = {
        "#" + heading.lower() for heading in re.findall(r"^### (\S+)$", RUNBOOK.read_text(), re.M)
    }
    for group in rules["groups"]:
        for rule in group["rules"]:
            runbook = rule["annotations"]["runbook"]
            assert runbook.startswith("docs/operations.md#"), rule["alert"]
            assert runbook.removeprefix("docs/operations.md") in anchors, rule["alert"]


def test_chart_values_set_only_variables_the_settings_read() -> None:
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    names = set(values["config"]) | set(values["secret"]["values"])
    names |= {svc["portVariable"] for svc in values["services"].values()}
    names |= {name for svc in values["services"].values() for name in svc.get("env", {})}
    unknown = names - SETTINGS_VARS - PENDING_VARS
    assert not unknown, f"no settings class reads {sorted(unknown)}"


def test_chart_ships_the_same_roster_as_compose() -> None:
    shipped = json.loads((CHART / "files" / "roster.json").read_text())
    assert shipped == json.loads((ROOT / "deploy" / "roster.json").read_text())


def test_keda_consumer_groups_are_the_services_default_groups() -> None:
    from onecase_intake.config import NormalizerSettings
    from onecase_notify.config import NotifySettings
    from onecase_triage.config import TriageSettings

    services = yaml.safe_load((CHART / "values.yaml").read_text())["services"]
    assert services["triage"]["keda"]["consumerGroup"] == TriageSettings().triage_group
    assert services["notify"]["keda"]["consumerGroup"] == NotifySettings().notify_group
    assert services["normalizer"]["keda"]["consumerGroup"] == NormalizerSettings().normalizer_group
