"""How every Kafka client connects: TLS and SASL from KafkaSettings, the same for all of them."""

from __future__ import annotations

import ssl
from typing import Any

from faststream.security import (
    BaseSecurity,
    SASLPlaintext,
    SASLScram256,
    SASLScram512,
)

from onecase_shared.settings import KafkaSettings, SaslMechanism

_FASTSTREAM_SASL: dict[SaslMechanism, type[SASLPlaintext | SASLScram256 | SASLScram512]] = {
    SaslMechanism.PLAIN: SASLPlaintext,
    SaslMechanism.SCRAM_SHA_256: SASLScram256,
    SaslMechanism.SCRAM_SHA_512: SASLScram512,
}


def kafka_ssl_context(settings: KafkaSettings) -> ssl.SSLContext | None:
    """The TLS context for the brokers (None on a plaintext protocol).

    It verifies the brokers' certificates and host names against the CA file, or the system
    trust store without one; a client certificate is presented when one is configured.
    """
    if not settings.uses_tls:
        return None
    cafile = str(settings.ssl_ca_file) if settings.ssl_ca_file else None
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    if settings.ssl_cert_file is not None and settings.ssl_key_file is not None:
        context.load_cert_chain(settings.ssl_cert_file, settings.ssl_key_file)
    return context


def broker_security(settings: KafkaSettings) -> BaseSecurity | None:
    """FastStream's `security=` for a KafkaBroker (None: plaintext, no login)."""
    context = kafka_ssl_context(settings)
    if settings.uses_sasl:
        sasl = _FASTSTREAM_SASL[settings.sasl_mechanism]
        return sasl(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value(),
            ssl_context=context,
            use_ssl=settings.uses_tls,
        )
    if context is not None:
        return BaseSecurity(ssl_context=context, use_ssl=True)
    return None


def client_options(settings: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's own clients (admin, consumer, producer)."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.security_protocol.value,
    }
    context = kafka_ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if settings.uses_sasl:
        options |= {
            "sasl_mechanism": settings.sasl_mechanism.value,
            "sasl_plain_username": settings.sasl_username,
            "sasl_plain_password": settings.sasl_password.get_secret_value(),
        }
    return options
