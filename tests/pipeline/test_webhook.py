"""The webhook: handshake, signatures over the raw bytes, splitting, refusing, acknowledging."""

from __future__ import annotations

import hashlib
import json

import boto3
import pytest
from aws_lambda_powertools.utilities import parameters

import webhook
from kommunvakt.app.settings import reset_settings
from tests.pipeline.conftest import (
    SAMPLE_SECRET,
    VERIFY_TOKEN,
    Stack,
    comment_body,
    http_event,
    sample,
    sign,
    signed_post,
)


def _handshake(stack: Stack, platform: str, token: str) -> dict[str, object]:
    query = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": token}
    return stack.webhook(http_event("GET", f"/webhooks/{platform}", query=query))


@pytest.mark.parametrize("platform", ["facebook", "instagram"])
def test_handshake_echoes_the_challenge_as_plain_text(stack: Stack, platform: str) -> None:
    response = _handshake(stack, platform, VERIFY_TOKEN)
    assert response["statusCode"] == 200
    assert response["body"] == "1158201444"
    headers = response["headers"]
    assert isinstance(headers, dict)
    assert headers["Content-Type"].startswith("text/plain")


def test_handshake_with_wrong_token_is_forbidden(stack: Stack) -> None:
    assert _handshake(stack, "facebook", "gissat")["statusCode"] == 403


def test_handshake_is_refused_when_no_token_is_configured(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An empty configured token must not match an empty query token.
    monkeypatch.setenv("SECRETS_SOURCE", "env")
    monkeypatch.setenv("META_VERIFY_TOKEN", "")
    reset_settings()
    webhook.secrets.cache_clear()
    assert _handshake(stack, "facebook", "")["statusCode"] == 403


@pytest.mark.parametrize(
    "name",
    ["facebook_comment_add.json", "facebook_comment_edited.json", "facebook_reply.json"],
)
def test_signed_swedish_sample_is_queued(stack: Stack, name: str) -> None:
    body = sample(name)
    response = stack.webhook(signed_post("facebook", body))
    assert response["statusCode"] == 200
    queued = stack.queue_bodies(stack.moderation_queue)
    assert len(queued) == 1
    original = json.loads(body)["entry"][0]["changes"][0]["value"]["message"]
    assert queued[0]["event"]["text"] == original
    assert any(ch in original for ch in "åäö")


def test_verification_is_over_raw_bytes_not_reserialised_json(stack: Stack) -> None:
    body = sample("facebook_comment_add.json")
    reserialised = json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":"))
    # The same content with a signature computed over the re-serialised form is refused.
    forged = http_event(
        "POST",
        "/webhooks/facebook",
        body=body,
        headers={"X-Hub-Signature-256": sign(reserialised.encode("utf-8"))},
    )
    assert stack.webhook(forged)["statusCode"] == 401
    assert stack.depth(stack.moderation_queue) == 0


def test_base64_flagged_body_is_decoded_before_verifying(stack: Stack) -> None:
    body = sample("facebook_reply.json")
    event = http_event(
        "POST",
        "/webhooks/facebook",
        body=body,
        headers={"X-Hub-Signature-256": sign(body)},
        base64_encoded=True,
    )
    assert stack.webhook(event)["statusCode"] == 200
    assert stack.depth(stack.moderation_queue) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hub-Signature-256": "sha256=" + "0" * 64},
        {"X-Hub-Signature-256": "garbage"},
        {"X-Hub-Signature": "sha1=4fa57a6526559b8b14ee03e6cddbec5a40a66699"},
    ],
    ids=["missing", "wrong", "malformed", "sha1-only"],
)
def test_missing_or_bad_signature_is_401_and_nothing_is_queued(
    stack: Stack, headers: dict[str, str]
) -> None:
    event = http_event(
        "POST", "/webhooks/facebook", body=sample("facebook_comment_add.json"), headers=headers
    )
    assert stack.webhook(event)["statusCode"] == 401
    assert stack.depth(stack.moderation_queue) == 0


def test_tampered_body_is_refused(stack: Stack) -> None:
    body = sample("facebook_comment_add.json")
    tampered = body.replace(b"plogad", b"saltad")
    event = http_event(
        "POST", "/webhooks/facebook", body=tampered, headers={"X-Hub-Signature-256": sign(body)}
    )
    assert stack.webhook(event)["statusCode"] == 401


def test_instagram_route_uses_the_instagram_app_secret(stack: Stack) -> None:
    ssm = boto3.client("ssm")
    ssm.put_parameter(
        Name=stack.env["INSTAGRAM_APP_SECRET_PARAMETER"],
        Value="instagram-only-secret",
        Type="SecureString",
        Overwrite=True,
    )
    parameters.clear_caches()  # type: ignore[no-untyped-call]
    body = sample("instagram_comment.json")
    # Signed with the Meta app secret: not valid for the Instagram route any more.
    assert stack.webhook(signed_post("instagram", body, SAMPLE_SECRET))["statusCode"] == 401
    ok = stack.webhook(signed_post("instagram", body, b"instagram-only-secret"))
    assert ok["statusCode"] == 200
    # ... while Facebook still verifies with the Meta app secret.
    fb = stack.webhook(signed_post("facebook", sample("facebook_reply.json")))
    assert fb["statusCode"] == 200


def test_batch_becomes_one_message_per_change(stack: Stack) -> None:
    response = stack.webhook(signed_post("facebook", sample("facebook_batch_two_changes.json")))
    assert response["statusCode"] == 200
    queued = stack.queue_bodies(stack.moderation_queue)
    verbs = sorted((q["event"]["verb"], q["event"]["kind"]) for q in queued)
    assert verbs == [("add", "comment"), ("edited", "reply")]


def test_instagram_reply_and_visitor_photo_post_are_normalised(stack: Stack) -> None:
    stack.webhook(signed_post("instagram", sample("instagram_reply.json")))
    stack.webhook(signed_post("facebook", sample("facebook_visitor_post_with_photo.json")))
    by_platform = {
        q["event"]["platform"]: q["event"] for q in stack.queue_bodies(stack.moderation_queue)
    }
    assert by_platform["instagram"]["kind"] == "reply"
    assert by_platform["instagram"]["parent_id"] == "17987654321012345"
    assert by_platform["facebook"]["kind"] == "post"
    assert by_platform["facebook"]["attachments"][0]["type"] == "photo"


def test_malformed_body_is_400_with_a_reason_and_kept_in_quarantine(stack: Stack) -> None:
    body = b'{"entry": "not a list"'
    response = stack.webhook(signed_post("facebook", body))
    assert response["statusCode"] == 400
    assert "not a Meta notification" in str(response["body"])
    stack.moderate_all()
    (item,) = stack.items()
    assert item["PK"]["S"] == "QUARANTINE#" + hashlib.sha256(body).hexdigest()
    assert json.loads(item["quarantine"]["S"])["raw"] == body.decode()


def test_oversized_body_is_413(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAX_BODY_BYTES", "256")
    reset_settings()
    response = stack.webhook(signed_post("facebook", sample("facebook_comment_add.json")))
    assert response["statusCode"] == 413


def test_unknown_object_and_field_are_acknowledged_not_queued(stack: Stack) -> None:
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": "108234567890123",
                    "time": 1736838729,
                    "changes": [
                        {"field": "feed", "value": {"item": "reaction", "verb": "add"}},
                        {"field": "ratings", "value": {"rating": 5}},
                    ],
                }
            ],
        }
    ).encode()
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    other = json.dumps({"object": "permissions", "entry": [{"id": "1", "changes": []}]}).encode()
    assert stack.webhook(signed_post("facebook", other))["statusCode"] == 200
    assert stack.depth(stack.moderation_queue) == 0


def test_page_own_reply_is_marked_by_page(stack: Stack) -> None:
    body = comment_body(
        "Hej! Vi har skickat frågan vidare till gatuenheten.",
        author_id="108234567890123",
        author_name="Norrsjö kommun",
        parent_id="122098765432101234_1187654321098765",
    )
    stack.webhook(signed_post("facebook", body))
    (queued,) = stack.queue_bodies(stack.moderation_queue)
    assert queued["event"]["by_page"] is True


def test_unknown_platform_path_is_404(stack: Stack) -> None:
    body = sample("facebook_comment_add.json")
    response = stack.webhook(
        http_event("POST", "/webhooks/x", body=body, headers={"X-Hub-Signature-256": sign(body)})
    )
    assert response["statusCode"] == 404
