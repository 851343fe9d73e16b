"""`kommunvakt classify`, `eval` and `explain` as a person or a script uses them."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kommunvakt.cli.main import main

T = "2025-09-01T10:00:00+02:00"


def _line(item_id: str, text: str, author: str = "fb:1", **kw: object) -> str:
    obj: dict[str, object] = {
        "id": item_id,
        "platform": "facebook",
        "kind": "comment",
        "author": author,
        "created_time": T,
        "post": "",
        "text": text,
        "attachments": [],
    }
    obj.update(kw)
    return json.dumps(obj)


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    rc = main(args)
    out, err = capsys.readouterr()
    return rc, out, err


def test_classify_writes_one_decision_per_event_and_names_bad_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        _line("a", "När öppnar biblioteket efter renoveringen?"),
        '{"id": "b", "text": 5}',
        "not json",
        _line("c", "Mitt personnummer är 811218-9876, kan ni hjälpa mig?"),
        json.dumps({"text": "no id"}),
    ]
    rc, out, err = _run(monkeypatch, capsys, ["classify"], "\n".join(lines) + "\n")
    decisions = [json.loads(x) for x in out.splitlines()]
    assert [d["id"] for d in decisions] == ["a", "c"]
    assert rc == 1
    assert "line 2: field 'text'" in err
    assert "line 3: not valid JSON" in err
    assert "line 5: field 'id'" in err
    assert "Traceback" not in err
    first, pnr = decisions
    assert first["categories"] == [] and first["action"] == "allow"
    assert first["model_version"].startswith("m-")
    assert set(first) == {
        "id",
        "categories",
        "action",
        "escalations",
        "violations",
        "policy_version",
        "model_version",
    }
    assert "confidential" in pnr["categories"]
    assert pnr["action"] == "remove"
    assert "sensitive_information" in pnr["escalations"]
    evidence = [e for v in pnr["violations"] for e in v["evidence"]]
    assert all("9876" not in e["masked"] for e in evidence)
    text = "Mitt personnummer är 811218-9876, kan ni hjälpa mig?"
    assert any(text[e["start"] : e["end"]].startswith("811218") for e in evidence)


def test_classify_survives_nul_bytes_surrogates_and_bad_utf8(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = (
        _line("nul", "hej\u0000då")
        + "\n"
        + '{"id": "sur", "text": "x\\ud800y", "created_time": "2025-09-01T10:00:00+00:00"}\n'
    ).encode() + b'{"id": "bytes", "text": "\xff\xfe"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    rc = main(["classify"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["nul", "sur", "bytes"]


def test_classify_repetition_needs_the_same_author(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Varför har ingen plogat cykelbanan vid stationen än? Det är tredje dagen nu!"
    lines = [
        _line("1", text, author="fb:7"),
        _line("2", text, author="fb:8", created_time="2025-09-01T11:00:00+02:00"),
        _line("3", text + "!!", author="fb:7", created_time="2025-09-01T12:00:00+02:00"),
    ]
    _, out, _ = _run(monkeypatch, capsys, ["classify"], "\n".join(lines))
    cats = {d["id"]: d["categories"] for d in map(json.loads, out.splitlines())}
    assert "spam" not in cats["1"] and "spam" not in cats["2"]
    assert "spam" in cats["3"]


def test_eval_reports_scores_as_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            [
                _line("1", "Tack för infon!", labels=[]),
                _line("2", "Mitt personnummer är 811218-9876", labels=["confidential"]),
                _line("3", "Hur söker man plats i förskolan?", labels=["personal_case"]),
            ]
        ),
        encoding="utf-8",
    )
    rc, out, _ = _run(monkeypatch, capsys, ["eval", str(corpus), "--json"], "")
    assert rc == 0
    report = json.loads(out)
    assert report["items"] == 3
    conf = report["categories"]["confidential"]
    assert (conf["tp"], conf["fp"], conf["fn"]) == (1, 0, 0)
    # Found or missed depends on detector tuning (owned by the policy layer); the report must
    # count the labelled item exactly once either way.
    personal = report["categories"]["personal_case"]
    assert personal["tp"] + personal["fn"] == 1
    assert report["false_alarms"] == {"ok_items": 1, "flagged": 0, "rate": 0.0}
    assert 0.0 <= report["macro_f1"] <= 1.0


def test_explain_highlights_masked_evidence_and_cites_the_clause(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = _run(
        monkeypatch,
        capsys,
        ["explain", "--color", "never", "Ring mig på 070-123 45 67, tack!"],
        "",
    )
    assert rc == 0
    assert "Sekretess" in out
    assert "070-123 45 67" not in out
    assert "[[" in out and "]], tack!" in out
    assert "Policyversion: vallentuna/" in out


def test_unknown_policy_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rc, _, err = _run(monkeypatch, capsys, ["--policy", str(tmp_path / "x.toml"), "classify"], "")
    assert rc == 2
    assert "cannot read policy file" in err


@pytest.mark.parametrize("command", ["classify", "eval"])
def test_missing_input_file_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: str,
) -> None:
    missing = tmp_path / "nope.jsonl"
    rc, out, err = _run(monkeypatch, capsys, [command, str(missing)], "")
    assert rc == 2
    assert out == ""
    assert f"{missing}: No such file or directory" in err
    assert "Traceback" not in err
