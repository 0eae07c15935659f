import pytest
from pydantic import ValidationError

from onecase_intake.config import IntakeSettings
from onecase_notify.config import NotifySettings
from onecase_shared.settings import env_var_names, secret_values
from onecase_triage.config import TriageSettings


def test_prod_profile_refuses_dev_only_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    with pytest.raises(ValidationError, match="ONECASE_EMAIL_WEBHOOK_SECRET"):
        IntakeSettings()


def test_prod_profile_refuses_empty_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_EMAIL_WEBHOOK_SECRET", "")
    with pytest.raises(ValidationError, match="ONECASE_EMAIL_WEBHOOK_SECRET"):
        IntakeSettings()


def test_prod_profile_accepts_real_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in IntakeSettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", f"real-{name}")
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    assert IntakeSettings().x_consumer_secret.get_secret_value() == "real-x_consumer_secret"


def test_a_rotating_secret_holds_two_values() -> None:
    settings = IntakeSettings(x_consumer_secret="new-secret old-secret")
    assert secret_values(settings.x_consumer_secret) == ["new-secret", "old-secret"]


def test_nested_settings_read_their_own_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONECASE_KAFKA_BOOTSTRAP", "kafka:9092")
    monkeypatch.setenv("ONECASE_MONGO_URI", "mongodb://mongo:27017")
    settings = TriageSettings()
    assert settings.kafka.bootstrap == "kafka:9092"
    assert settings.mongo.uri == "mongodb://mongo:27017"


def test_env_var_names_lists_nested_and_own_fields() -> None:
    names = env_var_names(NotifySettings)
    assert {"ONECASE_KAFKA_BOOTSTRAP", "ONECASE_MONGO_URI", "ONECASE_SMTP_HOST"} <= names
    assert "ONECASE_KAFKA" not in names
