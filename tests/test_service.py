"""The library layer under the CLI and the web page: inputs, settings, the run, the scores."""

from __future__ import annotations

import io
import json

import pytest
from conftest import EXAMPLES

from vaguewords.documents import Document
from vaguewords.errors import InputError, RubricError
from vaguewords.render.json import render_comparison_json, render_scores_json
from vaguewords.service import (
    analyze_text,
    choose_rubric,
    compare_texts,
    make_settings,
    plan_inputs,
    run_analysis,
    score_text,
)

SUMMARY = (EXAMPLES / "student_summary.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([""], "text: no text to analyse"),
        (["   "], "text: no text to analyse"),
        (["missing_handout.txt"], "missing_handout.txt: file not found"),
        (["-"], "stdin: no text to analyse"),
    ],
)
def test_plan_inputs_raises_one_line(arguments, message):
    with pytest.raises(InputError, match=message):
        plan_inputs(arguments, stdin=io.BytesIO(b"  \n"))


def test_plan_inputs_reads_the_given_stdin_and_keeps_order(tmp_path):
    (tmp_path / "a.txt").write_text("Robust plans soon.", encoding="utf-8")
    plan = plan_inputs(["-", str(tmp_path), "plain words here"], stdin=io.BytesIO(b"We act."))
    assert [getattr(item, "source", None) for item in plan.items] == ["-", None, "text"]
    assert plan.items[1] == tmp_path / "a.txt"


def test_run_analysis_reports_unreadable_files_and_goes_on(tmp_path, nlp):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Robust guarantees will follow soon.", encoding="utf-8")
    plan = plan_inputs([str(tmp_path)])
    seen: list[str] = []
    analyses = list(run_analysis(plan, make_settings(), keep_text=False, on_failure=seen.append))
    assert [a.source for a in analyses] == [str(tmp_path / "b.txt")]
    assert analyses[0].text == "" and {f.term for f in analyses[0].findings} >= {"robust", "soon"}
    assert (
        seen
        == plan.failures
        == [f"{tmp_path / 'a_empty.txt'}: no text to analyse (the file is empty)"]
    )


def test_settings_apply_ignores(nlp):
    plain = analyze_text("Robust guarantees will follow soon.", make_settings())
    ignoring = analyze_text("Robust guarantees will follow soon.", make_settings(ignore=["soon"]))
    assert "soon" in {f.term for f in plain.findings}
    assert "soon" not in {f.term for f in ignoring.findings}


def test_analyze_text_refuses_empty_text():
    with pytest.raises(InputError, match="no text to analyse"):
        analyze_text(" \n\t", make_settings())


def test_score_and_compare_render_the_cli_json(nlp):
    score = score_text(SUMMARY, make_settings(), choose_rubric())
    data = json.loads(render_scores_json([score]))
    assert data["words"] > 100 and 0 <= data["score"] <= 100
    comparison = compare_texts(
        (EXAMPLES / "summary_draft.txt").read_text(encoding="utf-8"),
        (EXAMPLES / "summary_revised.txt").read_text(encoding="utf-8"),
        make_settings(),
        choose_rubric(),
    )
    compared = json.loads(render_comparison_json(comparison))
    assert compared["change"] > 0 and compared["before"]["source"] == "draft"


def test_choose_rubric_reads_the_file(tmp_path):
    rubric = tmp_path / "r.toml"
    rubric.write_text("[weights]\nwho = 2\n", encoding="utf-8")
    assert choose_rubric(rubric).who == 2
    rubric.write_text("[weights]\nwhom = 2\n", encoding="utf-8")
    with pytest.raises(RubricError, match="unknown key weights.whom"):
        choose_rubric(rubric)


def test_document_items_pass_through_unread():
    plan = plan_inputs(["Robust words."])
    assert plan.items == [Document(text="Robust words.", source="text")]


def test_kept_processes_serve_the_next_run_and_give_the_same_findings(tmp_path, nlp):
    """keep_processes (the Dask tasks' way): one analysing child and one reading child for
    several runs, the findings and failures of the normal run, and both stopped on request."""
    from vaguewords.analysis_worker import close_shared_workers, shared_worker
    from vaguewords.service import close_shared_readers, shared_reader

    (tmp_path / "a.txt").write_text("Robust guarantees will follow soon.", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"this is not a zip archive")
    (tmp_path / "c.txt").write_text("We will take appropriate steps in due course.", "utf-8")
    settings = make_settings()

    def run(keep: bool) -> tuple[list, list[str]]:
        plan = plan_inputs([str(tmp_path)])
        analyses = list(run_analysis(plan, settings, keep_text=False, keep_processes=keep))
        return analyses, plan.failures

    expected = run(keep=False)
    assert len(expected[0]) == 2 and len(expected[1]) == 1
    children = []
    for _ in range(3):
        assert run(keep=True) == expected
        worker, reader = shared_worker(settings), shared_reader()
        children.append((worker._process.pid, reader._process.pid))
        assert worker._process.is_alive() and reader._process.is_alive()
    assert children[0] == children[1] == children[2]
    processes = [shared_worker(settings)._process, shared_reader()._process]
    close_shared_workers()
    close_shared_readers()
    assert all(process.exitcode is not None for process in processes)


def test_kept_processes_run_one_analysing_child():
    with pytest.raises(ValueError, match="jobs must be 1"):
        run_analysis(plan_inputs(["We act."]), make_settings(), keep_text=False, jobs=2,
                     keep_processes=True)  # fmt: skip
