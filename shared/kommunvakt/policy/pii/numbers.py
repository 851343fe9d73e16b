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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Protocol

from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii import validation


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    """personnummer | samordningsnummer | phone | card | bank"""
    start: int
    end: int
    """Offsets into the original text."""
    score: float
    mobile: bool = False


@cache
def _number_words() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    raw = resources.files("kommunvakt.policy.data").joinpath("lexicons/number_words.tsv")
    words: dict[str, tuple[str, str]] = {}
    for line in raw.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, digits, kind = line.split("\t")
        words[word] = (digits, kind)
    units = "|".join(sorted((w for w, (_, k) in words.items() if k != "ten"), key=len)[::-1])
    tens = "|".join(sorted((w for w, (_, k) in words.items() if k == "ten"), key=len)[::-1])
    # One token made of number words only ("sju", "fyrtiofem", "nollsjunoll"); atomic groups
    # keep a failed match from backtracking through the alternatives.
    token = re.compile(rf"(?>(?>{tens})(?>{units})?|(?>{units}))+")
    return words, token


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


_MIXED = re.compile(r"[0-9olisbz]*[0-9][0-9olisbz]*")
_TOKEN = re.compile(r"[^\W_]+")
_LETTER_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "z": "2", "b": "8"})
_NUMERIC_TOKEN = re.compile(r"\b(?:[0-9olisbz]*[0-9][0-9olisbz]*|[oli])\b")
_MIX_HINT = re.compile(r"[olisbz]\d|\d[olisbz]|\b[oli] \d")
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r"[\s\-.,/()+–]{0,3}")


_WEAK_NUMBER_WORDS = frozenset({"en", "ett", "one", "sex"})
"""Too common as ordinary words to count towards "this text spells out a number"."""


@cache
def strong_number_words() -> frozenset[str]:
    words, _ = _number_words()
    return frozenset(words) - _WEAK_NUMBER_WORDS


@cache
def _number_word_pattern() -> re.Pattern[str]:
    words = sorted(strong_number_words(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def count_number_words(text: str) -> int:
    """How many different number words the text has (a cheap gate, not the conversion): one
    C-level scan, and most texts have none."""
    found = _number_word_pattern().findall(text)
    return len(set(found)) if len(found) > 1 else len(found)


@dataclass(frozen=True, slots=True)
class DigitView:
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
    if not number_words and not mixed:
        return DigitView(text, None, None)
    tokens: list[tuple[int, int, str, str]] = []  # start, end, kind, digits
    pattern = _TOKEN if number_words else _NUMERIC_TOKEN
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
_RUN = re.compile(r"(?<![\w])(?:\+|00)?\d(?:[ \-./()+–]{1,3}\d|\d)*(?![\w])")
_GROUP = re.compile(r"\d+")
_ORG_CONTEXT = re.compile(
    r"(?:kundtjänst|kundservice|växel|växeln|support|receptionen?|butiken|företaget|"
    r"\bab\b|\bhb\b|firma|jour|bokning|kontaktcenter|vårdcentral\w*|1177|polis\w*|"
    r"ocr|fakturan?r?|fakturanummer|ordernummer|order|kvitto\w*|bokningsn\w*|ärende\w*|"
    r"dnr|diarienummer|kundnummer|kundnr|medlemsnummer|lånekort\w*|biljett\w*|ref\w*)"
    r"[\s:.#-]*(?:nr|nummer)?[\s:.#-]*$"
)
_PRIVATE_CONTEXT = re.compile(
    r"\b(?:mig|mitt|min|mina|hem\w*|privat\w*|hans|hennes|honom|henne|deras|"
    r"numret till|nummer till|mobil\w*)\b"
)
_IDENTITY_CONTEXT = re.compile(
    r"personnumm\w*|personnr|\bpnr\b|samordningsnumm\w*|födelsenumm\w*|"
    r"sista\s+(?:fyra|4)|(?:fyra|4)\s+sista|slutar\s+på|slutsiffr\w*|kontrollsiffr\w*"
)
_CARD_CONTEXT = re.compile(r"kort|visa|mastercard|amex|cvc|cvv|betal")
_BANK_CONTEXT = re.compile(
    r"\b(?:konto\w*|clearing\w*|bankkonto\w*|swedbank|nordea|handelsbanken|seb|"
    r"danske\s+bank|länsförsäkringar|ica\s+banken|skandiabanken|sparbanken|avanza|"
    r"nordnet|lunar|bank)\b"
)
_NOT_BANK = re.compile(r"bankgiro|plusgiro|\bbg\b|\bpg\b|swish|ocr")
_BANK_DIGITS = re.compile(r"\d(?:[ \-.,/]{1,3}\d|\d)*")
_BANK_GAP = re.compile(
    r"[\s,:;.\-]*(?:(?:konto\w*|kontonr|clearing\w*|nr|nummer|och)[\s,:;.\-]*){0,3}"
)
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b")


def _groups(view: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _GROUP.finditer(view, start, end)]


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
    if not number_words and (_DIGIT.search(text) is None or len(_DIGIT.findall(text)) < 7):
        return []  # too few digits for any number this module reports
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

    has_identity_context = bool(_IDENTITY_CONTEXT.search(view))
    runs = [(m.start(), m.end()) for m in _RUN.finditer(view)]
    for rs, re_ in runs:
        if len(found) >= _MAX_FOUND:
            break
        if re_ - rs < 8:
            continue  # fewer than 8 digits: no phone, identity or card number fits
        groups = _groups(view, rs, re_)
        digits = [view[s:e] for s, e in groups]
        before = view[max(0, rs - 40) : rs]
        org = bool(_ORG_CONTEXT.search(before))
        # Identity numbers first: the longest whole-group sequence of 10 or 12 digits.
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += digits[j]
                if len(acc) > 12:
                    break
                if len(acc) in (10, 12) and not org:
                    seg = view[groups[i][0] : groups[j][1]]
                    kind = validation.identity_kind(acc, plus="+" in seg)
                    if kind:
                        add(kind, groups[i][0], groups[j][1], 0.99)
        # Phone numbers: a sequence starting with a trunk prefix.
        lead_plus = view[rs] == "+"
        for i in range(len(groups)):
            if not (digits[i].startswith("0") or (i == 0 and lead_plus)):
                continue
            best: tuple[int, str, bool] | None = None
            acc = ""
            for j in range(i, len(groups)):
                acc += digits[j]
                if len(acc) > 13:
                    break
                if len(acc) >= 8:
                    cand = ("00" + acc) if (i == 0 and lead_plus) else acc
                    phone = validation.swedish_phone(cand)
                    if phone:
                        best = (j, phone[0], phone[1])
            if best is None or best[1] in public_phones:
                continue
            start = rs if (i == 0 and lead_plus) else groups[i][0]
            score = _phone_score(view, start, best[2], org)
            if score:
                add("phone", start, groups[best[0]][1], score, best[2])
        # Card numbers: 13-19 digits passing Luhn.
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += digits[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and not org and validation.is_card(acc):
                    ctx = view[max(0, groups[i][0] - 40) : groups[i][0]]
                    score = 0.95 if _CARD_CONTEXT.search(ctx) else 0.8
                    add("card", groups[i][0], groups[j][1], score)
    _find_bank(view, add)
    _find_iban(view, add)
    if has_identity_context:
        _find_split_identity(view, runs, add)
    return found


def _phone_score(view: str, start: int, mobile: bool, org: bool) -> float:
    if org:
        return 0.0
    before = view[max(0, start - 60) : start]
    if mobile:
        return 0.9
    # A landline is personal data when it is presented as someone's own number; otherwise it
    # is more often a business or an office, which is not this category's concern.
    return 0.85 if _PRIVATE_CONTEXT.search(before) else 0.0


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
        candidate = m.group()
        # The pattern may swallow a following word written in groups of four ("... tack").
        for _ in range(3):
            if validation.is_iban(candidate.replace(" ", "").upper()):
                add("bank", m.start(), m.start() + len(candidate), 0.97)
                break
            if " " not in candidate:
                break
            candidate = candidate.rsplit(" ", 1)[0]


def _find_split_identity(view: str, runs: list[tuple[int, int]], add: _Adder) -> None:
    """A birth date and the last four digits written apart ("född 850312, sista fyra 1234")."""
    groups = [g for rs, re_ in runs for g in _groups(view, rs, re_)]
    dates = [g for g in groups if validation.is_birth_date(view[g[0] : g[1]])]
    lasts = [g for g in groups if g[1] - g[0] == 4]
    for ds, de in dates:
        for ls, le in lasts:
            if ls == ds:
                continue
            date_digits = view[ds:de]
            kind = validation.identity_kind(date_digits + view[ls:le])
            if kind:
                add(kind, ds, de, 0.97)
                add(kind, ls, le, 0.97)
                return


class _Adder(Protocol):
    def __call__(self, kind: str, vs: int, ve: int, score: float, mobile: bool = False) -> None:
        """Record a validated number given in digit-view offsets."""
