"""Which pure function normalizes which provider's raw deliveries (`RawDeliveryReceivedV1.provider`)."""

from __future__ import annotations

from collections.abc import Mapping

from onecase_intake.domain.chat_normalizer import normalize_chat
from onecase_intake.domain.email_normalizer import normalize_raw_email
from onecase_intake.domain.facebook_normalizer import normalize_facebook
from onecase_intake.domain.intercom_normalizer import normalize_intercom
from onecase_intake.domain.outcomes import Normalizer
from onecase_intake.domain.postmark_normalizer import normalize_postmark
from onecase_intake.domain.sendgrid_normalizer import normalize_sendgrid
from onecase_intake.domain.x_normalizer import normalize_x

NORMALIZERS: Mapping[str, Normalizer] = {
    "standard-webhooks-email": normalize_raw_email,
    "sendgrid": normalize_sendgrid,
    "postmark": normalize_postmark,
    "x": normalize_x,
    "meta": normalize_facebook,
    "onecase-chat": normalize_chat,
    "intercom": normalize_intercom,
}
