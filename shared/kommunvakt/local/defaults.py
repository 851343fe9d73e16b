"""Development defaults shared by `kommunvakt serve` and `kommunvakt send`, so the two agree
without configuration. They guard nothing: the server listens on 127.0.0.1 only."""

from __future__ import annotations

import os
from collections.abc import Mapping

from kommunvakt.domain.models import Platform

HTTP_PORT = 8000
AWS_PORT = 5000
GRAPH_PORT = 8010
GRAPH_VERSION = "v21.0"
REGION = "eu-north-1"
OUTBOX = "outbox"
DATA_DIR = "kommunvakt-data"
"""Under the working directory: the local run's table and queues across restarts."""
STACK_NAME = "kommunvakt"
LOCAL_TABLE_NAME = f"{STACK_NAME}-RecordsTable"
"""What the provisioner names the records table locally (stack name + logical id)."""

DEV_SECRETS = {
    "META_APP_SECRET": "dev-meta-app-secret",
    "INSTAGRAM_APP_SECRET": "dev-instagram-app-secret",
    "META_VERIFY_TOKEN": "dev-verify-token",
    "PAGE_TOKEN": "dev-page-token",
    "REVIEW_SIGNING_KEY": "dev-review-signing-key",
}

SENDER_ADDRESS = "kommunvakt@kommun.example"
KONTAKTCENTER_ADDRESS = "kontaktcenter@kommun.example"


def secret(name: str, env: Mapping[str, str] | None = None) -> tuple[str, bool]:
    """The value of a secret variable and whether it is the development default."""
    value = (os.environ if env is None else env).get(name, "")
    return (value, False) if value else (DEV_SECRETS[name], True)


def app_secret(platform: Platform, env: Mapping[str, str] | None = None) -> str:
    if platform is Platform.INSTAGRAM:
        return secret("INSTAGRAM_APP_SECRET", env)[0]
    return secret("META_APP_SECRET", env)[0]
