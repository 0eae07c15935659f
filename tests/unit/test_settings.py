import pytest
from pydantic import ValidationError

from onecase_intake.config import IntakeSettings
from onecase_notify.config import NotifySettings
from onecase_shared.settings import env_var_names, secret_strength_bits, secret_values
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


STRONG = "Vq3k-9Zr_TmWx7Lp2Nc8Hd5Ys"  # 25 characters of all four classes: about 164 bits


def test_prod_profile_accepts_real_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in IntakeSettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", f"{STRONG}-{name}")
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    # Prod also needs replicated topics (tests/unit/test_kafka_connection.py).
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    assert IntakeSettings().x_consumer_secret.get_secret_value() == f"{STRONG}-x_consumer_secret"


@pytest.mark.parametrize("weak", ["x", "password1234", "whsec_c2hvcnQ="])
def test_prod_profile_refuses_secrets_under_128_bits(
    monkeypatch: pytest.MonkeyPatch, weak: str
) -> None:
    for name in IntakeSettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", f"{STRONG}-{name}")
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_X_CONSUMER_SECRET", weak)
    with pytest.raises(ValidationError, match=r"128 bits.*ONECASE_X_CONSUMER_SECRET"):
        IntakeSettings()


def test_secret_strength_is_estimated_from_length_and_alphabet() -> None:
    assert secret_strength_bits("x") < 8
    assert secret_strength_bits("whsec_" + "A" * 24) == 8 * 18
    assert secret_strength_bits(STRONG) >= 128
    assert secret_strength_bits("sha256:" + "0" * 64) >= 128


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


def test_an_smtp_login_without_encryption_is_refused() -> None:
    with pytest.raises(ValidationError, match="ONECASE_SMTP_SECURITY=starttls or tls"):
        NotifySettings(smtp_username="onecase", smtp_password="secret")
    settings = NotifySettings(smtp_security="starttls", smtp_username="onecase", smtp_password="s")
    assert settings.smtp_security == "starttls"


def test_prod_checks_the_smtp_password_when_notify_logs_in(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NotifySettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", f"{STRONG}-{name}")
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    monkeypatch.setenv("ONECASE_SMTP_SECURITY", "tls")
    monkeypatch.setenv("ONECASE_SMTP_USERNAME", "apikey")
    monkeypatch.setenv("ONECASE_SMTP_PASSWORD", "hunter2")
    with pytest.raises(ValidationError, match=r"128 bits.*ONECASE_SMTP_PASSWORD"):
        NotifySettings()
    monkeypatch.setenv("ONECASE_SMTP_PASSWORD", STRONG)
    assert NotifySettings().smtp_password.get_secret_value() == STRONG
