"""The review page Kontaktcenter reaches from the escalation e-mail: Swedish, plain HTML.

GET shows the decision (personal data masked) and one button per thing a person may do;
only a POST acts, because mail scanners follow links. Each link carries a signed, expiring
token for one decision (app/review_token.py), spent on the first POST.

    forged, expired, reused or another decision's token  -> 403 and a page that says why
    POST without the decision the token is for           -> 400
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from kommunvakt.app.notification import ESCALATION_LABELS, masked_excerpt
from kommunvakt.app.review import (
    OVERRIDE_LABELS,
    OverrideError,
    OverrideKind,
    OverrideService,
    RecordNotFoundError,
    ReviewView,
    split_record_id,
)
from kommunvakt.app.review_token import TokenError, verify_review_token
from kommunvakt.domain.masking import mask
from kommunvakt.domain.models import Action, Escalation, EventKind, Platform

if TYPE_CHECKING:
    from jinja2 import Environment

_TOKEN_PAGES = {
    "malformed": "Länken är ofullständig. Kopiera hela länken från e-postmeddelandet.",
    "forged": "Länken är inte giltig. Den kommer inte från Kommunvakt eller har ändrats.",
    "expired": "Länken har slutat gälla. Använd kommandot `kommunvakt review` eller be om en "
    "ny länk.",
    "used": "Länken har redan använts. Varje länk fungerar en gång, så att ingen annan kan "
    "använda ett vidarebefordrat e-postmeddelande.",
    "other": "Länken gäller ett annat beslut än det som skickades.",
}
_ACTIONS = {
    Action.ALLOW: "Tillåts",
    Action.REVIEW: "Granskas av en person (dold under tiden)",
    Action.REMOVE: "Tas bort enligt policyn",
}
_KINDS = {EventKind.POST: "inlägg", EventKind.COMMENT: "kommentar", EventKind.REPLY: "svar"}
_PLATFORMS = {Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}
_OUTCOMES = {
    "done": "utfört",
    "dry-run": "provläge: skickades inte",
    "failed": "misslyckades",
    "gone": "kommentaren fanns inte längre",
    "unknown": "oklart om det gick fram",
    "awaiting_approval": "väntar på godkännande",
    "fallback-delete": "kunde inte döljas, togs bort i stället",
}
_ACTION_WORDS = {
    "hide": "Dölja kommentaren",
    "unhide": "Visa kommentaren igen",
    "delete": "Ta bort kommentaren",
    "reply": "Svara med policyns svarsmall",
    "block": "Blockera skribenten",
    "unblock": "Häva blockeringen",
}


@dataclass(frozen=True)
class Page:
    status: int
    html: str


class TokenStore(Protocol):
    def use_token(self, nonce: str, record_id: str, by: str, at: datetime) -> bool: ...

    def token_used(self, nonce: str) -> bool: ...


@cache
def _environment() -> Environment:
    # Jinja2 is imported here, on the review function's path only (about 60 ms cold).
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("kommunvakt.app", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)


def message_page(status: int, title: str, *paragraphs: str) -> Page:
    return Page(status, render("message.html", title=title, paragraphs=paragraphs))


def _local(ts: datetime) -> str:
    try:
        return ts.astimezone(ZoneInfo("Europe/Stockholm")).strftime("%Y-%m-%d %H:%M")
    except Exception:  # no tz database: UTC is still unambiguous
        return ts.strftime("%Y-%m-%d %H:%M UTC")


def buttons_for(view: ReviewView) -> list[dict[str, str]]:
    record, decision = view.record, view.record.decision
    kinds = [OverrideKind.CONFIRM]
    if decision.action is not Action.ALLOW:
        kinds.append(OverrideKind.RESTORE)
    if Escalation.POLICE_REPORT in decision.escalations:
        kinds.append(OverrideKind.POLICE_HANDLED)
    if Escalation.PERSONAL_CASE in decision.escalations:
        kinds.append(OverrideKind.CONTACTED)
    done = {o.kind for o in view.overrides}
    if decision.block_candidate and record.event.platform is Platform.FACEBOOK:
        if OverrideKind.BLOCK_APPROVED.value in done:
            kinds.append(OverrideKind.UNBLOCK)
        else:
            kinds += [OverrideKind.BLOCK_APPROVED, OverrideKind.BLOCK_REJECTED]
    labels = {
        OverrideKind.CONFIRM: "Bekräfta beslutet",
        OverrideKind.RESTORE: "Återställ kommentaren (visa den igen)",
        OverrideKind.POLICE_HANDLED: "Hanterad: polisanmäld eller bedömd",
        OverrideKind.CONTACTED: "Personen är kontaktad",
        OverrideKind.BLOCK_APPROVED: "Godkänn blockering av skribenten",
        OverrideKind.BLOCK_REJECTED: "Avslå blockering",
        OverrideKind.UNBLOCK: "Häv blockeringen",
    }
    return [{"kind": k.value, "label": labels[k]} for k in kinds]


class ReviewPageService:
    def __init__(
        self,
        overrides: OverrideService,
        tokens: TokenStore,
        key: bytes,
        post_url: str = "/review",
    ) -> None:
        self.overrides = overrides
        self.tokens = tokens
        self.key = key
        self.post_url = post_url

    def _refuse(self, reason: str) -> Page:
        return message_page(403, "Länken kan inte användas", _TOKEN_PAGES[reason])

    def get(self, token: str, now: datetime | None = None) -> Page:
        now = now or datetime.now(UTC)
        try:
            claims = verify_review_token(self.key, token, now)
        except TokenError as exc:
            return self._refuse(exc.reason)
        if self.tokens.token_used(claims.nonce):
            return self._refuse("used")
        try:
            pk, sk = split_record_id(claims.record_id)
            view = self.overrides.view(pk, sk)
        except (OverrideError, RecordNotFoundError):
            return message_page(404, "Beslutet finns inte", "Beslutet hittades inte i registret.")
        return Page(200, self._render(view, token))

    def post(self, form: dict[str, str], now: datetime | None = None) -> Page:
        now = now or datetime.now(UTC)
        try:
            claims = verify_review_token(self.key, form.get("t", ""), now)
        except TokenError as exc:
            return self._refuse(exc.reason)
        decision = form.get("decision", "").strip()
        if not decision:
            return message_page(
                400,
                "Något saknas",
                "Formuläret saknar vilket beslut det gäller. Öppna länken igen.",
            )
        if decision != claims.record_id:
            return self._refuse("other")
        try:
            kind = OverrideKind(form.get("action", ""))
        except ValueError:
            return message_page(400, "Något saknas", "Välj en av knapparna på sidan.")
        try:
            pk, sk = split_record_id(claims.record_id)
            self.overrides.view(pk, sk)
        except (OverrideError, RecordNotFoundError):
            return message_page(404, "Beslutet finns inte", "Beslutet hittades inte i registret.")
        # Spent before acting: two quick clicks (or a replayed POST) act once.
        if not self.tokens.use_token(claims.nonce, claims.record_id, claims.recipient, now):
            return self._refuse("used")
        try:
            self.overrides.apply(
                pk,
                sk,
                kind,
                by=claims.recipient,
                via="review-page",
                reason=form.get("reason", ""),
                now=now,
            )
        except OverrideError as exc:
            return message_page(409, "Det gick inte", str(exc))
        follow = (
            "Kommentaren visas igen på plattformen inom någon minut (eller registreras som "
            "provläge om kommunen ännu inte slagit på åtgärderna)."
            if kind is OverrideKind.RESTORE
            else "Beslutet är sparat."
        )
        return message_page(200, "Tack!", f"{OVERRIDE_LABELS[kind]}.", follow)

    def _render(self, view: ReviewView, token: str) -> str:
        record, decision = view.record, view.record.decision
        event = record.event
        findings = [
            {
                "clause": f.clause,
                "category": f.category.value,
                "evidence": [f"{e.kind or 'utdrag'}: {e.masked}" for e in f.evidence],
            }
            for f in decision.violations
        ]
        results = []
        for item in view.results:
            action = str(item.data.get("action", ""))
            outcome = str(item.data.get("outcome", ""))
            results.append(
                f"{_ACTION_WORDS.get(action, action)}: {_OUTCOMES.get(outcome, outcome)}"
            )
        overrides = [
            f"{_local(o.at)} {OVERRIDE_LABELS.get(OverrideKind(o.kind), o.kind)} "
            f"({mask(o.by, 'email')}){': ' + o.reason if o.reason else ''}"
            for o in view.overrides
        ]
        escalations = ", ".join(ESCALATION_LABELS[e] for e in decision.escalations)
        return render(
            "review.html",
            title="Granska beslut",
            platform=_PLATFORMS.get(event.platform, event.platform.value),
            kind=_KINDS[event.kind],
            written=_local(event.created_time),
            author=mask(event.author_name, "name") if event.author_name else "okänd",
            action=_ACTIONS[decision.action] + (f" – {escalations}" if escalations else ""),
            policy_version=decision.policy_version,
            link=event.permalink,
            findings=findings,
            excerpt=masked_excerpt(record),
            results=results,
            overrides=overrides,
            buttons=buttons_for(view),
            token=token,
            record_id=record.record_id,
            post_url=self.post_url,
        )
