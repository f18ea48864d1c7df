"""The Dask path: a real LocalCluster of worker processes with the real model, against the normal
path on the same inputs. Skipped (with the reason) only when the dask extra is not installed."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, make_docx

pytest.importorskip(
    "distributed", reason="the dask extra is not installed: pip install '.[dev,dask]'"
)
pytest.importorskip("pyarrow", reason="the dask extra is not installed: pip install '.[dev,dask]'")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from vaguewords import distributed  # noqa: E402
from vaguewords.cli import app  # noqa: E402
from vaguewords.documents import Document  # noqa: E402
from vaguewords.pipeline import Settings, analyze_many  # noqa: E402
from vaguewords.render.table import (  # noqa: E402
    DOCUMENT_COLUMNS,
    FINDING_COLUMNS,
    documents_table,
    findings_table,
    to_csv,
)
from vaguewords.service import plan_inputs, run_analysis  # noqa: E402

SETTINGS = Settings()
BAD_DOCX_MESSAGE = "not a readable Word document"


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes, each with the pipeline loaded once."""
    with distributed.connect("local", workers=2, settings=SETTINGS) as client:
        yield client


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The example texts, a Word document, a corrupt .docx and an empty file, in a folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    make_docx(
        folder / "plan.docx",
        ["Robust safeguards will be put in place in due course.", "We will act soon."],
    )
    (folder / "broken.docx").write_bytes(b"this is not a zip archive")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def normal_tables(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    plan = plan_inputs([str(folder)])
    analyses = list(run_analysis(plan, SETTINGS, keep_text=False))
    return findings_table(analyses), documents_table(analyses), plan.failures


def sort_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows as strings, sorted: equality with order aside and CSV/Parquet types aside."""
    as_text = frame.astype(str)
    return as_text.sort_values(list(as_text.columns)).reset_index(drop=True)


# ---------------------------------------------------------------- the library


def test_a_folder_of_paths_gives_the_normal_findings_documents_and_failures(client, corpus):
    expected_findings, expected_documents, expected_failures = normal_tables(corpus)
    items = plan_inputs([str(corpus)]).items
    result = distributed.analyse_bag(db.from_sequence(items, npartitions=3), SETTINGS)
    findings, documents, failures = client.compute(
        [result.findings, result.documents, result.failures], sync=True
    )
    assert list(findings.columns) == FINDING_COLUMNS
    assert list(documents.columns) == DOCUMENT_COLUMNS
    assert len(expected_findings) > 30
    pd.testing.assert_frame_equal(sort_rows(findings), sort_rows(expected_findings))
    pd.testing.assert_frame_equal(sort_rows(documents), sort_rows(expected_documents))
    assert sorted(failures["message"]) == sorted(expected_failures)
    assert any(BAD_DOCX_MESSAGE in message for message in failures["message"])
    assert any("empty.txt: no text to analyse" in message for message in failures["message"])


def test_each_worker_loads_the_pipeline_once_however_many_tasks(client, corpus):
    from vaguewords.pipeline import _load_pipeline

    items = plan_inputs([str(corpus)]).items
    before = client.run(lambda: _load_pipeline.cache_info().misses)
    result = distributed.analyse_bag(db.from_sequence(items, npartitions=len(items)), SETTINGS)
    client.compute(result.findings, sync=True)
    after = client.run(lambda: _load_pipeline.cache_info())
    assert len(after) == 2
    # No task loaded it (a spawned worker loaded it once when it started; a forked one has it
    # from the process that started the cluster).
    assert {worker: info.misses for worker, info in after.items()} == before
    # Every task reached the cached pipeline (each call of run_analysis loads it at least once).
    assert sum(info.hits for info in after.values()) >= len(items)


def _kept_children() -> tuple[int | None, int | None]:
    """On a worker: the pids of its kept analysing child and reading child (None if none)."""
    from vaguewords.analysis_worker import shared_worker
    from vaguewords.service import shared_reader

    processes = (shared_worker(SETTINGS)._process, shared_reader()._process)
    return tuple(None if process is None else process.pid for process in processes)


def test_each_worker_keeps_one_analysing_and_one_reading_child_across_tasks(client, corpus):
    items = [item for item in plan_inputs([str(corpus)]).items if item.suffix == ".txt"]
    bag = db.from_sequence(items, npartitions=len(items))  # a task per file
    client.compute(distributed.analyse_bag(bag, SETTINGS).findings, sync=True)
    first = {worker: pids for worker, pids in client.run(_kept_children).items() if pids[0]}
    assert first and all(None not in pids for pids in first.values()), first
    client.compute(distributed.analyse_bag(bag, SETTINGS).findings, sync=True)
    second = client.run(_kept_children)
    assert {worker: second[worker] for worker in first} == first  # the same children


def _pipeline_and_kept_children() -> tuple[int, tuple[int | None, int | None]]:
    from vaguewords.pipeline import load_pipeline

    return id(load_pipeline(SETTINGS)), _kept_children()


@pytest.mark.skipif(not distributed._FORK, reason="no fork here: local workers are spawned")
def test_a_local_worker_is_forked_with_this_process_pipeline_and_starts_its_own_children(
    corpus,
):
    """This process already runs a kept analysing child and a reading child (through
    multiprocessing's fork server) when it starts the cluster: the worker, forked from it, has
    its pipeline without loading it, starts children of its own for its tasks, and leaves this
    process's running and answering."""
    from vaguewords.pipeline import _load_pipeline

    items = plan_inputs([str(corpus)]).items
    expected = normal_tables(corpus)[0]
    assert list(run_analysis(plan_inputs([str(corpus)]), SETTINGS, keep_text=False,
                             keep_processes=True))  # fmt: skip
    pipeline, mine = _pipeline_and_kept_children()
    assert None not in mine
    misses = _load_pipeline.cache_info().misses
    with distributed.connect("local", workers=1, settings=SETTINGS) as one:
        (started,) = one.run(lambda: _load_pipeline.cache_info().misses).values()
        result = distributed.submit_batches(one, distributed.batches_of(items, 1), SETTINGS)
        findings = one.compute(result.findings, sync=True)
        ((same_pipeline, theirs),) = one.run(_pipeline_and_kept_children).values()
    assert started == misses  # the worker did not load it: it came with the fork
    assert same_pipeline == pipeline
    assert None not in theirs and not set(theirs) & set(mine)
    pd.testing.assert_frame_equal(sort_rows(findings), sort_rows(expected))
    assert _pipeline_and_kept_children() == (pipeline, mine)
    again = run_analysis(plan_inputs([str(corpus)]), SETTINGS, keep_text=False,
                         keep_processes=True)  # fmt: skip
    assert findings_table(list(again)).shape == expected.shape


@pytest.mark.skipif(
    "MALLOC_TRIM_THRESHOLD_" in os.environ,
    reason="MALLOC_TRIM_THRESHOLD_ is set in this environment, and workers inherit it",
)
def test_local_workers_run_without_the_nanny_malloc_trim_and_the_profiler(client):
    # Together they cost a fifth to a quarter of a task's CPU time (WORKER_CONFIG, README).
    settings = client.run(
        lambda: (
            os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            dask.config.get("distributed.worker.profile.enabled"),
        )
    )
    assert len(settings) == 2
    assert set(settings.values()) == {(None, False)}, settings


def test_local_workers_run_with_the_slower_timers(client):
    # The event loop's health check, the memory and the system monitors (WORKER_CONFIG, README).
    timers = {key: value for key, value in distributed.WORKER_CONFIG.items() if "interval" in key}
    seen = client.run(lambda: {key: dask.config.get(key) for key in timers})
    assert len(timers) == 3 and len(seen) == 2
    assert all(config == timers for config in seen.values()), seen
    assert all(dask.config.get(key) != value for key, value in timers.items())  # not Dask's own


def test_texts_in_a_bag_and_in_a_dataframe_give_the_findings_of_analyze_many(client):
    texts = [
        "Robust security guarantees will be provided in stages.",
        "The Ministry of Education will fund a comprehensive reading programme through a £40m "
        "grant from September 2027.",
        "We will take appropriate action soon.",
        "Nothing vague here at all.",
    ]
    expected = findings_table(analyze_many(texts, SETTINGS))
    from_bag = distributed.analyse_bag(db.from_sequence(texts, npartitions=2), paths=False)
    pd.testing.assert_frame_equal(
        sort_rows(client.compute(from_bag.findings, sync=True)), sort_rows(expected)
    )

    sources = [f"t{number}" for number in range(len(texts))]
    frame = dd.from_pandas(pd.DataFrame({"source": sources, "text": texts}), npartitions=2)
    from_frame = distributed.analyse_frame(frame, path_column=None)
    findings, documents = client.compute([from_frame.findings, from_frame.documents], sync=True)
    named = [
        Document(text=text, source=source) for source, text in zip(sources, texts, strict=True)
    ]
    expected_named = list(analyze_many(named, SETTINGS))
    pd.testing.assert_frame_equal(sort_rows(findings), sort_rows(findings_table(expected_named)))
    assert list(documents["file"]) == sources
    assert list(documents["findings"]) == [len(a.findings) for a in expected_named]
    assert list(documents["findings"])[3] == 0


def test_a_dataframe_of_paths_is_read_by_the_workers(client, corpus):
    expected_findings, _, expected_failures = normal_tables(corpus)
    paths = [str(item) for item in plan_inputs([str(corpus)]).items]
    frame = dd.from_pandas(pd.DataFrame({"path": paths}), npartitions=2)
    result = distributed.analyse_frame(frame)
    findings, failures = client.compute([result.findings, result.failures], sync=True)
    pd.testing.assert_frame_equal(sort_rows(findings), sort_rows(expected_findings))
    assert sorted(failures["message"]) == sorted(expected_failures)


def test_run_dask_writes_the_same_csv_byte_for_byte(client, corpus, tmp_path):
    expected_findings, expected_documents, expected_failures = normal_tables(corpus)
    items = plan_inputs([str(corpus)]).items
    output = tmp_path / "findings.csv"
    analysed, failures = distributed.run_dask(client, items, SETTINGS, output)
    assert analysed == len(expected_documents)
    assert failures == expected_failures
    assert output.read_text(encoding="utf-8") == to_csv(expected_findings)

    summary = tmp_path / "documents.csv"
    distributed.run_dask(client, items, SETTINGS, summary, per_document=True)
    assert summary.read_text(encoding="utf-8") == to_csv(expected_documents)


def test_parquet_output_replaces_only_an_earlier_parquet_folder(client, corpus, tmp_path):
    items = plan_inputs([str(corpus)]).items
    output = tmp_path / "findings.parquet"
    distributed.run_dask(client, items, SETTINGS, output)
    first = distributed.read_findings(output)
    assert output.is_dir() and list(output.glob("*.parquet"))
    plan_only = [item for item in items if item.name == "plan.docx"]
    distributed.run_dask(client, plan_only, SETTINGS, output)  # an earlier output is replaced
    second = distributed.read_findings(output)
    assert 0 < len(second) < len(first)
    assert set(second["file"]) == {str(plan_only[0])}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".findings.parquet.")]

    folder = tmp_path / "notes.parquet"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(distributed.OutputError, match="not a folder of Parquet files"):
        distributed.run_dask(client, items, SETTINGS, folder)
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_the_command_runs_one_task_per_batch_and_writes_its_part_there(client, corpus, tmp_path):
    """``run_dask`` analyses a batch and writes its Parquet part in one task (no frames of
    dask.dataframe, no bookkeeping tasks to schedule); a long file's pieces are a task each and
    one that joins them and writes. The parts are numbered in the batches' order."""
    from distributed import get_task_stream

    long_file(corpus)
    items = plan_inputs([str(corpus)]).items
    batches = distributed.batches_of(items, workers=2)
    pieces = sum(len(batch) for batch in batches if isinstance(batch[0], distributed.Piece))
    assert pieces >= 3
    output = tmp_path / "findings.parquet"
    with get_task_stream(client) as stream:
        analysed, failures = distributed.run_dask(client, items, SETTINGS, output)
    assert len(stream.data) == len(batches) + pieces
    expected_findings, expected_documents, expected_failures = normal_tables(corpus)
    assert (analysed, failures) == (len(expected_documents), expected_failures)
    parts = sorted(output.glob("part.*.parquet"), key=lambda path: int(path.name.split(".")[1]))
    assert [path.name for path in parts] == [f"part.{n}.parquet" for n in range(len(batches))]
    in_order = pd.concat([pd.read_parquet(path) for path in parts], ignore_index=True)
    pd.testing.assert_frame_equal(in_order, _typed(expected_findings))


def test_the_command_line_path_does_not_import_dask_dataframe():
    """``check --dask`` does without dask.dataframe and dask.bag (a third of a second of
    imports for a fresh command); the library's lazy collections still import them."""
    code = (
        "import sys, vaguewords.cli, vaguewords.distributed; "
        "print(sorted(m for m in ('dask.dataframe', 'dask.bag') if m in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"


def test_a_local_cluster_does_not_warn_when_another_has_port_8787():
    """The scheduler's HTTP routes take any free port: another cluster on the machine does not
    make Dask warn on stderr (it did, with the default port 8787)."""
    import socket
    import warnings

    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        except OSError:
            pass  # another process has the port already: the case itself
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            cluster = distributed._local_cluster(0)
            cluster.close()
    assert not [warning for warning in caught if "already in use" in str(warning.message)]


def test_nothing_is_written_when_no_file_could_be_read(client, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    output = tmp_path / "findings.parquet"
    analysed, failures = distributed.run_dask(client, [broken], SETTINGS, output)
    assert analysed == 0
    assert len(failures) == 1 and BAD_DOCX_MESSAGE in failures[0]
    assert not output.exists()
    assert list(tmp_path.iterdir()) == [broken]


def test_batches_keep_order_and_give_each_worker_several_tasks(tmp_path):
    files = []
    for number in range(40):
        path = tmp_path / f"{number:02}.txt"
        path.write_text("We will act soon. " * 300, encoding="utf-8")  # 5,400 bytes each
        files.append(path)
    batches = distributed.batches_of(files, workers=2)
    assert len(batches) >= 2 * distributed.TASKS_PER_WORKER
    assert [path for batch in batches for path in batch] == files
    assert distributed.batches_of(files[:1], workers=2) == [files[:1]]


def _start_and_seconds(task: dict) -> tuple[float, float]:
    """When a task of the task stream started computing, and for how long it computed."""
    parts = [part for part in task["startstops"] if part["action"] == "compute"]
    return parts[0]["start"], sum(part["stop"] - part["start"] for part in parts)


def test_the_largest_batch_starts_first_and_the_frames_keep_the_order(client, tmp_path):
    """A batch of one long file that comes last starts first (a task's priority is its size):
    started last, it would run alone at the end while the other worker waits. (Without the
    priorities the scheduler started it after the short ones.)"""
    from distributed import get_task_stream

    short = []
    for number in range(6):
        path = tmp_path / f"{number}.txt"
        path.write_text("The council will act soon.\n", encoding="utf-8")
        short.append(path)
    long = tmp_path / "long.txt"
    long.write_text("The board will review the plan in due course.\n\n" * 400, encoding="utf-8")
    with get_task_stream(client) as stream:
        result = distributed.submit_batches(client, [[path] for path in [*short, long]], SETTINGS)
        documents = client.compute(result.documents, sync=True)
    assert list(documents["file"]) == [str(path) for path in [*short, long]]
    started = sorted(
        _start_and_seconds(task) for task in stream.data if "analyse_batch" in str(task["key"])
    )
    assert len(started) == 7
    longest = max(range(7), key=lambda number: started[number][1])
    assert longest < 2, started  # one of the two tasks the two workers started first


# ---------------------------------------------------------------- the command


def test_check_dask_local_gives_the_normal_findings_and_reports_the_bad_file(corpus, tmp_path):
    """The command from the README, as the installed console script, against the normal path."""
    script = shutil.which("vaguewords", path=os.path.dirname(sys.executable))
    if script is None:
        pytest.skip("the vaguewords console script is not installed in this environment")
    normal_output = tmp_path / "normal.csv"
    dask_output = tmp_path / "out.parquet"
    normal = subprocess.run(
        [script, "check", str(corpus), "--format", "csv", "-o", str(normal_output)],
        capture_output=True,
        text=True,
    )
    on_dask = subprocess.run(
        [script, "check", str(corpus), "--dask", "local", "--jobs", "2", "-o", str(dask_output)],
        capture_output=True,
        text=True,
    )
    assert normal.returncode == 1, normal.stderr
    assert on_dask.returncode == 1, on_dask.stderr
    assert "Traceback" not in on_dask.stderr
    failure_lines = sorted(line for line in on_dask.stderr.splitlines() if "error:" in line)
    assert failure_lines == sorted(line for line in normal.stderr.splitlines() if "error:" in line)
    assert len(failure_lines) == 2
    assert any(BAD_DOCX_MESSAGE in line and "broken.docx" in line for line in failure_lines)
    assert f"wrote {dask_output}" in on_dask.stderr
    expected = distributed.read_findings(normal_output)
    found = distributed.read_findings(dask_output)
    assert len(expected) > 30
    pd.testing.assert_frame_equal(sort_rows(found), sort_rows(expected))


runner = CliRunner()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "--dask writes to a file"),
        (["-o", "findings.json"], "--dask writes to a file"),
        (["-o", "findings.csv", "--format", "json"], "not JSON"),
    ],
)
def test_check_dask_usage_errors(arguments, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(EXAMPLES), "--dask", "local", *arguments])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not list(tmp_path.iterdir())


def test_check_dask_without_a_scheduler_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "2s")
    output = tmp_path / "out.parquet"
    result = runner.invoke(
        app, ["check", str(EXAMPLES), "--dask", "tcp://127.0.0.1:9", "-o", str(output)]
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        line for line in result.stderr.strip().splitlines() if line.startswith("vaguewords: error")
    ]
    assert "tcp://127.0.0.1:9: no Dask scheduler could be reached" in result.stderr
    assert not output.exists()


def test_the_worker_configuration_file_sets_what_local_clusters_set():
    """docs/dask-worker.yaml, for clusters started by hand, matches WORKER_CONFIG."""
    import yaml

    path = Path(__file__).resolve().parent.parent / "docs" / "dask-worker.yaml"
    # Merged over the defaults, as Dask merges the files of its configuration folders.
    merged = dask.config.update(
        copy.deepcopy(dask.config.config), yaml.safe_load(path.read_text(encoding="utf-8"))
    )
    from_file = {key: dask.config.get(key, config=merged) for key in distributed.WORKER_CONFIG}
    assert from_file == distributed.WORKER_CONFIG
    assert dask.config.get("distributed.worker.daemon", config=merged) is False


# ---------------------------------------------------------------- a long file in pieces

# Paragraphs written for these tests: a long file of them is many batches' worth of work.
LONG_PARAGRAPHS = [
    "The board will consider several options over the coming months, and staff will be "
    "trained as soon as practicable.",
    "Where appropriate, the team will make improvements to the service \u2013 with adequate "
    "funding \u2013 in due course.",
    "Our teachers will deliver the new curriculum by September 2027.",
    "The council should consider further measures to support families where possible.",
]


def long_file(folder: Path, paragraphs: int = 300) -> Path:
    path = folder / "long.txt"
    text = "\n\n".join(LONG_PARAGRAPHS[n % len(LONG_PARAGRAPHS)] for n in range(paragraphs))
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_file_is_analysed_in_pieces_on_both_workers_with_the_normal_rows(
    client, corpus, tmp_path
):
    from distributed import get_task_stream

    long = long_file(corpus)
    items = plan_inputs([str(corpus)]).items
    batches = distributed.batches_of(items, workers=2)
    (pieces,) = [batch for batch in batches if isinstance(batch[0], distributed.Piece)]
    assert [piece.item for piece in pieces] == [long] * len(pieces)
    assert len(pieces) >= 3
    expected_findings, expected_documents, expected_failures = normal_tables(corpus)
    with get_task_stream(client) as stream:
        result = distributed.submit_batches(client, batches, SETTINGS)
        findings, documents, failures = client.compute(
            [result.findings, result.documents, result.failures], sync=True
        )
    pd.testing.assert_frame_equal(findings.reset_index(drop=True), _typed(expected_findings))
    pd.testing.assert_frame_equal(
        documents.reset_index(drop=True),
        _typed(expected_documents, distributed.DOCUMENT_DTYPES),
    )
    assert list(failures["message"]) == expected_failures
    assert (findings["file"] == str(long)).sum() > 200
    workers = {task["worker"] for task in stream.data if "analyse_piece" in str(task["key"])}
    if len(workers) < 2:
        # Which worker takes a task is the scheduler's choice at that moment: on a loaded machine
        # one worker can be free for every piece. A second run must then use both.
        with get_task_stream(client) as stream:
            client.compute(
                [distributed.submit_batches(client, batches, SETTINGS).findings], sync=True
            )
        workers |= {task["worker"] for task in stream.data if "analyse_piece" in str(task["key"])}
    assert len(workers) == 2  # both workers analysed pieces of the long file
    # The same through the lazy collections, computed on the cluster.
    lazy = distributed.analyse_batches(batches, SETTINGS)
    (again,) = client.compute([lazy.findings], sync=True)
    pd.testing.assert_frame_equal(again.reset_index(drop=True), _typed(expected_findings))


def _typed(frame: pd.DataFrame, dtypes: dict | None = None) -> pd.DataFrame:
    return distributed._typed(frame, dtypes or distributed.FINDING_DTYPES)


def test_a_long_file_that_cannot_be_read_is_one_failure(client, tmp_path):
    broken = tmp_path / "binary.txt"
    broken.write_bytes(bytes(range(256)) * 300)  # many batches' size, and not text
    short = tmp_path / "short.txt"
    short.write_text("The council will act soon.", encoding="utf-8")
    batches = distributed.batches_of([short, broken], workers=2)
    assert isinstance(batches[-1][0], distributed.Piece)
    result = distributed.submit_batches(client, batches, SETTINGS)
    documents, failures = client.compute([result.documents, result.failures], sync=True)
    assert list(documents["file"]) == [str(short)]
    assert list(failures["message"]) == [f"{broken}: looks like a binary file, not text"]


def test_with_one_worker_a_long_file_stays_whole(tmp_path):
    long = long_file(tmp_path)
    assert distributed.batches_of([long], workers=1) == [[long]]
