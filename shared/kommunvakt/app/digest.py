"""The daily digest: nothing removed goes unseen.

Once a day (EventBridge Scheduler) Kontaktcenter gets one Swedish e-mail listing every
removal and hidden comment of the last 24 hours by category, with links; the authors who
have become block candidates, with their strikes; and every platform action that failed.
A day with none of these sends nothing.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kommunvakt.app.ports import Mailer, OutgoingEmail
from kommunvakt.domain.masking import mask

CATEGORY_NAMES = {
    "personal_case": "Personärenden",
    "rumor": "Ryktesspridning",
    "abusive": "Olämpliga kommentarer",
    "crime": "Uppmaningar till brott och hot",
    "media_rights": "Bild och film",
    "advertising": "Reklam",
    "spam": "Spam",
    "political": "Politiska diskussioner",
    "confidential": "Sekretess och personuppgifter",
    "irrelevant": "Irrelevanta inlägg",
}
_FAILED = {"failed": "misslyckades", "unknown": "oklart om det gick fram"}
_ACTION_SV = {
    "hide": "dölja",
    "unhide": "visa igen",
    "delete": "ta bort",
    "reply": "svara",
    "block": "blockera",
    "unblock": "häva blockering",
}
_OUTCOME_SV = {
    "done": "klart",
    "dry-run": "provläge, inget skickat",
    "failed": "misslyckades",
    "gone": "fanns inte längre",
    "unknown": "oklart om det gick fram",
    "awaiting_approval": "väntar på ert beslut",
    "fallback-delete": "gick inte, togs bort i stället",
}


def _sv(action: object, outcome: object) -> str:
    return (
        f"{_ACTION_SV.get(str(action), str(action))}: {_OUTCOME_SV.get(str(outcome), str(outcome))}"
    )


_PLATFORMS = {"facebook": "Facebook", "instagram": "Instagram"}


@dataclass(frozen=True)
class DigestEntry:
    record_id: str
    platform: str
    when: datetime
    action: str
    link: str
    outcome: str = ""
    """What happened on the platform (the action ledger's result), if anything."""


@dataclass
class Digest:
    since: datetime
    until: datetime
    by_category: dict[str, list[DigestEntry]] = field(default_factory=lambda: defaultdict(list))
    block_candidates: list[tuple[DigestEntry, str, int]] = field(default_factory=list)
    """(entry, masked author, strikes)"""
    failed: list[tuple[DigestEntry, str, str]] = field(default_factory=list)
    """(entry, action, outcome with code)"""

    @property
    def empty(self) -> bool:
        return not (self.by_category or self.block_candidates or self.failed)


def build_digest(
    lines: Iterable[dict[str, Any]],
    since: datetime,
    until: datetime,
    strikes: Callable[[str, str, datetime], int],
) -> Digest:
    """From export lines (`RecordStore.iter_records`) of the period. `strikes(platform,
    author_id, at)` counts the author's removals in the policy's blocking window up to `at`."""
    digest = Digest(since, until)
    versions: dict[str, dict[str, Any]] = {}
    results: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        if line.get("type") == "version":
            versions[line["record_id"]] = line
        elif line.get("type") == "action_result":
            results[line["record_id"]].append(line.get("data", {}))
    for record_id, line in versions.items():
        decision, event = line["decision"], line["event"]
        if decision["action"] not in ("remove", "review"):
            continue
        done = "; ".join(_sv(r.get("action"), r.get("outcome")) for r in results.get(record_id, []))
        entry = DigestEntry(
            record_id=record_id,
            platform=event["platform"],
            when=datetime.fromisoformat(line["received_at"]),
            action=decision["action"],
            link=event.get("permalink") or "",
            outcome=done,
        )
        for category in decision["categories"]:
            digest.by_category[category].append(entry)
        if decision.get("block_candidate") and event.get("author_id"):
            author = mask(event.get("author_name") or event["author_id"], "name")
            digest.block_candidates.append(
                (
                    entry,
                    author,
                    strikes(
                        event["platform"],
                        event["author_id"],
                        datetime.fromisoformat(event["created_time"]),
                    ),
                )
            )
    # Failures of the period, also for decisions made before it (a retry that ran out today).
    for record_id, items in results.items():
        for r in items:
            if r.get("outcome") not in _FAILED:
                continue
            known = versions.get(record_id)
            code = (r.get("error") or {}).get("code") if isinstance(r.get("error"), dict) else None
            outcome = _FAILED[r["outcome"]] + (f" (felkod {code})" if code else "")
            entry = DigestEntry(
                record_id=record_id,
                platform=known["event"]["platform"] if known else record_id.split("#")[1],
                when=datetime.fromisoformat(known["received_at"]) if known else until,
                action=known["decision"]["action"] if known else "remove",
                link=(known["event"].get("permalink") or "") if known else "",
            )
            digest.failed.append((entry, str(r.get("action")), outcome))
    return digest


def _local(ts: datetime) -> str:
    try:
        return ts.astimezone(ZoneInfo("Europe/Stockholm")).strftime("%Y-%m-%d %H:%M")
    except Exception:  # no tz database: UTC is still unambiguous
        return ts.strftime("%Y-%m-%d %H:%M UTC")


def compose_digest_email(
    digest: Digest,
    *,
    sender: str,
    recipients: tuple[str, ...],
    review_link: Callable[[str], str | None] = lambda _record_id: None,
) -> OutgoingEmail | None:
    """The Swedish digest, or None for an empty day (nothing is sent)."""
    if digest.empty:
        return None
    total = sum(len(v) for v in digest.by_category.values())
    day = _local(digest.until)[:10]
    subject = f"[Kommunvakt] Dagens sammanfattning {day}: {total} borttagna eller dolda"
    text: list[str] = [
        "Hej Kontaktcenter!",
        "",
        f"Det här hände på kommunens sidor mellan {_local(digest.since)} och "
        f"{_local(digest.until)}.",
    ]
    parts: list[str] = [
        "<p>Hej Kontaktcenter!</p>",
        f"<p>Det här hände på kommunens sidor mellan {html.escape(_local(digest.since))} och "
        f"{html.escape(_local(digest.until))}.</p>",
    ]

    def item(entry: DigestEntry, extra: str = "") -> tuple[str, str]:
        platform = _PLATFORMS.get(entry.platform, entry.platform)
        what = "borttagen" if entry.action == "remove" else "dold för granskning"
        review = review_link(entry.record_id)
        bits = [f"{_local(entry.when)} {platform}, {what}"]
        if entry.outcome:
            bits.append(entry.outcome)
        if extra:
            bits.append(extra)
        line = " – ".join(bits)
        text_line = f"- {line}\n    Länk: {entry.link or 'saknas'}" + (
            f"\n    Granska: {review}" if review else ""
        )
        links = (f"<a href='{html.escape(entry.link)}'>öppna</a>" if entry.link else "") + (
            f" · <a href='{html.escape(review)}'>granska</a>" if review else ""
        )
        return text_line, f"<li>{html.escape(line)} {links}</li>"

    if digest.by_category:
        text += ["", "Borttaget och dolt per kategori:"]
        parts.append("<h3>Borttaget och dolt per kategori</h3>")
        for category in sorted(digest.by_category, key=lambda c: -len(digest.by_category[c])):
            entries = digest.by_category[category]
            name = CATEGORY_NAMES.get(category, category)
            text += ["", f"{name} ({len(entries)})"]
            rendered = [item(e) for e in sorted(entries, key=lambda e: e.when)]
            text += [t for t, _ in rendered]
            parts.append(f"<h4>{html.escape(name)} ({len(entries)})</h4><ul>")
            parts += [h for _, h in rendered] + ["</ul>"]
    if digest.block_candidates:
        text += ["", "Kan blockeras (har fått flera borttagningar):"]
        parts.append("<h3>Kan blockeras</h3><ul>")
        for entry, author, strikes in digest.block_candidates:
            t, h = item(entry, f"{author}, {strikes} borttagningar")
            text.append(t)
            parts.append(h)
        parts.append("</ul>")
        text.append("Godkänn eller avslå blockeringen via granskningslänken.")
    if digest.failed:
        text += ["", "Åtgärder som inte gick att göra på plattformen:"]
        parts.append("<h3>Åtgärder som inte gick att göra</h3><ul>")
        for entry, action, outcome in digest.failed:
            t, h = item(entry, f"{_ACTION_SV.get(action, action)}: {outcome}")
            text.append(t)
            parts.append(h)
        parts.append("</ul>")
    footer = "Detta meddelande skickades automatiskt av Kommunvakt."
    text += ["", footer]
    parts.append(f"<p><small>{footer}</small></p>")
    return OutgoingEmail(
        sender=sender,
        recipients=recipients,
        subject=subject,
        text_body="\n".join(text),
        html_body="<!doctype html><html lang='sv'><body>" + "".join(parts) + "</body></html>",
        idempotency_key=f"digest|{digest.until.date().isoformat()}",
    )


def digest_window(now: datetime) -> tuple[datetime, datetime]:
    return now - timedelta(hours=24), now


def run_digest(
    lines: Callable[[datetime, datetime], Iterable[dict[str, Any]]],
    strikes: Callable[[str, str, datetime], int],
    mailer: Mailer,
    *,
    sender: str,
    recipients: tuple[str, ...],
    now: datetime,
    review_link: Callable[[str], str | None] = lambda _record_id: None,
) -> str | None:
    """Build and send the day's digest; the message id, or None when there was nothing."""
    since, until = digest_window(now)
    digest = build_digest(lines(since, until), since, until, strikes)
    email = compose_digest_email(
        digest, sender=sender, recipients=recipients, review_link=review_link
    )
    if email is None:
        return None
    return mailer.send(email)
