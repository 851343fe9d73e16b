"""Signed, expiring links to the review page: one token per decision and recipient.

    token = base64url(payload JSON) "." base64url(HMAC-SHA256(key, payload))
    payload = {"r": record id, "e": who it was sent to, "x": expiry (unix s), "n": nonce}

The signature makes a token unforgeable without the key (SSM SecureString); the expiry bounds
how long a forwarded e-mail stays useful; the nonce lets the review page spend the token on
its first POST (a second POST with it is refused). GET never spends it: mail scanners open
links.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime


class TokenError(ValueError):
    """The token is not valid; `reason` is one of malformed, forged, expired."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReviewClaims:
    record_id: str
    recipient: str
    expires: int
    nonce: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_review_token(
    key: bytes, record_id: str, recipient: str, expires: datetime, nonce: str | None = None
) -> str:
    payload = json.dumps(
        {
            "r": record_id,
            "e": recipient,
            "x": int(expires.timestamp()),
            "n": nonce or secrets.token_urlsafe(12),
        },
        separators=(",", ":"),
        sort_keys=True,
    ).encode("utf-8")
    signature = hmac.new(key, payload, hashlib.sha256).digest()
    return f"{_b64(payload)}.{_b64(signature)}"


def verify_review_token(key: bytes, token: str, now: datetime) -> ReviewClaims:
    head, dot, tail = (token or "").strip().partition(".")
    if not dot or not head or not tail:
        raise TokenError("malformed")
    try:
        payload, signature = _unb64(head), _unb64(tail)
    except ValueError:
        raise TokenError("malformed") from None
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise TokenError("forged")
    try:
        data = json.loads(payload)
        claims = ReviewClaims(str(data["r"]), str(data["e"]), int(data["x"]), str(data["n"]))
    except (ValueError, KeyError, TypeError):
        raise TokenError("malformed") from None
    if now.timestamp() >= claims.expires:
        raise TokenError("expired")
    return claims
