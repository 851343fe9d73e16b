"""The lexicon loader: inflected forms, compounds, phrases and the quick test."""

from __future__ import annotations

import re
import time

import pytest

from kommunvakt.policy.lexicon import Lexicon, load, merged, pattern, tagged

ROWS = [
    ("*idiot", "er", "strong"),
    ("kärring", "ar", "strong"),
    ("kossa", "or", "mild"),
    ("pucko", "n", "strong"),
    ("golare", "are", "strong"),
    ("blatte", "e", "slur"),
    ("korkad", "adj", "adj"),
    ("+jävel|+jävlar", "x", "strong"),
    ("as", "0", "mild"),
    ("håll käften|dm:a oss", "x", "phrase"),
]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon(ROWS)


def forms_found(lex: Lexicon, text: str) -> list[str]:
    return [text[h.start : h.end] for h in lex.finditer(text)]


@pytest.mark.parametrize(
    "word",
    [
        "idiot",
        "idioten",
        "idioter",
        "idioterna",
        "idiotens",
        "kärringen",
        "kärringar",
        "kärringarna",
        "kossan",
        "kossor",
        "kossorna",
        "puckot",
        "puckon",
        "puckona",
        "golaren",
        "golarna",
        "blatten",
        "blattar",
        "korkade",
        "korkat",
        "korkadaste",
        "aset",
        "asen",
    ],
)
def test_inflected_forms_are_generated(lex: Lexicon, word: str) -> None:
    text = f"ni är {word} allihop"
    assert forms_found(lex, text) == [word]


def test_missing_diacritics_still_match(lex: Lexicon) -> None:
    assert forms_found(lex, "din karring") == ["karring"]
    assert forms_found(lex, "hall kaften nu") == ["hall kaften"]


def test_compound_heads_span_the_whole_word(lex: Lexicon) -> None:
    text = "alla kommunidioter och en besserwisser-idiot"
    hits = list(lex.finditer(text))
    assert [text[h.start : h.end] for h in hits] == ["kommunidioter", "besserwisser-idiot"]
    assert all(h.compound and h.entry.lemma == "idiot" for h in hits)


def test_compound_only_heads_do_not_match_alone(lex: Lexicon) -> None:
    assert forms_found(lex, "jävlar vad kallt") == []
    assert forms_found(lex, "värdelösa kommunjävlar") == ["kommunjävlar"]
    # a one-letter "modifier" is not a compound ("djävlar" is just another spelling)
    assert forms_found(lex, "djävlar") == []


def test_no_match_inside_other_words(lex: Lexicon) -> None:
    # "as" is listed without compounds: not in "ananas", "Andreas", "vattnas"
    assert forms_found(lex, "ananas till andreas, gräset vattnas") == []
    assert forms_found(lex, "idiotsäker lösning") == []


def test_phrases_need_the_words_together(lex: Lexicon) -> None:
    assert forms_found(lex, "håll käften") == ["håll käften"]
    assert forms_found(lex, "håll. käften") == []
    assert forms_found(lex, "dm:a oss") == ["dm:a oss"]


def test_quick_test_agrees_with_matching(lex: Lexicon) -> None:
    for text in ("ingenting här", "en kommunidiot", "håll käften", "håll dig borta"):
        assert lex.maybe(text) == (lex.search(text) is not None) or lex.maybe(text)
    assert not lex.maybe("ingenting här")
    assert not lex.maybe("håll dig borta")


def test_packaged_lists_load_with_tags() -> None:
    insults = load("insults")
    idiot = insults.entry("idioterna")
    assert idiot is not None and idiot.tag == "strong"
    assert tagged("threats", "kill").search("jag ska döda dig") is not None
    assert tagged("threats", "kill").search("vi ska skjuta upp mötet") is not None
    both = merged(("insults", None), ("slurs", None))
    assert both.search("din fjant") is not None
    assert re.fullmatch(pattern("insults"), "idioterna")


def test_loading_and_matching_is_fast() -> None:
    t = time.perf_counter()
    lex = Lexicon(ROWS * 50)
    text = "helt vanlig text om sophämtning och snöröjning " * 2000
    assert list(lex.finditer(text)) == []
    assert time.perf_counter() - t < 0.5


def test_words_are_whole_tokens_at_hyphens_apostrophes_and_underscores(lex: Lexicon) -> None:
    text = "kommun-idiot, idiot_typ och idiot's samt -pucko- och x’as"
    got = [(text[h.start : h.end], h.compound) for h in lex.finditer(text)]
    # "kommun-idiot" is one word (a compound); "_" and a leading/trailing hyphen separate.
    assert got == [("kommun-idiot", True), ("idiot", False), ("pucko", False)]


def test_phrase_reads_on_across_a_space_but_not_a_comma(lex: Lexicon) -> None:
    assert [h.form for h in lex.finditer("nu får du håll käften!")] == ["håll käften"]
    assert list(lex.finditer("håll, käften")) == []


def test_word_and_compound_lookups(lex: Lexicon) -> None:
    e = lex.word("kommunidioterna")
    assert e is not None and e.lemma == "idiot"
    assert lex.word("idioti") is None
    split = lex.compound("besserwisser-idiot")
    assert split is not None and split[0] == "besserwisser" and split[1].lemma == "idiot"
    assert lex.compound("idiot") is None
    assert [w for w, _, _ in lex.compounds("en kommunjävel och en idiot")] == ["kommunjävel"]
