"""Advertising: a business or organisation promoting itself (`advertising.promotion`).

An ad is recognised by several *kinds* of evidence together, never one word: the author
speaking as the business ("vi på X", "hos oss", "välj oss", "vår butik"), an offer
("15 % rabatt", "första lektionen gratis", "från 2 995 kr"), a call to buy or book ("boka
på", "förbeställ"), contact details for the sale (a shop's website, info@ address, "ring
08-…", "länk i bio", "swisha till") and a business name ("… AB", "Tuna Simskola"). A post
is advertising when its cues weigh 0.5 together and come from at least two kinds, so a
resident who mentions a discount, a price or a website in passing is not an advertiser.

Not advertising: a private person selling a sofa (that is `irrelevant`), a resident asking
where to buy something or recommending an event, and scams (those are `spam`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.detectors.spam import looks_like_scam, public_domain
from kommunvakt.policy.lexicon import Lexicon, load
from kommunvakt.policy.names import first_names
from kommunvakt.policy.regex import lazy  # patterns compiled on first use (cold start)

THRESHOLD = 0.5
MIN_KINDS = 2
NAME_GATE = 0.2
"""Cue weight below which a business name is not looked for (a name weighs at most 0.25)."""


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str
    weight: float


_NUM = r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?"
_KR = r"\s?(?:kr|kronor|sek|:-)(?![a-zåäö])"
_FIRST = (
    r"första\s+(?:lektionen|månaden|besöket|passet|timmen|veckan|klippningen|behandlingen"
    r"|kursen|provlektionen|träningen)"
)
_ROAD = r"(?:vägen|gatan|gränd|gränden|stigen|backen|torget|torg|allén|plan|slingan|leden)"

# Offsets of these patterns are into the folded (lower-case) view.
_GRAMMAR: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (lazy(r"(?<![\w-])-\s?\d{1,2}\s?%"), "offer", 0.35),
    (
        lazy(r"\d{1,2}\s?%\s*(?:rabatt|off|på\s+(?:allt|hela|alla|första|ditt|din|valfri))"),
        "offer",
        0.2,
    ),
    (lazy(rf"\bfrån\s+{_NUM}{_KR}(?!\s*(?:till|upp|ner|per\s+år))"), "offer", 0.25),
    (lazy(rf"{_NUM}{_KR}\s+(?:inkl|inklusive|inkluderar)"), "offer", 0.25),
    (lazy(rf"(?:endast|bara|only|just\s+nu)\s+{_NUM}{_KR}"), "offer", 0.2),
    (
        lazy(
            rf"{_NUM}{_KR}\s?(?:/|per\s+|i\s+)(?:mån|månad|månaden|person|pers|st|styck|timme|tim|h)\b"
        ),
        "offer",
        0.2,
    ),
    (lazy(rf"{_NUM}{_KR}"), "price", 0.1),
    (
        lazy(
            # "ring mig": a resident's own number; a firm says "ring oss" (or its name)
            r"(?:ring|call|sms:?a|messa|slå\s+en\s+signal)"
            r"(?:\s+(?:oss|us|(?!(?:mig|mej|me)\b)[a-zåäö]{2,12}))?"
            r"(?:\s+(?:på|till|on|direkt))?\s*(?:\+46|0)\d[\d \-]{5,}\d"
        ),
        "contact",
        0.3,
    ),
)
_PERCENT, _MONEY, _CALL = 0, 1, 2
_GRAMMAR_NEEDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_PERCENT, ()),
    (_PERCENT, ()),
    (_MONEY, ("från",)),
    (_MONEY, ("inkl",)),
    (_MONEY, ("endast", "bara", "only", "just")),
    (_MONEY, ()),
    (_MONEY, ()),
    (_CALL, ()),
)
"""Which cheap test each `_GRAMMAR` pattern cannot match without, and words of which it needs
one (none: no extra test): most texts with a digit (a date, a time) skip every scan."""
_MONEY_GATE = lazy(r"\d\s?(?:kr|sek|:-)")
"""Every money pattern contains a number directly followed by a currency (`{_NUM}{_KR}`)."""
_CALL_WORDS = ("ring", "call", "sms", "messa", "signal")
_ORG_STEMS = ("förening", "klubb", "laget", "kåren", "scout", "kören", "styrelsen")
"""Substrings without which `_ORG_VOICE` cannot match."""
_TLD_GATE = lazy(r"\.(?:se|com|nu|net|org|eu|io|biz|co|info|shop|store)\b")
"""`_TLD` without its leading letter: a literal "." lets the regex engine skip ahead."""
_FIRST_FREE = lazy(rf"{_FIRST}\s+(?:är\s+)?(?:gratis|kostnadsfri|halva\s+priset|{_NUM}{_KR})")
_SHOP_EMAIL = lazy(
    r"\b(?:info|kontakt|hej|hello|bokning|boka|order|jobb|jobs|kundtjanst|kundtjänst"
    r"|service|sales|butik|shop|post|mail|office|kontoret)@[\w.-]+\.[a-z]{2,}"
)
# Starts only where a run of address characters starts, and takes it possessively: tried from
# every position, a long word ending in "@" took quadratic time (100 kB: over a minute).
_EMAIL = lazy(r"(?<![\w.+-])[\w.+-]++@([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})")
_FREEMAIL = lazy(
    r"(?:gmail|hotmail|outlook|yahoo|live|icloud|me|msn|telia|bredband|spray|passagen|comhem)\."
)
_DOMAIN = lazy(
    r"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:se|com|nu|net|org|eu|io|biz|co"
    r"|info|shop|store))(?![\w-])"
)
_TLD = lazy(r"\w\.(?:se|com|nu|net|org|eu|io|biz|co|info|shop|store)\b")
_DIGIT = lazy(r"\d")
_HANDLE = lazy(r"(?<![\w@])@[a-z0-9_.]{3,}")
_OUR = lazy(
    r"v(?<!\wv)(?:år|årt|åra|åran|årat|(?<!det\sv)(?<!som\sv)(?<!den\sv)ar|art|i\s+är\s+(?:ett|en))\s+"
)
"""Before a business noun: "vår butik", "var butik" (typed without å), "vi är ett företag".
The lookbehind is a word boundary before the "v"; starting with a literal lets the regex engine
skip ahead to the next "v". "det var klubben" is the verb."""
_ORG_NOUN = (
    r"(?:förening|föreningen|klubb|klubben|laget|kåren|scoutkåren|scouterna|kören|styrelsen)"
)
_ORG_VOICE = lazy(
    rf"(?:^|[.!?]\s*)(?:{_ORG_NOUN}|[a-zåäö]+(?:kåren|klubben))\s+(?:har(?!\s+(?:\w+(?:it|at|ats|its)|"
    r"gjort|haft|fått|funnits|sett|tagit|gett|givit|varit|stängt|stängts|köpt|byggt|ställt|"
    r"sålt|hängt|bestämt|bytt|lagt|sagt|satt|anmält|polisanmält|ringt|uteslutit)\b)|säljer|anordnar"
    r"|arrangerar|bjuder|ordnar|håller)\b"
    rf"|\bvi\s+i\s+(?:[a-zåäö]*{_ORG_NOUN}|[a-zåäö-]+föreningen)\b"
)
"""An association speaking as itself: "Föreningen har loppis…", "Vi i hembygdsföreningen
bjuder in…". A resident recommending names the association ("Hembygdsföreningens loppis"),
and "föreningen har drivit gården i 40 år" tells its history (a perfect tense, no offer)."""
_ADJECTIVE = lazy(r"[a-zåäö]+\s+")
_PRIVATE_SALE = lazy(
    r"^\W*(?:säljer|till\s+salu|bortskänkes|skänkes|skänker|köpes|köper|byte\s+sökes)\b"
)
_ASKING = lazy(
    r"\b(?:vet\s+(?:någon|nån|ni)|någon\s+som\s+vet|nån\s+som\s+vet|var\s+kan\s+man|var\s+köper"
    r"|var\s+hittar|tips\s+på|kan\s+någon\s+rekommendera|kan\s+nån\s+rekommendera)\b"
)
# Checked in the ORIGINAL text: case carries the business name.
_COMPANY_FORM = lazy(
    r"(?<=[a-zåäöA-ZÅÄÖ&])\s+(AB|HB|KB|Inc|Ltd|GmbH|BK|IF|IK|FF|SK|FK|GoIF|BoIS)(?![\w])"
)
_SIGNATURE = lazy(r"(?:^|\s)/\s?[A-ZÅÄÖ][\w&]+(?:\s+[A-ZÅÄÖ][\w&]*)*\s*$")
_WE_LIVE = lazy(r"\b(?:vi|jag) bor\b")
_VI_PA_NAME = lazy(r"\b[Vv]i\s+(?:här\s+)?på\s+([A-ZÅÄÖ][\w&-]*)")
_ROAD_NAME = lazy(rf"{_ROAD}$", re.IGNORECASE)


@cache
def _cues() -> Lexicon:
    return load("advertising_cues")


@cache
def _business_nouns() -> Lexicon:
    return load("advertising_business")


_NONE_BEFORE = re.compile(r"\b(?:ingen|inget|inga|utan)\s+$")


_FREE_FOR_ALL = lazy(
    r"\b(?:ingen\s+kostnad|kostnadsfritt|det\s+är\s+gratis|gratis\s+för\s+alla|inget\s+inträde|fri\s+entré)\b"
)
_PRICE = lazy(rf"{_NUM}\s*{_KR}|\brabatt\w*|\berbjudande\w*")
"""An open house that is free for all and names no price or offer: a club's or a
congregation's invitation, nothing sold."""


def _lexicon_cues(folded: str, original: str, off: tuple[int, ...]) -> list[_Cue]:
    out: list[_Cue] = []
    for hit in _cues().finditer(folded):
        kind, _, weight = hit.entry.tag.partition(" ")
        if hit.form.startswith("vi") and "på" in hit.form:
            # "vi på" is the business only when a name follows, and not a street ("Vi på
            # Ekebyvägen har inte fått sophämtning").
            m = _VI_PA_NAME.match(original, off[hit.start])
            if m is None or _ROAD_NAME.search(m.group(1)):
                continue
        elif hit.form == "hos oss" and _WE_LIVE.search(folded):
            continue  # "ställ kärlet hos oss, vi bor på …": a home, not a shop
        elif kind == "offer" and _NONE_BEFORE.search(folded, max(0, hit.start - 8), hit.start):
            continue  # "gratis och öppet för alla, ingen försäljning": nothing is sold
        elif (
            hit.form == "öppet hus"
            and _FREE_FOR_ALL.search(folded) is not None
            and _PRICE.search(folded) is None
        ):
            continue  # "Föreningen har öppet hus … Alla är välkomna, ingen kostnad": no sale
        out.append(_Cue(hit.start, hit.end, kind, float(weight)))
    return out


def _our_business(folded: str) -> list[_Cue]:
    out: list[_Cue] = []
    nouns = _business_nouns()
    for m in _OUR.finditer(folded):
        # The noun right after "vår", or after one adjective ("vår privata simskola").
        starts = [m.end()]
        adj = _ADJECTIVE.match(folded, m.end())
        if adj:
            starts.append(adj.end())
        for start in starts:
            hit = nouns.search(folded[start : start + 40])
            if hit is not None and hit.start == 0:
                out.append(_Cue(m.start(), start + hit.end, "voice", 0.35))
                break
    return out


def _business_names(ctx: Context) -> list[_Cue]:
    view, text = ctx.folded, ctx.text
    off = view.offsets
    out: list[_Cue] = []
    for m in _COMPANY_FORM.finditer(text):
        out.append(_Cue(_to_view(off, m.start(1)), _to_view(off, m.end(1)), "name", 0.25))
    sig = _SIGNATURE.search(text) if "/" in text else None
    if sig and sig.group().strip(" /").lower() not in first_names():
        # "/Ulla" signs a person's own comment; "/Tuna Bygg" a firm's
        out.append(_Cue(_to_view(off, sig.start()), _to_view(off, sig.end()), "name", 0.25))
    for hit in _business_nouns().finditer(view.text):
        o = view.offsets[hit.start]
        # A capitalised name with a business noun: "Tuna Simskola", "Pizzeria Tuna".
        if not text[o : o + 1].isupper():
            continue
        before = text[max(0, o - 30) : o].split()
        after = text[view.offsets[hit.end - 1] + 1 :].split()[:1]
        if (before and before[-1][:1].isupper()) or (after and after[0][:1].isupper()):
            out.append(_Cue(hit.start, hit.end, "name", 0.2))
    return out


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    # A loop of `in` tests beats both `any()` over a generator and a regex alternation.
    for w in words:  # noqa: SIM110
        if w in text:
            return True
    return False


def _to_view(offsets: tuple[int, ...], original: int) -> int:
    """The first view position at or after an original offset."""
    return bisect_left(offsets, original, 0, len(offsets) - 1)


def _contacts(folded: str) -> list[_Cue]:
    out: list[_Cue] = []
    public = public_domain()
    emails: set[int] = set()
    if "@" in folded:
        for m in _EMAIL.finditer(folded):
            emails.add(m.start(1))
            domain = m.group(1)
            if not _FREEMAIL.match(domain) and not public.search(domain):
                out.append(_Cue(m.start(), m.end(), "contact", 0.2))
        for m in _HANDLE.finditer(folded):
            out.append(_Cue(m.start(), m.end(), "contact", 0.15))
        for m in _SHOP_EMAIL.finditer(folded):
            out.append(_Cue(m.start(), m.end(), "contact", 0.35))
    if _TLD_GATE.search(folded) and _TLD.search(folded):
        for m in _DOMAIN.finditer(folded):
            if m.start(1) in emails or public.search(m.group(1)):
                continue
            out.append(_Cue(m.start(), m.end(), "contact", 0.25))
    return out


def advertising_cues(ctx: Context) -> list[_Cue]:
    """Every advertising cue of the text, offsets into `ctx.folded`."""
    folded = ctx.folded.text
    cues = _lexicon_cues(folded, ctx.text, ctx.folded.offsets)
    if "vår" in folded or "var" in folded or "vi är" in folded:
        cues += _our_business(folded)
    if _contains_any(folded, _ORG_STEMS):
        for m in _ORG_VOICE.finditer(folded):
            cues.append(_Cue(m.start(), m.end(), "voice", 0.35))
    cues += _contacts(folded)
    if "första" in folded:
        for m in _FIRST_FREE.finditer(folded):
            cues.append(_Cue(m.start(), m.end(), "offer", 0.35))
    # Every grammar pattern is about a number: a price, a percentage, a phone number. The
    # cheap substring tests come first; most texts pass none of them.
    gates = (
        "%" in folded,
        ("kr" in folded or "sek" in folded or ":-" in folded)
        and _MONEY_GATE.search(folded) is not None,
        _contains_any(folded, _CALL_WORDS),
    )
    if any(gates) and _DIGIT.search(folded):
        for (rx, kind, weight), (need, words) in zip(_GRAMMAR, _GRAMMAR_NEEDS, strict=True):
            if not gates[need] or (words and not _contains_any(folded, words)):
                continue
            for m in rx.finditer(folded):
                cues.append(_Cue(m.start(), m.end(), kind, weight))
    if sum(c.weight for c in cues) >= NAME_GATE:
        # A business name is support, never enough with only a greeting: skip the
        # case-sensitive name search for the many texts with no real cue.
        cues += _business_names(ctx)
    return cues


def _score(cues: list[_Cue]) -> tuple[float, int]:
    # Each distinct phrase counts once, at its heaviest; a price alone is only support.
    best: dict[tuple[int, int], _Cue] = {}
    for c in cues:
        key = (c.start, c.end)
        if key not in best or best[key].weight < c.weight:
            best[key] = c
    total = sum(c.weight for c in best.values())
    kinds = {c.kind for c in best.values() if c.kind != "price"}
    return total, len(kinds)


_MUNICIPAL_SIGNATURE = lazy(
    r"/\s?[a-zåäö]+(?:\s[a-zåäö]+)?,\s?(?:kontaktcenter|kommunikation\w*|vallentuna kommun|"
    r"kommunen)\s*$"
)
"""A reply signed by the municipality's Kontaktcenter or communications unit."""


def _points_to_the_municipality(ctx: Context) -> bool:
    """ "Mejla oss på kommun@vallentuna.se … /Linda": the municipality's own voice, pointing to
    its published e-mail or switchboard, sells nothing."""
    contacts = ctx.policy.public_contacts
    folded = ctx.folded.text
    if any(f"@{d}" in folded for d in contacts.email_domains):
        return True
    if "/" in folded and _MUNICIPAL_SIGNATURE.search(folded):
        return True  # "… hör av dig till Kontaktcenter så förmedlar vi. /Johan, Kontaktcenter"
    digits = "".join(ch for ch in folded if ch.isdigit())
    return any(
        len(p) >= 8 and p in digits
        for p in ("".join(ch for ch in phone if ch.isdigit()) for phone in contacts.phones)
    )


class AdvertisingDetector(Detector):
    id = "advertising"
    category = Category.ADVERTISING

    def clears(self, ctx: Context) -> bool:
        # A resident selling their own things or asking where to buy, with no business voice
        # ("vi på…", "hos oss"), or a scam: not an ad by the policy's own conventions.
        folded = ctx.folded.text
        if looks_like_scam(folded):
            return True
        if not (_PRIVATE_SALE.search(folded) or _ASKING.search(folded)):
            return False
        return sum(c.weight for c in advertising_cues(ctx) if c.kind == "voice") < 0.3

    def analyze(self, ctx: Context) -> list[Signal]:
        folded = ctx.folded.text
        if not folded.strip():
            return []
        cues = advertising_cues(ctx)
        if not cues:
            return []
        total, kinds = _score(cues)
        if total < THRESHOLD or kinds < MIN_KINDS:
            return []
        asking = _ASKING.search(folded) is not None
        # Asked for ("finns det någon som tar uppdrag?"), a firm's words are the asker's, not
        # the firm's voice.
        voice = sum(
            c.weight
            for c in cues
            if c.kind == "voice"
            and not (asking and folded[max(0, c.start - 4) : c.start] == "som ")
        )
        if voice < 0.3 and (_PRIVATE_SALE.search(folded) or asking):
            return []
        if looks_like_scam(folded) or _points_to_the_municipality(ctx):
            return []
        spans = [
            Span(*ctx.folded.span(c.start, c.end), kind=_SPAN_KIND[c.kind])
            for c in sorted(cues, key=lambda c: c.start)
            if c.kind != "price" or total - c.weight >= THRESHOLD
        ]
        return [Signal("advertising.promotion", self.category, min(1.0, 0.2 + total), tuple(spans))]


_SPAN_KIND = {
    "voice": "business_voice",
    "offer": "offer",
    "price": "offer",
    "cta": "call_to_action",
    "contact": "business_contact",
    "name": "business_name",
}
