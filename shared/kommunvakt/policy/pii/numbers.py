"""Identity, phone, card and bank numbers in every written form.

Numbers are found on a *digit view* of the folded text, where spelled-out digits ("noll sju
noll", "fyrtiofem") and letters standing for digits inside numbers ("O7O-l23") are rewritten as
digits, with a map back to the folded text. Runs of digits separated by spaces, hyphens, dots,
slashes or a plus sign are split into groups, and every sequence of whole groups with a
plausible length is handed to `validation`: only numbers that pass (a real date and Luhn, the
Swedish numbering plan, Luhn for cards, the IBAN checksum) are reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from importlib import resources
from itertools import accumulate, islice
from typing import NamedTuple, Protocol

from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii import validation
from kommunvakt.policy.regex import lazy


class Found(NamedTuple):
    kind: str
    """personnummer | samordningsnummer | phone | card | bank | id_document"""
    start: int
    end: int
    """Offsets into the original text."""
    score: float
    mobile: bool = False


@cache
def _number_table() -> dict[str, tuple[str, str]]:
    """Each number word: (the digits it stands for, its kind)."""
    raw = resources.files("kommunvakt.policy.data").joinpath("lexicons/number_words.tsv")
    words: dict[str, tuple[str, str]] = {}
    for line in raw.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, digits, kind = line.split("\t")
        words[word] = (digits, kind)
    return words


@cache
def _number_words() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    words = _number_table()
    units = "|".join(sorted((w for w, (_, k) in words.items() if k != "ten"), key=len)[::-1])
    tens = "|".join(sorted((w for w, (_, k) in words.items() if k == "ten"), key=len)[::-1])
    # One token made of number words only ("sju", "fyrtiofem", "nollsjunoll"); atomic groups
    # keep a failed match from backtracking through the alternatives.
    token = rf"(?>(?>{tens})(?>{units})?|(?>{units}))+"
    return words, re.compile(token)


@cache
def _spelled_or_numeric_token() -> re.Pattern[str]:
    """A token that is digits, digits with letters for digits, a lone "o"/"l"/"i", or number
    words only: found by one search, so the other words of a text cost nothing."""
    _, token = _number_words()
    return re.compile(rf"(?<![^\W_])(?:{_NUMERIC_BODY}|[oli]|{token.pattern})(?![^\W_])")


@cache
def _glued() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """Digits with number words glued to them ("07six", "0four", "tre07"): letters for digits,
    in words. Only unit words of three letters or more, so that "1en" or "2a" stay what they
    are."""
    units = {w: d for w, (d, k) in _number_table().items() if k == "unit" and len(w) >= 3}
    alt = "|".join(sorted(units, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![^\W_])(?:[0-9]+(?:{alt})(?:[0-9]|{alt})*|(?:{alt})+[0-9](?:[0-9]|{alt})*)"
        r"(?![^\W_])"
    )
    return pattern, units, re.compile(alt)


_GLUED_HINT = re.compile(r"[0-9][a-zåäö]{3}|[a-zåäö]{3}[0-9]")


def _unglue(token: str) -> str:
    _, units, word = _glued()
    return word.sub(lambda m: units[m.group()], token)


def _spell(token: str) -> str | None:
    """The digits a token of number words spells, or None."""
    words, pattern = _number_words()
    if not pattern.fullmatch(token):
        return None
    out: list[str] = []
    i = 0
    while i < len(token):
        for size in range(min(8, len(token) - i), 1, -1):
            entry = words.get(token[i : i + size])
            if entry is None:
                continue
            digits, kind = entry
            i += size
            if kind == "ten":
                nxt = _unit_at(token, i)
                if nxt is not None:
                    out.append(digits + nxt[0])
                    i += nxt[1]
                else:
                    out.append(digits + "0")
            else:
                out.append(digits)
            break
        else:
            return None
    return "".join(out)


def _unit_at(token: str, i: int) -> tuple[str, int] | None:
    words, _ = _number_words()
    for size in range(min(6, len(token) - i), 1, -1):
        entry = words.get(token[i : i + size])
        if entry is not None and entry[1] == "unit" and entry[0] != "0":
            return entry[0], size
    return None


# Characters of [0-9olisbz] with at least one digit. The lookahead and the possessive run keep
# a long run that fails the word boundary from backtracking quadratically.
_NUMERIC_BODY = r"(?=[olisbz]*[0-9])[0-9olisbz]++"
_MIXED = re.compile(_NUMERIC_BODY)
_LETTER_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "z": "2", "b": "8"})
_NUMERIC_TOKEN = re.compile(rf"\b(?:{_NUMERIC_BODY}|[oli])\b")
# Anchored on the digit so that a search skips to digits in C instead of trying every letter.
_MIX_HINT = re.compile(r"[0-9](?:(?<=[olisbz][0-9])|(?=[olisbz])|(?<=\b[oli] [0-9]))")
# Seven digits anywhere in the text; the class and its complement cannot overlap, so the
# possessive gap never backtracks.
_SEVEN_DIGITS = re.compile(r"[0-9](?:[^0-9]*+[0-9]){6}")
_GAP = re.compile(r"[\s\-.,/()+–]{0,3}")


_WEAK_NUMBER_WORDS = frozenset({"en", "ett", "one", "sex"})
"""Too common as ordinary words to count towards "this text spells out a number"."""


@cache
def strong_number_words() -> frozenset[str]:
    return frozenset(_number_table()) - _WEAK_NUMBER_WORDS


@cache
def _number_word_pattern() -> re.Pattern[str]:
    words = sorted(strong_number_words(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def count_number_words(text: str) -> int:
    """How many different number words the text has (a cheap gate, not the conversion): one
    C-level scan, and most texts have none."""
    found = _number_word_pattern().findall(text)
    if len(found) <= 1:
        return len(found)
    distinct = len(set(found))
    # one digit said three times ("070 fem fem fem 12 34") spells as much as two digits do
    return 2 if distinct == 1 and len(found) >= 3 else distinct


class DigitView(NamedTuple):
    text: str
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None
    """For each view character, the [start, end) it came from in the folded text; None when
    the view is the folded text itself."""

    def span(self, folded: NormalizedText, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return folded.span(start, end)
        return folded.span(self.starts[start], self.ends[end - 1])


def digit_view(folded: NormalizedText, number_words: bool | None = None) -> DigitView:
    """The folded text with spelled-out and disguised digits rewritten as digits."""
    text = folded.text
    if number_words is None:
        number_words = count_number_words(text) >= 2
    mixed = bool(_MIX_HINT.search(text))
    glued = _GLUED_HINT.search(text) is not None and _glued()[0].search(text) is not None
    if not number_words and not mixed and not glued:
        return DigitView(text, None, None)
    tokens: list[tuple[int, int, str, str]] = []  # start, end, kind, digits
    if glued:
        tokens += [
            (m.start(), m.end(), "x", _unglue(m.group())) for m in _glued()[0].finditer(text)
        ]
    pattern = _spelled_or_numeric_token() if number_words else _NUMERIC_TOKEN
    for m in pattern.finditer(text):
        tok = m.group()
        if tok.isdigit():
            tokens.append((m.start(), m.end(), "d", tok))
        elif tok in ("o", "l", "i"):
            tokens.append((m.start(), m.end(), "l", tok.translate(_LETTER_DIGITS)))
        elif _MIXED.fullmatch(tok):
            tokens.append((m.start(), m.end(), "x", tok.translate(_LETTER_DIGITS)))
        elif number_words and (spelled := _spell(tok)) is not None:
            tokens.append((m.start(), m.end(), "w", spelled))
    if glued:
        tokens.sort()
    replace: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        n_words = sum(1 for t in run if t[2] == "w")
        n_digits = sum(len(t[3]) for t in run)
        for t in run:
            if t[2] == "w" and not (n_words >= 3 or n_digits >= 7):
                continue
            if t[2] == "l" and n_digits < 7:
                continue
            if t[2] != "d":
                replace.append((t[0], t[1], t[3]))
        run.clear()

    for entry in tokens:
        if run and not _GAP.fullmatch(text, run[-1][1], entry[0]):
            flush()
        run.append(entry)
    flush()
    if not replace:
        return DigitView(text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, digits in replace:
        for k in range(pos, start):
            ch = text[k]
            # Spelled-out digits are often listed with commas: "noll, sju, noll".
            out.append(" " if ch == "," and _is_word_gap(replace, k) else ch)
            starts.append(k)
            ends.append(k + 1)
        out.append(digits)
        starts.extend([start] * len(digits))
        ends.extend([end] * len(digits))
        pos = end
    for k in range(pos, len(text)):
        out.append(text[k])
        starts.append(k)
        ends.append(k + 1)
    return DigitView("".join(out), tuple(starts), tuple(ends))


def _is_word_gap(replace: list[tuple[int, int, str]], k: int) -> bool:
    return any(end <= k < end + 3 for _, end, _ in replace)


# --- runs of digits --------------------------------------------------------------------------

_MAX_FOUND = 20
_MAX_GROUPS = 64
_IDENTITY_KINDS = ("personnummer", "samordningsnummer")
# A run of digits, maybe led by "+". It starts with a character class so that a search skips
# to digits and "+" in C; the lookarounds then say what "(?<!\w)(?:\+(?=\d)|\d)" would.
# The separators include the other hyphens a phone's keyboard or a pasted text may carry
# (U+2010, U+2011 non-breaking, U+2012 figure dash, U+2212 minus).
_RUN = re.compile(
    r"[+0-9](?<!\w.)(?:(?<=[0-9])|(?=[0-9]))"
    r"(?:[ \-./()+–\u2010-\u2012\u2212]{1,3}[0-9]|[0-9])*(?!\w)"
)
_GROUP = re.compile(r"[0-9]+")
# Words that make the number after them an organisation's or a case's, not a person's. The
# test is whether the text just before a number ends with one of them (and "nr"/"nummer"):
# matched as a regex anchored at the start of the *reversed* text, so it costs one attempt
# instead of a search from every position. "*" marks a stem that may be inflected.
_ORG_WORDS = (
    "kundtjänst",
    "kundtjänst på",
    "kundservice",
    "växel",
    "växeln",
    "växeln på",
    # an authority's information line ("ring deras upplysning på 0455-…")
    "upplysning",
    "upplysningen",
    "upplysning på",
    "upplysningen på",
    # the authority's web page given as where the number stands ("står på deras webb, 08-…")
    "webb",
    "webben",
    "kansli",
    "kansliet",
    "kansli på",
    "kansliet på",
    "support",
    "reception",
    "receptionen",
    "butiken",
    "företaget",
    "firma",
    "jour",
    "bokning",
    "kontaktcenter",
    "expedition*",
    "hemsida*",
    "upplysningstelefon*",
    # an app's build or version number (round 73: "build 20240312.1458")
    "build",
    "version",
    "versionsnummer",
    "webbplats*",
    "skolans",
    "förskolans",
    "vårdcentral*",
    "1177",
    "polis*",
    "ocr",
    "faktura",
    "fakturan",
    "fakturar",
    "fakturanr",
    "fakturanummer",
    "ordernummer",
    "order",
    "kvitto*",
    "bokningsn*",
    "ärende*",
    "dnr",
    "diarienummer",
    "kundnummer",
    "kundnr",
    "medlemsnummer",
    "lånekort*",
    "biljett*",
    "ref*",
)


def _reversed_org_pattern() -> re.Pattern[str]:
    alts = [r"ba\b", r"bh\b"] + [re.escape(w[::-1]) for w in _ORG_WORDS if not w.endswith("*")]
    return re.compile(r"[\s:.,#(-]*(?:rn|remmun)?[\s:.#(-]*(?:" + "|".join(alts) + ")")


_ORG_REVERSED = cache(_reversed_org_pattern)
_ORG_STEMS = tuple(w[:-1] for w in _ORG_WORDS if w.endswith("*"))
_LAST_WORD_REVERSED = lazy(r"[\s:.,#(-]*(\w+)(?:[\s:.#-]+(\w+))?")


def org_before(view: str, pos: int) -> bool:
    """The 40 characters before `pos` end with an organisation or case word. A whole word is
    one regex attempt at the start of the reversed text (literal branches, no search); an
    inflectable stem ("ärende*" -> "ärendenummer") is a substring test on the last word, or
    on the word before a bare "nr"/"nummer"."""
    rev = view[max(0, pos - 40) : pos][::-1]
    if _ORG_REVERSED().match(rev) is not None:
        return True
    m = _LAST_WORD_REVERSED.match(rev)
    if m is None:
        return False
    word = m.group(1)[::-1]
    if word in ("nr", "nummer") and m.group(2):
        word = m.group(2)[::-1]
    return any(stem in word for stem in _ORG_STEMS)


_PRIVATE_CONTEXT = lazy(
    r"\b(?:mig|mitt|min|mina|hem(?!sida)\w*|privat\w*|hans|hennes|honom|henne|deras|"
    r"numret till|nummer till|mobil\w*)\b"
)
_FOREIGN_PRIVATE = lazy(
    r"\b(?:mig|mej|min|mitt|mina|hans|hennes|mamma|pappa|dotter|dottern|son|sonen|"
    r"me|my|mum|mom|dad|daughter|son|wife|husband|numret|nummer|heter|jag)\b"
)
_SCAM_HINT = lazy(
    r"\b(?:telegram|crypto\w*|krypto\w*|bitcoin|invest\w*|trading|trader|mentor\w*|forex|"
    r"binär\w*|tjäna\w*|earn\w*|profit\w*|hacker\w*|recovery|mr|mrs|dr)\b"
)
"""The vocabulary of the scam bots that also give foreign numbers ("Mentor Ella på Telegram")."""
_LAST_FOUR_WORDS = r"sista\s+(?:fyra|4)|(?:fyra|4)\s+sista"
_IDENTITY_CONTEXT = lazy(
    r"personnumm\w*|personnr|\bpnr\b|samordningsnumm\w*|födelsenumm\w*|"
    rf"{_LAST_FOUR_WORDS}|slutar\s+på|slutsiffr\w*|kontrollsiffr\w*"
)
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")
"""A date written year first ("2024-10-01 – 2025-02-28"): no card's digits, whatever Luhn says."""
_TIME_TAIL = re.compile(r"(?<![0-9])[0-2][0-9][.:][0-5][0-9]$")
_CARD_CONTEXT = lazy(r"kort|visa|mastercard|amex|cvc|cvv|betal")
_CARD_NEAR = lazy(
    r"kort|\bcard|visa|mastercard|amex|cvc|cvv|giltig|\bvalid|\bexp|"
    r"(?<![0-9/])(?:0[1-9]|1[0-2]) ?/ ?[0-9]{2}(?![0-9/])"
)
"""What says sixteen digits are a payment card's, when Luhn does not: the card named, its
validity or CVC, or an expiry date ("08/27") right after."""
_BANK_CONTEXT = lazy(
    r"\b(?:konto\w*|clearing\w*|bankkonto\w*|swedbank|nordea|handelsbanken|seb|"
    r"danske\s+bank|länsförsäkringar|ica\s+banken|skandiabanken|sparbanken|avanza|"
    r"nordnet|lunar|bank)\b"
)
_REFERENCE_BEFORE = lazy(
    r"(?:order|referens|bokning|ärende|kvitto|faktura|kund|medlem|paket|spårning|sändning)"
    r"\w*(?:\s+\S+){0,3}\s*$"
)
"""A number named as an order's, a booking's or a parcel's ("ordernumret på bluffsidan var
20240611-88213"): Luhn passes for one made-up number in ten, it is no card."""
_NOT_BANK = lazy(r"bankgiro|plusgiro|\bbg\b|\bpg\b|swish|ocr")
_BANK_DIGITS = lazy(r"[0-9](?:[ \-.,/]{1,3}[0-9]|[0-9])*")
_BANK_GAP = lazy(
    r"[\s,:;.\-]*(?:(?:konto\w*|kontonr|clearing\w*|nr|nummer|och|account|acc)[\s,:;.\-]*){0,3}"
)
# Anchored on the check digits (the match starts two characters after the country code) for
# the same reason.
_IBAN = lazy(r"[0-9](?<=\b[a-z]{2}[0-9])[0-9](?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b")
_BANK_NAMES = re.compile(r"nordea|seb|försäkringar|avanza|nordnet|lunar")


def _groups(view: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in islice(_GROUP.finditer(view, start, end), limit)]


def find_numbers(
    folded: NormalizedText,
    public_phones: frozenset[str] = frozenset(),
    number_words: bool | None = None,
) -> list[Found]:
    """Every validated identity, phone, card and bank number in the text. `number_words` says
    whether the text spells out digits as words, when the caller's gate already knows."""
    text = folded.text
    if number_words is None:
        number_words = count_number_words(text) >= 2
    if not number_words and _SEVEN_DIGITS.search(text) is None and _MIX_HINT.search(text) is None:
        # too few digits for any number this module reports (nor letters standing in for
        # some: "O7O-5l2 O9 88"), but for a birth date written as a date ("född 2017-03-02",
        # "född 3 mars 1979") and the last four given apart
        return _birth_date_and_tail(folded, text, None)
    dv = digit_view(folded, number_words)
    view = dv.text
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, vs: int, ve: int, score: float, mobile: bool = False) -> None:
        # Enough evidence is enough: a pasted list of thousands of numbers must stay linear.
        if len(found) >= _MAX_FOUND or any(vs < e and s < ve for s, e in taken):
            return
        taken.append((vs, ve))
        start, end = dv.span(folded, vs, ve)
        found.append(Found(kind, start, end, score, mobile))

    runs = [(m.start(), m.end()) for m in _RUN.finditer(view)]
    longest = 0
    cards: list[tuple[int, int, float]] = []
    phones: list[tuple[int, int, float, bool]] = []
    for rs, re_ in runs:
        if len(found) >= _MAX_FOUND:
            break
        if re_ - rs < 8:
            continue  # fewer than 8 digits: no phone, identity or card number fits
        longest = max(longest, re_ - rs)
        # A run of thousands of groups ("1 2 3 4 ..." pasted) is no one's number; its first
        # groups are enough to look at and keep a 100 kB text fast.
        groups = _groups(view, rs, re_, _MAX_GROUPS)
        digits = [view[s:e] for s, e in groups]
        total = sum(map(len, digits))
        lead_plus = view[rs] == "+"
        if total < 10 and not lead_plus and not any(d[0] == "0" for d in digits):
            continue  # too short for an identity or card number, and no trunk prefix: a date
        # Whether an organisation or case word precedes: asked only once something validates.
        org: bool | None = None
        # ends[j]: how many digits groups 0..j hold, so a sequence's digits are one slice.
        ends = list(accumulate(map(len, digits)))
        joined = "".join(digits)
        n_groups = len(groups)
        # One pass over every whole-group sequence: identity numbers (10 or 12 digits), phone
        # numbers (from a trunk prefix, 8-13 digits, the longest valid one) and card numbers
        # (13-19 digits, Luhn).
        for i in range(n_groups):
            phone_start = digits[i][0] == "0" or (i == 0 and lead_plus)
            best: tuple[int, str, bool] | None = None
            before = ends[i] - len(digits[i])
            # Shorter sequences are nothing: start at the first one with 8 digits (a phone
            # number) or 10 (an identity number), found by bisection instead of a loop.
            first = bisect_left(ends, before + (8 if phone_start else 10), i)
            for j in range(first, n_groups):
                n = ends[j] - before
                if n > 19:
                    break
                acc = joined[before : ends[j]]
                if n in (10, 12):
                    seg = view[groups[i][0] : groups[j][1]]
                    kind = validation.identity_kind(acc, plus="+" in seg)
                    if kind and _TIME_TAIL.search(seg):
                        kind = None  # "2025-05-14 18.00": a date and a time, no last four
                    if (
                        kind
                        and n == 10
                        and _MOBILE.fullmatch(acc)
                        and len(digits[i]) in (3, 4)
                        and not _IDENTITY_CONTEXT.search(
                            view, max(0, groups[i][0] - 30), groups[i][0]
                        )
                    ):
                        # "070-318 44 57", "0703 77 41 25": grouped as a mobile number is
                        # grouped, with no identity word before it, it is one (a birth in
                        # 2007 whose check digit happens to fit is written "070318-4457")
                        kind = None
                    if kind:
                        if org is None:
                            org = org_before(view, rs)
                        if not org:
                            add(kind, groups[i][0], groups[j][1], 0.99)
                if phone_start and 8 <= n <= 15:
                    cand = ("00" + acc) if (i == 0 and lead_plus) else acc
                    phone = validation.swedish_phone(cand) if n <= 13 else None
                    if (
                        phone is None
                        and cand.startswith("00")
                        and _FOREIGN_PRIVATE.search(view) is not None
                        and _SCAM_HINT.search(view) is None
                    ):
                        # another country's number is a resident's own or a relative's when
                        # the text says so ("ring min dotter", "text me on"); scam bots' are not
                        phone = validation.foreign_phone(cand)
                    if phone:
                        best = (j, phone[0], phone[1])
                if n >= 13 and validation.is_card(acc):
                    if org is None:
                        org = org_before(view, rs)
                    ctx = view[max(0, groups[i][0] - 40) : groups[i][0]]
                    named_card = _CARD_CONTEXT.search(ctx) is not None
                    dated = _ISO_DATE.search(view, groups[i][0], groups[j][1]) is not None
                    if not org and not dated and (named_card or not _REFERENCE_BEFORE.search(ctx)):
                        score = 0.95 if named_card else 0.8
                        card = (groups[i][0], groups[j][1], score)
                        cards.append(card)
                elif n == 16 and j - i in (0, 3) and acc[0] in "23456":
                    # A card number typed from memory or made up to make a point fails Luhn as
                    # often as not, yet is given as a card's number: sixteen digits, whole or in
                    # fours, with the card named or its expiry or CVC beside them.
                    gs, ge = groups[i][0], groups[j][1]
                    near = view[max(0, gs - 40) : gs] + " " + view[ge : ge + 30]
                    if _CARD_NEAR.search(near):
                        cards.append((gs, ge, 0.9))
            if best is None or best[1] in public_phones:
                continue
            start = rs if (i == 0 and lead_plus) else groups[i][0]
            if org is None:
                org = org_before(view, rs)
            score = _phone_score(view, start, best[2], org)
            if score:
                phones.append((start, groups[best[0]][1], score, best[2]))
        # Identity numbers win an overlap with a phone number, and both with a card number.
        for ps, pe, score, mobile in phones:
            add("phone", ps, pe, score, mobile)
        phones.clear()
    for cs, ce, score in cards:
        add("card", cs, ce, score)
    if not any(f.kind == "phone" for f in found) and _PHONE_CUE.search(view):
        _find_phone_in_pieces(view, runs, public_phones, add)
    if "konto" in view or "clearing" in view or "bank" in view or _BANK_NAMES.search(view):
        _find_bank(view, add)
    if longest >= 12:  # an IBAN's digits make one long run after the country code
        _find_iban(view, add)
    # "född 850312, sista fyra 1234": only when no whole identity number was found and an
    # identity word may be there (C substring tests).
    if not any(f.kind in _IDENTITY_KINDS for f in found) and (
        "numm" in view or "nr" in view or "sist" in view or "slut" in view or "kontroll" in view
    ):
        _find_split_identity(view, runs, add)
    if not any(f.kind in _IDENTITY_KINDS for f in found) and len(found) < _MAX_FOUND:
        found += _birth_date_and_tail(folded, view, dv)
    return found


def _birth_date_and_tail(folded: NormalizedText, view: str, dv: DigitView | None) -> list[Found]:
    """`_written_birth_date` on `view` (the digit view `dv`, or the folded text when None), as
    findings in offsets of the original text."""
    out: list[Found] = []
    for kind, vs, ve in _written_birth_date(view):
        start, end = dv.span(folded, vs, ve) if dv is not None else folded.span(vs, ve)
        out.append(Found(kind, start, end, 0.97, False))
    return out


def _phone_score(view: str, start: int, mobile: bool, org: bool) -> float:
    if org:
        return 0.0
    if mobile:
        return 0.9
    before = view[max(0, start - 60) : start]
    # A landline is personal data when it is presented as someone's own number; otherwise it
    # is more often a business or an office, which is not this category's concern.
    cues = {m.group() for m in _PRIVATE_CONTEXT.finditer(before)}
    if cues == {"deras"} and _AUTHORITY.search(view, max(0, start - 160), start) is not None:
        return 0.0  # "Livsmedelsverket … Deras upplysning nås på 018-17 55 00": an agency's
    return 0.85 if cues else 0.0


_AUTHORITY = lazy(
    r"\b\w+(?:verket|myndigheten|styrelsen|inspektionen|kassan|förvaltningen|nämnden|"
    r"centralen|kommun|regionen|polisen)\b"
)
"""An agency or office named before "deras": the number is theirs, not a family's."""


def _find_bank(view: str, add: _Adder) -> None:
    """Clearing and account number after a bank word, possibly with words between the two
    parts ("clearing 8327-9, kontonummer 914 234 567-8")."""
    for m in _BANK_CONTEXT.finditer(view):
        window_start = m.end()
        if _NOT_BANK.search(view[max(0, m.start() - 20) : window_start + 20]):
            continue
        first = _BANK_DIGITS.search(view, window_start, window_start + 60)
        if first is None:
            continue
        start = end = first.start()
        n = 0
        while (d := _BANK_DIGITS.match(view, end)) is not None:
            n += sum(c.isdigit() for c in d.group())
            end = d.end()
            gap = _BANK_GAP.match(view, end)
            if gap is None or gap.end() >= len(view) or not view[gap.end()].isdigit():
                break
            end = gap.end()
        if 11 <= n <= 16:
            add("bank", start, end, 0.9)


def _find_iban(view: str, add: _Adder) -> None:
    for m in _IBAN.finditer(view):
        start = m.start() - 2
        candidate = view[start : m.end()]
        # The pattern may swallow a following word written in groups of four ("... tack").
        for _ in range(3):
            if validation.is_iban(candidate.replace(" ", "").upper()):
                add("bank", start, start + len(candidate), 0.97)
                break
            if " " not in candidate:
                break
            candidate = candidate.rsplit(" ", 1)[0]


_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for m in names
}
# English spellings too where they differ ("born 2 May 1941", "October")
_MONTH_NAMES = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*"
_YEAR = (
    r"(?:(?:19|20)(?P<{n}>[0-9]{{2}})|[-'´’]\s?(?P<{n}s>[0-9]{{2}})|(?P<{n}t>[0-9]{{2}}))(?![0-9])"
)
_ORDINALS = {
    w: i
    for i, w in enumerate(
        (
            "första",
            "andra",
            "tredje",
            "fjärde",
            "femte",
            "sjätte",
            "sjunde",
            "åttonde",
            "nionde",
            "tionde",
            "elfte",
            "tolfte",
            "trettonde",
            "fjortonde",
            "femtonde",
            "sextonde",
            "sjuttonde",
            "artonde",
            "nittonde",
            "tjugonde",
        ),
        1,
    )
}
_ORDINALS.update({f"tjugo{w}": 20 + i for w, i in list(_ORDINALS.items())[:9]})
_ORDINALS.update(trettionde=30, trettioförsta=31)
_ORDINAL_NAMES = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_HOLIDAYS = {
    "nyårsdag": (1, 1),
    "trettondag": (1, 6),
    "julafton": (12, 24),
    "juldag": (12, 25),
    "annandag jul": (12, 26),
    "nyårsafton": (12, 31),
}
_WRITTEN_DATE = lazy(
    # 2006-02-14, 1943/08/17, 581203, 19581203
    r"(?<![0-9])(?:19|20)?(?P<iy>[0-9]{2})(?P<isep>[-/.]?)(?P<im>[01][0-9])(?P=isep)(?P<id>[0-3][0-9])"
    r"(?![0-9])"
    # 3/5 1986, 19/10-81, 19/10 -81
    r"|(?<![0-9])(?P<sd>[0-3]?[0-9])/(?P<sm>[01]?[0-9])(?:\s*-\s*|\s+|-)"
    + _YEAR.format(n="sy")
    +
    # 11 juni 1973, 9 mars -95, 30 aug 03, 2 april 09
    r"|(?<![0-9])(?P<wd>[0-3]?[0-9])(?::?e|:?a)?\s+(?P<wm>"
    + _MONTH_NAMES
    + r")\.?,?\s+"
    + _YEAR.format(n="wy")
    +
    # den fjortonde juni 1969; på nyårsdagen 1960
    r"|\b(?P<od>"
    + _ORDINAL_NAMES
    + r")\s+(?P<om>"
    + _MONTH_NAMES
    + r")\.?,?\s+"
    + _YEAR.format(n="oy")
    + r"|\b(?P<hd>nyårsdag|nyårsafton|julafton|juldag|annandag jul|trettondag)\w*\s+(?:år\s+)?"
    + _YEAR.format(n="hy")
    +
    # 1954, 27 februari; 1966 september 18
    r"|(?<![0-9])(?:19|20)(?P<ry>[0-9]{2}),?\s+(?:den\s+)?(?:(?P<rd>[0-3]?[0-9])\s+(?P<rm>"
    + _MONTH_NAMES
    + r")|(?P<rm2>"
    + _MONTH_NAMES
    + r")\s+(?P<rd2>[0-3]?[0-9])(?![0-9]))"
)
"""A date as people write their birth date, in the forms Swedes use (day before month)."""
_BIRTH_WORDS = lazy(r"föd|fodd|\bf\.|\bborn\b|\bbirth|\bpnr\b|personn")
_TAIL_CUE = lazy(
    r"sista|slut|\brest|\blast\b|x{4}|\bfyra\b|kontroll|\bpnr\b|personn|siffr|"
    r"\bnumm?er|\bnumret\b|\bnr\b"
)
# Four digits, maybe spaced out as spelled digits become ("fem sex två fyra" -> "5 6 2 4").
_TAIL = lazy(r"(?<![0-9])[0-9](?: ?[0-9]){3}(?![0-9]| ?[0-9])")
_LAST_FOUR_BEFORE = lazy(
    rf"(?:{_LAST_FOUR_WORDS}|slutsiffr\w*|last\s+(?:four|4))\s*(?:siffr\w*)?\s*(?:är|=|:)?\s*$"
)
"""The words that call the four digits right after them the end of a personnummer."""
_NOT_A_TAIL = lazy(r"\s*(?:kr\b|:-|sek\b|kronor|st\b|m\b|km\b|%|mil\b|meter|kvm)")


def _month(name: str) -> int:
    """A month's number from its name or any abbreviation of it (0 when none)."""
    return _MONTHS.get(name) or _MONTHS.get(name[:3]) or 0


def _date_digits(m: re.Match[str]) -> str | None:
    """The YYMMDD of a `_WRITTEN_DATE` match, or None when it is no calendar date."""
    g = m.groupdict()
    if g["iy"] is not None:
        yy, month, dd = g["iy"], int(g["im"]), int(g["id"])
    elif g["sd"] is not None:
        dd, month = int(g["sd"]), int(g["sm"])
        yy = g["sy"] or g["sys"] or g["syt"]
    elif g["od"] is not None:
        dd, month = _ORDINALS[g["od"]], _month(g["om"])
        yy = g["oy"] or g["oys"] or g["oyt"]
    elif g["hd"] is not None:
        month, dd = _HOLIDAYS[g["hd"]]
        yy = g["hy"] or g["hys"] or g["hyt"]
    elif g["wd"] is not None:
        dd, month = int(g["wd"]), _month(g["wm"])
        yy = g["wy"] or g["wys"] or g["wyt"]
    else:
        name = g["rm"] or g["rm2"]
        dd, month = int(g["rd"] or g["rd2"]), _month(name)
        yy = g["ry"]
    if not month:
        return None
    digits = f"{yy}{month:02d}{dd:02d}"
    return digits if validation.is_birth_date(digits) else None


def _written_birth_date(view: str) -> list[tuple[str, int, int]]:
    """A birth date written as a date ("född 2017-03-02", "född 3/5 1986", "f. 9 mars -95") and
    the last four digits given apart ("sista fyra 6524", "slutsiffrorna 2878", "xxxx = 4390",
    "4761 på slutet"): together a personnummer (or samordningsnummer) when the check digit
    fits. The kind, then the date's and the four digits' spans in `view`."""
    # A date is a birth date only when the text says so (meetings have dates too).
    if _BIRTH_WORDS.search(view) is None:
        return []
    dates = [
        (m.start(), m.end(), d) for m in _WRITTEN_DATE.finditer(view) if (d := _date_digits(m))
    ]
    if not dates:
        return []
    cued = _TAIL_CUE.search(view) is not None
    for t in _TAIL.finditer(view):
        ts, te = t.span()
        if any(ds < te and ts < de for ds, de, _ in dates) or _NOT_A_TAIL.match(view, te):
            continue
        tail = t.group().replace(" ", "")
        # A year is a year ("ombyggd 1978-1981") unless a cue word is right before it.
        if "1900" <= tail <= "2039" and _TAIL_CUE.search(view, max(0, ts - 15), ts) is None:
            continue
        for ds, de, digits in dates:
            # Without a word saying the four digits are the rest of the number, they must
            # follow the date closely ("född 581203 och sen 9260").
            if not cued and not 0 <= ts - de <= 25:
                continue
            if kind := validation.identity_kind(digits + tail):
                return [(kind, ds, de), (kind, ts, te)]
            if _LAST_FOUR_BEFORE.search(view, max(0, ts - 16), ts) and 0 <= ts - de <= 40:
                # "född 3 mars 1938, sista fyra 2518": whether or not the check digit fits,
                # the writer says these are the last four of someone's personnummer.
                return [("personnummer", ds, de), ("personnummer", ts, te)]
    return []


def _find_split_identity(view: str, runs: list[tuple[int, int]], add: _Adder) -> None:
    """A birth date and the last four digits written apart ("född 850312, sista fyra 1234")."""
    groups = [g for rs, re_ in runs for g in _groups(view, rs, re_)]
    lasts = [g for g in groups if g[1] - g[0] == 4]
    if not lasts:
        return
    dates = [g for g in groups if validation.is_birth_date(view[g[0] : g[1]])]
    if not dates or not _IDENTITY_CONTEXT.search(view):
        return
    for ds, de in dates:
        for ls, le in lasts:
            if ls == ds:
                continue
            date_digits = view[ds:de]
            kind = validation.identity_kind(date_digits + view[ls:le])
            if (
                kind is None
                and 0 <= ls - de <= 40
                and _LAST_FOUR_BEFORE.search(view, max(0, ls - 16), ls)
            ):
                kind = "personnummer"  # the last four named as such, check digit or not
            if kind:
                add(kind, ds, de, 0.97)
                add(kind, ls, le, 0.97)
                return


_PHONE_CUE = lazy(
    r"\b(?:ring\w*|sms\w*|smsa|numm?er\w*|numret|nr|tel\w*|mobil\w*|swish\w*|kontakta\w*|"
    r"hör av|call|text me|hmu)\b"
)
# What may stand between the pieces of a number told in parts: punctuation and the words
# that lead from one part to the next ("073, sen 66, sen 40 2 18", "börjar på 072 och sen
# kommer 61, fortsätter med 40 och slutar med 5 88").
_PIECE_GAP = lazy(
    r"(?:[\s,.:;·•…/\-–]|\b(?:och|sen|sedan|så|plus|därefter|kommer|fortsätter|slutar|"
    r"med|på|then|and)\b)*"
)
_MOBILE = re.compile(r"07[02369][0-9]{7}")


def _find_phone_in_pieces(
    view: str, runs: list[tuple[int, int]], public_phones: frozenset[str], add: _Adder
) -> None:
    """A mobile number given in pieces with words between them: the pieces, read in order
    from one that starts with 0, make exactly ten digits of a Swedish mobile number. A number
    split that way is split to be read, so no more context than a word about calling (in
    `find_numbers`) is asked."""
    pieces = [g for rs, re_ in runs for g in _groups(view, rs, re_)][:_MAX_GROUPS]
    for i, (gs, ge) in enumerate(pieces):
        if view[gs] != "0":
            continue
        acc = view[gs:ge]
        end = ge
        for ns, ne in pieces[i + 1 :]:
            if len(acc) >= 10 or ns - end > 40 or not _PIECE_GAP.fullmatch(view, end, ns):
                break
            acc += view[ns:ne]
            end = ne
        if len(acc) == 10 and _MOBILE.fullmatch(acc) and end > ge:
            phone = validation.swedish_phone(acc)
            if phone and phone[0] not in public_phones:
                add("phone", gs, end, 0.9, True)
                return


class _Adder(Protocol):
    def __call__(self, kind: str, vs: int, ve: int, score: float, mobile: bool = False) -> None:
        """Record a validated number given in digit-view offsets."""


_ID_DOCUMENT = lazy(
    r"\b(?:pass(?:et|nummer|numret|nr)?|id-?kort(?:et|snummer|snumret|snr)?|"
    r"identitetskort(?:et|snummer)?|nationellt id-?kort|körkort(?:et|snummer|snumret|snr)?|"
    r"lma(?:-?kort(?:et|snummer)?|-?nummer)?|dossiernummer|dossiernumret|leg(?:et|itimation)?|"
    r"uppehållstillståndskort(?:et)?|uppehållskort(?:et)?)\b"
    # a few words may come between ("ID-KORT 😭 nummer", "körkort (nr", "pass: FX"), but no
    # digit and no end of a sentence
    r"[^0-9.!?\n+]{0,25}?(?<![a-z])(?:[a-z]{1,3}\s?)?"
    r"([0-9](?:[ \-]?[0-9]){5,13})\b"
)
"""An identity document's number after its name ("passnummer 89453127", "id-kort nr 7412
0958", "LMA-kort nummer 23-418097-4", "ukrainska pass: FX 418220"): at least six digits soon
after the document's name, so "pass 3 på förskolan" (a shift) and "passet kl 12.45" are no
document."""


def find_id_documents(folded: NormalizedText) -> list[Found]:
    """Numbers of passports, ID cards, driving licences and the Migration Agency's cards."""
    text = folded.text
    if (
        "pass" not in text
        and "kort" not in text
        and "lma" not in text
        and "dossier" not in text
        and "leg" not in text
    ):
        return []
    out: list[Found] = []
    for m in _ID_DOCUMENT.finditer(text):
        start, end = folded.span(m.start(), m.end(1))
        out.append(Found("id_document", start, end, 0.85))
    return out
