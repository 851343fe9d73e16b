"""Posting webhook bodies the way Meta does: signed over the exact bytes, sent unchanged."""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from kommunvakt.domain.models import Platform


def signature(body: bytes, secret: str) -> str:
    """The `X-Hub-Signature-256` value: HMAC-SHA256 keyed by the app secret, over the body."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def platform_of(body: bytes) -> Platform:
    """Instagram for `"object": "instagram"`, Facebook otherwise (pages)."""
    try:
        value = json.loads(body)
    except ValueError:
        return Platform.FACEBOOK
    obj = value.get("object") if isinstance(value, dict) else None
    return Platform.INSTAGRAM if obj == "instagram" else Platform.FACEBOOK


def webhook_url(base: str, platform: Platform) -> str:
    return f"{base.rstrip('/')}/webhooks/{platform.value}"


@dataclass(frozen=True)
class Reply:
    status: int
    body: str


def post_signed(url: str, body: bytes, secret: str, timeout: float = 10.0) -> Reply:
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Hub-Signature-256": signature(body, secret),
            "User-Agent": "facebookexternalua",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(response.status, response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, exc.read().decode("utf-8", "replace"))


def encode_like_meta(payload: object) -> bytes:
    """JSON as Meta puts it on the wire: compact, ASCII-only with lowercase `\\u` escapes and
    `\\/` (PHP's json_encode). Used to make test bodies that look like the real thing."""
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    return text.replace("/", "\\/").encode("ascii")
