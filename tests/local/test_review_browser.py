"""A person's restore, the way Kontaktcenter would do it: a headless browser opens the review
link from an outbox e-mail, presses "Återställ", and the Graph API stand-in receives the
unhide while the export shows the override.

Needs Debian's chromium and chromium-driver (`apt-get install -y chromium chromium-driver`,
as .ci/run does) and the `selenium` package (dev extra); skipped with the reason otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kommunvakt.adapters.outbox_mail import read_message
from kommunvakt.local.client import encode_like_meta, post_signed
from kommunvakt.local.harness import ServerProcess, free_port

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SECRET = "browser-meta-secret"
PAGE = "104857600088888"
POST = f"{PAGE}_131072000088888"
COMMENT = "131072000088888_900000000200001"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _threat() -> bytes:
    value = {
        "from": {"id": "2611000000200001", "name": "Sven Påhittad"},
        "post": {"permalink_url": f"https://www.facebook.com/{PAGE}/posts/pfbid0B", "id": POST},
        "message": "Jag ska döda dig om ni inte plogar vår gata",
        "post_id": POST,
        "comment_id": COMMENT,
        "created_time": 1741300000,
        "item": "comment",
        "parent_id": POST,
        "verb": "add",
    }
    entry = {"id": PAGE, "time": 1741300002, "changes": [{"value": value, "field": "feed"}]}
    return encode_like_meta({"entry": [entry], "object": "page"})


def _wait(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = check()
        except Exception as exc:
            # While the browser loads the next page, the element read a moment ago goes
            # stale: that is "not yet", not a failure. Chromium sometimes reports it as an
            # inspector error ("Node with given id does not belong to the document").
            # Right after `get`, headless Chromium has now and then not yet put the page's
            # heading in the document: also "not yet".
            stale = type(exc).__name__ in (
                "StaleElementReferenceException",
                "NoSuchElementException",
            ) or ("does not belong to the document" in str(exc))
            if not stale:
                raise
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _calls(server: ServerProcess) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{server.graph_url}/_calls", timeout=5) as response:
        calls: list[dict[str, Any]] = json.loads(response.read())
    return calls


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("no chromium/chromedriver here (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(
        port=free_port(),
        aws_port=free_port(),
        outbox=tmp_path / "outbox",
        cwd=REPO,
        secrets={"META_APP_SECRET": SECRET},
        extra_args=("--live-actions",),
    )
    try:
        process.wait_ready()
        yield process
    finally:
        process.interrupt()


def test_restore_from_the_emailed_review_link(
    server: ServerProcess, browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    assert post_signed(f"{server.base_url}/webhooks/facebook", _threat(), SECRET).status == 200
    _wait(
        lambda: any(c["params"].get("is_hidden") == "true" for c in _calls(server)), 20, "the hide"
    )
    eml = _wait(lambda: sorted(server.outbox.glob("*.eml")), 20, "the escalation e-mail")[0]
    html_part = read_message(eml).get_body(("html",))
    assert html_part is not None
    link = re.search(r"href='(http://127\.0\.0\.1:\d+/review\?t=[^']+)'", html_part.get_content())
    assert link, "the e-mail has no review link"

    browser.get(link.group(1))
    _wait(
        lambda: "Granska beslut" in browser.find_element(By.TAG_NAME, "h1").text,
        10,
        "the review page",
    )
    assert "Sven" not in browser.page_source  # the author is masked
    browser.find_element(By.ID, "reason").send_keys("Citat ur en film, inget hot")
    browser.find_element(By.CSS_SELECTOR, "button[value='restore']").click()
    _wait(lambda: "Tack" in browser.find_element(By.TAG_NAME, "h1").text, 10, "the thank-you page")

    unhide = _wait(
        lambda: [c for c in _calls(server) if c["params"].get("is_hidden") == "false"],
        20,
        "the unhide at the Graph API stand-in",
    )
    assert unhide[0]["path"] == f"/v21.0/{COMMENT}"

    since = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    out = tmp_path / "export.jsonl"
    subprocess.run(
        [sys.executable, "-m", "kommunvakt.cli.main", "export", "--since", since,
         "--endpoint-url", server.aws_endpoint, "--out", str(out)],
        check=True, capture_output=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    overrides = [r for r in lines if r["type"] == "override"]
    assert [(o["kind"], o["via"], o["reason"]) for o in overrides] == [
        ("restore", "review-page", "Citat ur en film, inget hot")
    ]
    assert overrides[0]["by"] == "kontaktcenter@kommun.example"
    results = {
        (r["data"]["action"], r["data"]["outcome"]) for r in lines if r["type"] == "action_result"
    }
    assert {("hide", "done"), ("unhide", "done")} <= results
