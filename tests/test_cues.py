"""The cue lists (lexicons/cues/*.csv): every list the rules read is a described file, loaded once,
validated row by row, and replaceable by a folder of one's own (``--cues``, ``cues_dir``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vaguewords.cli import app
from vaguewords.cues import Cues, cue_list_names
from vaguewords.errors import LexiconError
from vaguewords.lexicon import (
    default_cues,
    default_lexicon_dir,
    load_cue_file,
    load_cues,
    load_lexicon,
)

SHIPPED = default_lexicon_dir() / "cues"
# A funding source the shipped list does not know: with it added, "from a bursary" is a means.
BURSARY = "The head teacher will pay for the robust trip from a bursary by June."


def write_list(folder: Path, name: str, words: list[str], description: str = "Test list.") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.csv"
    path.write_text(f"# {description}\nword\n" + "".join(f"{w}\n" for w in words), "utf-8")
    return path


def with_bursary(folder: Path) -> Path:
    shipped = (SHIPPED / "funding_nouns.csv").read_text(encoding="utf-8")
    folder.mkdir(exist_ok=True)
    (folder / "funding_nouns.csv").write_text(shipped + "bursary\n", encoding="utf-8")
    return folder


def test_every_list_the_rules_read_is_a_shipped_file_and_every_file_a_list():
    files = {path.stem for path in SHIPPED.glob("*.csv")}
    assert files == set(cue_list_names()), (
        "a cue CSV needs its line in vaguewords.cues.Cues, and a Cues field its CSV: "
        f"only files {sorted(files - set(cue_list_names()))}, "
        f"only fields {sorted(set(cue_list_names()) - files)}"
    )


@pytest.mark.parametrize("name", cue_list_names())
def test_every_shipped_list_says_what_it_is_for_and_has_words(name):
    description, words = load_cue_file(SHIPPED / f"{name}.csv")
    assert len(description) > 20, description
    assert words, name
    assert all(word == " ".join(word.lower().split()) for word in words)


def test_the_shipped_lists_are_loaded_once_and_shared():
    assert default_cues() is default_cues()
    assert load_lexicon().cues is default_cues()
    assert load_cues() is default_cues()


def test_a_description_with_commas_and_quotes_survives(tmp_path):
    path = write_list(tmp_path, "funding_nouns", ["grant"], 'Money, as in "a grant", or fees.')
    assert load_cue_file(path) == ('Money, as in "a grant", or fees.', frozenset({"grant"}))


def test_a_spreadsheet_export_is_read(tmp_path):
    path = tmp_path / "funding_nouns.csv"
    text = '\ufeff"# Money, for a spreadsheet",,\nword,kind,notes\nGrant ,money,\n,,\n'
    path.write_text(text, encoding="utf-8")
    assert load_cue_file(path) == ("Money, for a spreadsheet", frozenset({"grant"}))


def test_a_file_in_the_override_folder_replaces_only_its_own_list(tmp_path):
    folder = write_list(tmp_path / "mine", "vehicle_nouns", ["hovercraft"]).parent
    cues = load_cues([folder])
    assert cues.vehicle_nouns == frozenset({"hovercraft"})
    assert cues.funding_nouns == default_cues().funding_nouns
    assert cues.origins["vehicle_nouns"] == str(folder / "vehicle_nouns.csv")
    assert cues.descriptions["vehicle_nouns"] == "Test list."


def test_a_list_can_be_emptied(tmp_path):
    folder = write_list(tmp_path / "mine", "recipient_verbs", []).parent
    assert load_cues([folder]).recipient_verbs == frozenset()


def test_an_ordered_list_stays_a_tuple(tmp_path):
    assert isinstance(default_cues().person_suffixes, tuple)
    folder = write_list(tmp_path / "mine", "person_suffixes", ["maker", "goer"]).parent
    assert load_cues([folder]).person_suffixes == ("goer", "maker")


def test_an_override_folder_must_exist_and_hold_cue_lists(tmp_path):
    with pytest.raises(LexiconError, match="cue list folder not found"):
        load_cues([tmp_path / "missing"])
    with pytest.raises(LexiconError, match="no cue list CSV files"):
        load_cues([tmp_path])


def test_a_bad_row_names_the_file_and_the_line(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "legal_nouns.csv").write_text("# Law.\nword\nact\n\nlaw\nact\n", "utf-8")
    with pytest.raises(LexiconError) as raised:
        load_cues([folder])
    message = str(raised.value)
    assert message.startswith(str(folder / "legal_nouns.csv"))
    assert "line 6: duplicate word 'act' (first on line 3)" in message
    assert "\n" not in message


def test_a_lexicon_folder_of_ones_own_may_carry_cue_lists(tmp_path):
    for path in default_lexicon_dir().glob("*.csv"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    write_list(tmp_path / "cues", "vehicle_nouns", ["hovercraft"])
    lexicon = load_lexicon(tmp_path)
    assert lexicon.cues.vehicle_nouns == frozenset({"hovercraft"})
    assert lexicon.actor_nouns == default_cues().actor_nouns


def test_cues_is_a_plain_record_of_word_sets():
    cues = default_cues()
    assert isinstance(cues, Cues)
    assert "ministry" in cues.actor_nouns and "budget" in cues.funding_nouns


def test_an_override_changes_the_verdict_through_the_library(nlp, tmp_path):
    from vaguewords import analyze
    from vaguewords.pipeline import Settings

    def how(settings: Settings):
        (finding,) = analyze(BURSARY, settings).findings
        return finding.how

    assert how(Settings()).rule == "no_means"
    changed = how(Settings(cues=str(with_bursary(tmp_path / "mine"))))
    assert (changed.present, changed.rule, changed.text) == (
        True,
        "funding_source",
        "from a bursary",
    )


def test_an_override_changes_the_verdict_through_the_command_line(tmp_path):
    folder = with_bursary(tmp_path / "mine")
    result = CliRunner().invoke(app, ["check", BURSARY, "--cues", str(folder), "-f", "json"])
    assert result.exit_code == 0, result.output
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["how"]["rule"] == "funding_source"
