"""The escalation e-mail to Kontaktcenter: Swedish, text and HTML, personal data masked.

What it never contains: a full personnummer or phone number, or the message text when the
item holds personal data (only the masked evidence then). The subject carries no text at all.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from kommunvakt.app.ports import OutgoingEmail
from kommunvakt.app.records import StoredRecord
from kommunvakt.domain.actions import ActionPlan, PlatformAction
from kommunvakt.domain.masking import log_ref, mask, mask_name, mask_personal_text
from kommunvakt.domain.models import (
    Action,
    Category,
    Escalation,
    EventKind,
    Platform,
    Verb,
)

ESCALATION_LABELS = {
    Escalation.SENSITIVE_INFORMATION: "Känsliga uppgifter har publicerats",
    Escalation.POLICE_REPORT: "Kan behöva polisanmälas",
    Escalation.PERSONAL_CASE: "Personärende som behöver tas om hand",
    Escalation.MEDIA_CONSENT: "Bild eller film där samtycke behöver kontrolleras",
}
_GUIDANCE = {
    Escalation.SENSITIVE_INFORMATION: (
        "Kontrollera att inlägget är dolt eller borttaget och registrera uppgifterna enligt "
        "kommunens rutin för sekretess."
    ),
    Escalation.POLICE_REPORT: (
        "Bedöm om innehållet ska polisanmälas. Spara länken och post-id:t som underlag."
    ),
    Escalation.PERSONAL_CASE: (
        "Personen har ett ärende. Kontakta hen via plattformen och hänvisa till Kontaktcenter; "
        "för inte ärendet vidare i kommentarsfältet."
    ),
    Escalation.MEDIA_CONSENT: (
        "Kontrollera att de som syns på bilden eller filmen har gett sitt samtycke."
    ),
}
_ACTIONS = {
    Action.ALLOW: "Tillåts",
    Action.REVIEW: "Granskas av en person",
    Action.REMOVE: "Tas bort enligt policyn",
}
_STEP_WORDS = {
    PlatformAction.HIDE: ("döljer kommentaren", "skulle dölja kommentaren"),
    PlatformAction.UNHIDE: ("visar kommentaren igen", "skulle visa kommentaren igen"),
    PlatformAction.DELETE: ("tar bort kommentaren", "skulle ta bort kommentaren"),
    PlatformAction.REPLY: (
        "svarar med policyns svarsmall",
        "skulle svara med policyns svarsmall",
    ),
    PlatformAction.BLOCK: ("blockerar skribenten", "skulle blockera skribenten"),
    PlatformAction.UNBLOCK: ("häver blockeringen", "skulle häva blockeringen"),
}


def describe_plan(plan: ActionPlan) -> list[str]:
    """What Kommunvakt does on the platform, in Swedish, for e-mails and the digest."""
    out = []
    for step in plan.steps:
        live, dry = _STEP_WORDS[step.action]
        if step.needs_approval:
            out.append("Skribenten har fått flera borttagningar: blockering väntar på ert beslut.")
        elif step.mode == "dry-run":
            out.append(f"Provläge: Kommunvakt {dry} (inget skickades till plattformen).")
        else:
            out.append(f"Kommunvakt {live}.")
    if plan.needs_person:
        out.append("En del av beslutet kan inte göras automatiskt: en person behöver avgöra.")
    return out


_KINDS = {EventKind.POST: "inlägg", EventKind.COMMENT: "kommentar", EventKind.REPLY: "svar"}
_VERBS = {
    Verb.ADD: "publicering",
    Verb.EDITED: "redigering",
    Verb.REMOVE: "borttagning",
    Verb.HIDE: "döljning",
    Verb.UNHIDE: "visas igen",
}
_EVIDENCE_KINDS = {
    "personnummer": "personnummer",
    "phone": "telefonnummer",
    "email": "e-postadress",
    "address": "adress",
    "name": "namn",
    "threat": "hot",
    "insult": "förolämpning",
}
_PLATFORMS = {Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}
_PERSONAL = {Category.CONFIDENTIAL, Category.PERSONAL_CASE}
_PERSONAL_ESCALATIONS = {Escalation.SENSITIVE_INFORMATION, Escalation.PERSONAL_CASE}
_DIGIT_RUN = re.compile(r"\+?\d[\d \-–.]{4,}\d")
_EXCERPT_LIMIT = 400


def _local(ts: datetime) -> str:
    try:
        return ts.astimezone(ZoneInfo("Europe/Stockholm")).strftime("%Y-%m-%d %H:%M (svensk tid)")
    except Exception:  # no tz database on the host: UTC is still unambiguous
        return ts.strftime("%Y-%m-%d %H:%M UTC")


def masked_excerpt(record: StoredRecord) -> str | None:
    """The text with every evidence span and every long digit run masked, or None when the
    item holds personal data (then only the masked evidence is shown)."""
    decision = record.decision
    if _PERSONAL & set(decision.categories) or _PERSONAL_ESCALATIONS & set(decision.escalations):
        return None
    text = record.event.text
    spans = sorted(
        {(e.start, e.end, e.masked) for f in decision.violations for e in f.evidence},
        reverse=True,
    )
    for start, end, masked in spans:
        text = text[:start] + masked + text[end:]
    # Beyond the detectors' spans: names of private persons, addresses, property
    # designations and health claims, which the policy need not flag to be private.
    text = mask_personal_text(_DIGIT_RUN.sub(lambda m: mask(m.group(0), "number"), text))
    if len(text) > _EXCERPT_LIMIT:
        text = text[:_EXCERPT_LIMIT] + "…"
    return text


def reference(record: StoredRecord) -> str:
    """The short reference an e-mail gives for its record: the same one stands in the export
    (`reference`), so the municipality's archive finds the record without table keys."""
    return log_ref(record.record_id)


def compose_escalation_email(
    record: StoredRecord,
    escalations: Sequence[Escalation],
    *,
    sender: str,
    recipient: str,
    plan: ActionPlan | None = None,
    review_url: str | None = None,
) -> OutgoingEmail:
    """One e-mail to one recipient about one comment, listing every escalation of it that
    is routed to that recipient."""
    if not escalations:
        raise ValueError("an escalation e-mail needs at least one escalation")
    event, decision = record.event, record.decision
    platform = _PLATFORMS.get(event.platform, event.platform.value)
    what = f"{_KINDS[event.kind]} – {_VERBS[event.verb]}"
    labels = [ESCALATION_LABELS[e] for e in escalations]
    subject = (
        f"[Kommunvakt] {' + '.join(labels)} – {platform}, {_KINDS[event.kind]} "
        f"{_local(event.created_time)[:10]}"
    )
    findings = [
        (
            f.clause,
            f.category.value,
            [
                f"{_EVIDENCE_KINDS.get(e.kind or '', e.kind or 'utdrag')}: {e.masked}"
                for e in f.evidence
            ],
        )
        for f in decision.violations
    ]
    author = mask_name(event.author_name) if event.author_name else "okänd"
    excerpt = masked_excerpt(record)
    link = event.permalink or ""
    ref = reference(record)
    facts = [
        ("Gäller", "; ".join(labels)),
        ("Plattform", f"{platform}, {what}"),
        ("Skrivet", _local(event.created_time)),
        ("Skribent", author),
        ("Beslut", _ACTIONS[decision.action]),
        ("Policy", decision.policy_version),
        ("Referens", ref),
    ]
    todo = [(ESCALATION_LABELS[e], _GUIDANCE[e]) for e in escalations]
    intro = (
        "Kommunvakt har hittat en kommentar på kommunens sida som behöver hanteras av er."
        if len(escalations) == 1
        else f"Kommunvakt har hittat en kommentar på kommunens sida som behöver hanteras av er "
        f"på {len(escalations)} sätt."
    )
    lines = [
        "Hej Kontaktcenter!",
        "",
        intro,
        "",
        *[f"{k}: {v}" for k, v in facts],
        f"Länk: {link}" if link else "Länk: saknas (öppna kontot i Meta Business Suite)",
        "",
        "Vad som hittades:",
    ]
    for clause, cat, evidence in findings:
        lines.append(f"- Regel ”{clause}” ({cat})")
        lines.extend(f"    {e}" for e in evidence)
    if not findings:
        lines.append("- (inga detaljer)")
    lines.append("")
    if excerpt is None:
        lines.append(
            "Texten visas inte i e-postmeddelandet eftersom den innehåller personuppgifter. "
            "Läs den via länken eller på granskningssidan."
        )
    else:
        lines += ["Text (maskerad):", f"    {excerpt}"]
    if decision.reply_template:
        lines += ["", f"Svarsmall enligt policyn: {decision.reply_template}"]
    platform_lines = describe_plan(plan) if plan is not None else []
    if platform_lines:
        lines += ["", "På plattformen:"] + [f"- {p}" for p in platform_lines]
    lines += ["", "Vad ni behöver göra:"]
    lines += [f"- {label}: {guidance}" for label, guidance in todo]
    lines.append("")
    if review_url:
        lines += [
            "Granska, återställ eller bekräfta beslutet (länken gäller en gång och i "
            "begränsad tid):",
            f"    {review_url}",
            "",
        ]
    lines += [
        f"Kommentaren och beslutet sparas som allmän handling. Ange referensen {ref} om ni "
        "behöver ta fram dem, till exempel vid en begäran om allmän handling.",
        "",
        "Detta meddelande skickades automatiskt av Kommunvakt. Svara inte på det.",
    ]
    text_body = "\n".join(lines)

    e = html.escape
    rows = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    link_html = f"<a href='{e(link)}'>{e(link)}</a>" if link else "saknas"
    items = (
        "".join(
            f"<li>Regel ”{e(clause)}” ({e(cat)})"
            + ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in ev) + "</ul>" if ev else "")
            + "</li>"
            for clause, cat, ev in findings
        )
        or "<li>(inga detaljer)</li>"
    )
    text_html = (
        "<p>Texten visas inte i e-postmeddelandet eftersom den innehåller personuppgifter. "
        "Läs den via länken eller på granskningssidan.</p>"
        if excerpt is None
        else f"<p>Text (maskerad):</p><blockquote>{e(excerpt)}</blockquote>"
    )
    reply = (
        f"<p>Svarsmall enligt policyn: {e(decision.reply_template)}</p>"
        if decision.reply_template
        else ""
    )
    plan_html = (
        "<h3>På plattformen</h3><ul>"
        + "".join(f"<li>{e(p)}</li>" for p in platform_lines)
        + "</ul>"
        if platform_lines
        else ""
    )
    todo_html = "".join(
        f"<li><strong>{e(label)}:</strong> {e(guidance)}</li>" for label, guidance in todo
    )
    review_html = (
        f"<p><a href='{e(review_url)}'><strong>Granska beslutet</strong></a> – återställ, "
        "bekräfta eller markera som hanterat (länken gäller en gång och i begränsad tid).</p>"
        if review_url
        else ""
    )
    html_body = (
        "<!doctype html><html lang='sv'><body>"
        "<p>Hej Kontaktcenter!</p>"
        f"<p>{e(intro)}</p>"
        f"<table>{rows}<tr><th align='left'>Länk</th><td>{link_html}</td></tr></table>"
        f"<h3>Vad som hittades</h3><ul>{items}</ul>{text_html}{reply}{plan_html}"
        f"<h3>Vad ni behöver göra</h3><ul>{todo_html}</ul>{review_html}"
        f"<p>Kommentaren och beslutet sparas som allmän handling. Ange referensen "
        f"<strong>{e(ref)}</strong> om ni behöver ta fram dem, till exempel vid en begäran om "
        "allmän handling.</p>"
        "<p><small>Detta meddelande skickades automatiskt av Kommunvakt.</small></p>"
        "</body></html>"
    )
    return OutgoingEmail(
        sender=sender,
        recipients=(recipient,),
        subject=subject,
        text_body=text_body,
        html_body=html_body,
        idempotency_key=record.mail_id(recipient),
        headers={
            "X-Kommunvakt-Reference": ref,
            "X-Kommunvakt-Escalation": ",".join(e.value for e in escalations),
        },
    )
