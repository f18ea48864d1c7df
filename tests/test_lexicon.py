"""The bundled lexicons load and are big enough; a malformed file gets a precise error."""

from __future__ import annotations

import pytest

from vaguewords.errors import LexiconError
from vaguewords.lexicon import default_lexicon_dir, load_lexicon, load_term_file

REQUIRED_CATEGORIES = {
    "reassurance",
    "vague_actor",
    "vague_timing",
    "vague_process",
    "vague_quantity",
    "soft_commitment",
}
HEADER = "term,category,pos,leaves_open,explanation,variants,exceptions\n"


def test_bundled_lexicon_has_every_category_and_enough_terms():
    lexicon = load_lexicon()
    assert len(lexicon.terms) >= 150
    assert set(lexicon.categories) >= REQUIRED_CATEGORIES
    for category in REQUIRED_CATEGORIES:
        assert sum(t.category == category for t in lexicon.terms) >= 20, category
    assert "ministry" in lexicon.actor_nouns


def test_every_bundled_term_explains_itself():
    for term in load_lexicon().terms:
        assert term.explanation and term.leaves_open, term.origin


def test_hyphen_and_listed_variants_are_spellings():
    lexicon = load_lexicon()
    assert "case by case" in lexicon.term("case-by-case").spellings
    assert "co-ordinated" in lexicon.term("coordinated").spellings
    assert "coordinated" in lexicon.term("coordinated").spellings


def write(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "teacher.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (",reassurance,,how,Empty term.,,\n", "line 2: empty term"),
        (
            "flimsy,reassurance,ADJECTIVE,how,Bad tag.,,\n",
            "line 2: unknown part-of-speech tag 'ADJECTIVE'",
        ),
        (
            "flimsy,reassurance,,why,Bad slot.,,\n",
            "line 2: leaves_open 'why' is not one of who, how, when",
        ),
        ("flimsy,reassurance,,,No slot.,,\n", "line 2: leaves_open is empty"),
        ("flimsy,reassurance,,how,,,\n", "line 2: explanation is empty"),
        ("flimsy,Reassurance Words,,how,Bad category.,,\n", "line 2: category 'Reassurance Words'"),
        (
            "flimsy,reassurance,,how,One.,,\nFlimsy,reassurance,,how,Two.,,\n",
            "line 3: duplicate term 'Flimsy' (first on line 2)",
        ),
        (
            "flimsy,reassurance,,how,Too, many, cells,,\n",
            "line 2: more cells than the header has columns",
        ),
    ],
)
def test_malformed_row_names_file_line_and_problem(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(LexiconError) as error:
        load_term_file(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_missing_column_is_reported_on_line_one(tmp_path):
    path = write(tmp_path, "flimsy,reassurance\n", header="term,category\n")
    with pytest.raises(LexiconError, match=r"line 1: missing column 'leaves_open', 'explanation'"):
        load_term_file(path)


def test_unknown_column_is_reported(tmp_path):
    path = write(
        tmp_path,
        "flimsy,reassurance,how,x,1\n",
        header="term,category,leaves_open,explanation,colour\n",
    )
    with pytest.raises(LexiconError, match="unknown column 'colour'"):
        load_term_file(path)


def test_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes((HEADER + "caf\xe9,reassurance,,how,x,,\n").encode("latin-1"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_term_file(path)


def test_spreadsheet_bom_and_blank_lines_are_accepted(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        ("\ufeff" + HEADER + "flimsy,reassurance,,how,Weak.,,\n,,,,,,\n").encode("utf-8")
    )
    terms = load_term_file(path)
    assert [t.term for t in terms] == ["flimsy"]


def test_extra_file_adds_and_redefines_terms(tmp_path):
    path = write(tmp_path, "flimsy,reassurance,,how,Weak.,,\nsoon,vague_timing,,when,Mine.,,\n")
    lexicon = load_lexicon(extra_files=[path])
    assert lexicon.term("flimsy").category == "reassurance"
    assert lexicon.term("soon").explanation == "Mine."


def test_ignore_drops_a_term_and_rejects_unknown_ones():
    assert "robust" not in {t.key for t in load_lexicon(ignore=["Robust"]).terms}
    with pytest.raises(LexiconError, match="no such term"):
        load_lexicon(ignore=["not-a-term-anywhere"])


def test_bundled_lexicons_are_found_next_to_the_package():
    directory = default_lexicon_dir()
    assert (directory / "reassurance.csv").is_file()
    assert (directory / "cues" / "actor_nouns.csv").is_file()


def test_every_bundled_term_names_the_source_of_its_evidence():
    from vaguewords.lexicon import load_lexicon

    lexicon = load_lexicon()
    missing = [term.term for term in lexicon.terms if not term.source]
    assert not missing, f"terms without a source: {missing[:10]}"
    assert any("Bhatia" in term.source for term in lexicon.terms)


def test_only_in_says_a_term_is_a_finding_only_inside_a_commitment(tmp_path):
    header = HEADER.rstrip("\n") + ",only_in\n"
    path = write(
        tmp_path, "flimsy,reassurance,,how,A.,,,commitment\nfeeble,reassurance,,how,B.,,,\n", header
    )
    terms = {term.term: term for term in load_term_file(path)}
    assert terms["flimsy"].only_in == "commitment"
    assert terms["feeble"].only_in == ""
    bad = write(tmp_path, "flimsy,reassurance,,how,A.,,,always\n", header)
    with pytest.raises(LexiconError, match=r"line 2: only_in 'always' is not one of commitment"):
        load_term_file(bad)


def test_bundled_terms_vague_only_in_a_commitment_are_marked():
    lexicon = load_lexicon()
    assert lexicon.term("fully").only_in == "commitment"
    assert lexicon.term("robust").only_in == ""
