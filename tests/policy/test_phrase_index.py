"""The build-time phrase index (`phrase_index.json`) must match the phrase tables it is built from,
and the matcher reading it must find what the tables' patterns say."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kommunvakt.policy.detectors import _phrases
from kommunvakt.policy.detectors._phrases import PhraseTable, total

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts/build_phrase_index.py"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_phrase_index", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _build_script()


def test_shipped_index_is_up_to_date_with_the_phrase_tables(build: ModuleType) -> None:
    rebuilt = build.dumps(build.build())
    shipped = build.OUT.read_text(encoding="utf-8")
    if rebuilt != shipped:
        stale = [
            name
            for name, table in build.build()["tables"].items()
            if f'"sha256":"{table["sha256"]}"' not in shipped
        ]
        pytest.fail(
            f"phrase_index.json is stale (changed tables: {', '.join(stale) or 'none'}; "
            "or the build script changed): run `python scripts/build_phrase_index.py`"
        )


def test_every_table_the_detectors_use_is_indexed(build: ModuleType) -> None:
    lexicons = build.LEXICONS
    for name in build.TABLES:
        assert (lexicons / name).is_file()
    used = {"personal_case_phrases.tsv", "rumor_phrases.tsv", "political_phrases.tsv"}
    used |= {"political_terms.tsv", "irrelevant_phrases.tsv"}
    assert used <= set(build.TABLES)


def test_a_stale_table_is_refused_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    index = _phrases._index()
    table = index["tables"]["rumor_phrases.tsv"]
    monkeypatch.setitem(table, "sha256", "0" * 64)
    with pytest.raises(_phrases.StaleIndexError, match="build_phrase_index"):
        PhraseTable("rumor_phrases.tsv").find_all("jag har hört att de mörkar")


def test_clauses_are_words_every_match_must_contain(build: ModuleType) -> None:
    # "har ... hört" is filed under the rarer word, not under "jag"/"har".
    clauses = build.clauses("(?:jag |vi )?(?:har )?hört (?:\\w+ ){0,3}?att", ["hort"])
    assert ["hort"] in clauses
    branch = build.clauses("(?:min|mitt) (?:\\w+ )?(?:ansökan|faktura\\w*)", ["min", "mitt"])
    assert ["ansokan", "faktura"] in branch
    # An alternative that may start anywhere gives no clause: only the sure one remains.
    loose = build.clauses("(?:min|mitt) (?:\\w*ansökan|faktura)", ["min", "mitt"])
    assert loose == [["min", "mitt"]]


def _brute_force(table: str, text: str, build: ModuleType) -> set[tuple[int, int, int]]:
    """Every (start, end, row) the table's patterns match at a word start, tried one by one."""
    index = build.build_table(table, (build.LEXICONS / table).read_text(encoding="utf-8"))
    found: set[tuple[int, int, int]] = set()
    for row, source, _keys, _clauses in index["subs"]:
        rx = re.compile(source)
        for start in range(len(text)):
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            m = rx.match(text, start)
            if m is not None:
                found.add((start, m.end(), row))
    return found


@pytest.mark.parametrize(
    ("table", "text"),
    [
        ("rumor_phrases.tsv", "jag har hört att de ska stänga skolan, sprid detta!"),
        ("rumor_phrases.tsv", "vi hade hort fran en kompis att kommunen markar"),
        (
            "personal_case_phrases.tsv",
            "min pappa har fortfarande inte fått något svar om hemtjänst",
        ),
        (
            "personal_case_phrases.tsv",
            "vi har väntat i tre månader på besked, ingen ringer tillbaka",
        ),
        ("political_terms.tsv", "m-politikerna och sossarna, sd-väljare och v-politiker"),
        ("political_phrases.tsv", "rösta bort dem i nästa val, massinvandringen kostar"),
        ("irrelevant_phrases.tsv", "säljer min soffa, nyskick, hämtas. har någon sett vår katt?"),
    ],
)
def test_the_gated_matcher_finds_what_trying_every_word_start_finds(
    build: ModuleType, table: str, text: str
) -> None:
    hits = PhraseTable(table).find_all(text)
    got = {(h.start, h.end, h.entry) for hs in hits.values() for h in hs}
    expected = _brute_force(table, text, build)
    # Rows without a literal beginning (guarded) are not in the brute force.
    assert expected <= got
    assert expected, "the example should match some row"


def test_the_same_row_counts_once_and_a_negative_weight_counts_as_nothing() -> None:
    hits = PhraseTable("rumor_phrases.tsv").find(
        "hearsay", "jag har hört att x. jag har hört att y."
    )
    rows = [h.entry for h in hits]
    assert len(rows) > len(set(rows))
    assert total(hits) == pytest.approx(sum({h.entry: h.weight for h in hits}.values()))
    general = PhraseTable("personal_case_phrases.tsv").find("general", "hur söker man bygglov?")
    assert general
    assert total(general) == 0
