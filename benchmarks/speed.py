"""Speed, memory and start-up of vaguewords against plain spaCy, on this machine, in one run.

    python benchmarks/speed.py              # the full table (about 15 minutes on 2 slow cores)
    python benchmarks/speed.py --quick      # small sizes, a few minutes: checks the script works
    python benchmarks/speed.py --real-text  # only the real-text rows (and --jobs on real text)

Real text: the State of the Union addresses of the 1990s (``../shared/data/state-of-the-union``)
and the QA-SRL development sentences (``../shared/data/qasrl-gs``, each sentence a document).
Each is run three ways, interleaved round by round (the order rotates), medians reported: plain
``nlp.pipe`` of the same model, the analyzer as the CLI runs it (two stages: only the sentences
that could hold a finding are parsed), and the analyzer with ``Settings(full_parse=True)``. Peak
memory of each is measured in a child process of its own.

Synthetic text: our own writing (examples/ and the gold sentences), shuffled and varied to size.
Memory and the 5 MB / 500-file runs use the real command in a child process, whose peak RSS the
kernel reports.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from two_stage import parsed_shares  # the benchmarks folder is on sys.path when run

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SOTU = SHARED / "state-of-the-union"
QASRL = SHARED / "qasrl-gs"
EXAMPLES = REPO / "examples"
GOLD = REPO / "tests" / "data" / "gold.tsv"
ONE_PARAGRAPH = (
    "The council will take appropriate action to improve road safety in the near future, and "
    "relevant stakeholders will be consulted in due course."
)


# ---------------------------------------------------------------------------- texts


def paragraph_pool() -> list[str]:
    """Paragraphs of our own writing: the examples and the gold sentences, four to a paragraph."""
    pool: list[str] = []
    for path in sorted(EXAMPLES.rglob("*")):
        if path.suffix in (".txt", ".md"):
            text = re.sub(r"^#+ ", "", path.read_text(encoding="utf-8"), flags=re.M)
            pool.extend(p.strip() for p in text.split("\n\n") if len(p.split()) >= 8)
    sentences = [
        line.split("\t", 1)[0]
        for line in GOLD.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "sentence\t"))
    ]
    pool.extend(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))
    return pool


def vary(paragraph: str, rng: random.Random) -> str:
    """Change the numbers so repeated paragraphs are not identical strings."""
    return re.sub(
        r"\d+",
        lambda m: str(rng.randint(1, 99) if len(m[0]) < 3 else rng.randint(1990, 2040)),
        paragraph,
    )


def make_documents(total_words: int, words_per_document: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = paragraph_pool()
    documents, current, count, done = [], [], 0, 0
    while done < total_words:
        paragraph = vary(rng.choice(pool), rng)
        current.append(paragraph)
        size = len(paragraph.split())
        count += size
        done += size
        if count >= words_per_document:
            documents.append("\n\n".join(current))
            current, count = [], 0
    if current:
        documents.append("\n\n".join(current))
    return documents


def sotu_texts(quick: bool) -> list[str]:
    """The addresses of the 1990s (the last two with --quick), as the files hold them."""
    paths = sorted(SOTU.glob("199*.txt"))
    return [path.read_text(encoding="utf-8") for path in (paths[-2:] if quick else paths)]


def qasrl_texts(quick: bool) -> list[str]:
    """The QA-SRL development sentences of both files (the first 300 with --quick)."""
    import csv

    texts: list[str] = []
    for path in sorted(QASRL.glob("*.dev.full.csv")):
        with path.open(encoding="utf-8", newline="") as stream:
            texts.extend(row["sentence"] for row in csv.DictReader(stream))
    return texts[:300] if quick else texts


REAL_TEXTS = {"sotu": sotu_texts, "qasrl": qasrl_texts}


# ---------------------------------------------------------------------------- measurements


def plain_pipe(nlp, documents: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(documents, batch_size=32):
        pass
    return time.perf_counter() - start


def analyzer(
    documents: list[str], n_process: int = 1, full_parse: bool = False
) -> tuple[float, int]:
    from vaguewords import Settings, analyze_many

    settings = Settings(full_parse=full_parse)
    start = time.perf_counter()
    words = sum(a.words for a in analyze_many(documents, settings, n_process=n_process))
    return time.perf_counter() - start, words


def three_ways(nlp, documents: list[str], rounds: int) -> dict:
    """Plain nlp.pipe, the two-stage analyzer and the full-parse analyzer, interleaved: each
    round runs all three, the order rotating so none always runs first (or after a cold one)."""
    runs = {
        "plain": lambda: (plain_pipe(nlp, documents), None),
        "two_stage": lambda: analyzer(documents),
        "full_parse": lambda: analyzer(documents, full_parse=True),
    }
    names = list(runs)
    times: dict[str, list[float]] = {name: [] for name in names}
    words = 0
    for index in range(rounds):
        for name in names[index % 3 :] + names[: index % 3]:
            seconds, counted = runs[name]()
            times[name].append(seconds)
            words = counted or words
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "words": words,
        **{f"{name}_wps": words / seconds for name, seconds in medians.items()},
        "two_stage_ratio": medians["plain"] / medians["two_stage"],
        "full_parse_ratio": medians["plain"] / medians["full_parse"],
        "round_ratios": [p / t for p, t in zip(times["plain"], times["two_stage"], strict=True)],
    }


def interleaved(nlp, documents: list[str], rounds: int) -> dict:
    plain_times, our_times, words = [], [], 0
    for index in range(rounds):
        if index % 2 == 0:
            plain_times.append(plain_pipe(nlp, documents))
            seconds, words = analyzer(documents)
            our_times.append(seconds)
        else:
            seconds, words = analyzer(documents)
            our_times.append(seconds)
            plain_times.append(plain_pipe(nlp, documents))
    plain, ours = statistics.median(plain_times), statistics.median(our_times)
    return {
        "words": words,
        "plain_wps": words / plain,
        "our_wps": words / ours,
        "ratio": plain / ours,
    }


def component_share(nlp, documents: list[str]) -> dict:
    component = nlp.get_pipe("vaguewords")
    parse_times, component_times = [], []
    for _ in range(3):
        start = time.perf_counter()
        with nlp.select_pipes(disable=["vaguewords"]):
            docs = list(nlp.pipe(documents, batch_size=32))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        component_times.append(time.perf_counter() - start)
    parse, own = statistics.median(parse_times), statistics.median(component_times)
    return {
        "words": sum(len(text.split()) for text in documents),
        "parse": parse,
        "component": own,
        "share": own / (parse + own),
        "ratio": parse / (parse + own),
    }


# A small launcher: forking it (not this process, which holds two loaded models) keeps the
# measured peak to the command's own memory; it reports its children's peak RSS.
LAUNCHER = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def run_child(command: list[str]) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit code) of a command run in a child process."""
    start = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    try:
        peak_kb, code = completed.stdout.split()
    except ValueError:
        sys.stderr.write(completed.stderr)
        raise SystemExit(f"benchmark command failed: {' '.join(command)}") from None
    if int(code) not in (0, 1):
        sys.stderr.write(completed.stderr)
    return seconds, int(peak_kb) // 1024, int(code)


def parallel_ceiling(seconds: float = 1.0) -> float:
    """How much faster two processes do pure CPU work than one on this machine (2 cores that
    are hyperthreads of one, or shared, give well under 2)."""
    import multiprocessing

    n = 3_000_000
    start = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [n, n])
    return serial / (time.perf_counter() - start)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


CHILD_RUN = "--child-run"


def child_run(variant: str, corpus: str, quick: bool) -> None:
    """One pass of one variant over one corpus, in a process of its own (for its peak RSS)."""
    documents = REAL_TEXTS[corpus](quick)
    if variant == "plain":
        import spacy

        plain_pipe(spacy.load(plain_model_name()), documents)
    else:
        analyzer(documents, full_parse=variant == "full_parse")


def variant_peak_rss(variant: str, corpus: str, quick: bool) -> int:
    command = [sys.executable, str(Path(__file__).resolve()), CHILD_RUN, variant, corpus]
    return run_child(command + (["--quick"] if quick else []))[1]


def plain_model_name() -> str:
    from vaguewords.pipeline import DEFAULT_MODELS

    return next((name for name in DEFAULT_MODELS if _installed(name)), DEFAULT_MODELS[0])


def vaguewords_command() -> list[str]:
    script = shutil.which("vaguewords") or str(Path(sys.executable).with_name("vaguewords"))
    return [script]


def median_child(command: list[str], times: int = 3) -> float:
    return statistics.median(run_child(command)[0] for _ in range(times))


# ---------------------------------------------------------------------------- main


def main() -> None:
    if len(sys.argv) >= 4 and sys.argv[1] == CHILD_RUN:
        child_run(sys.argv[2], sys.argv[3], "--quick" in sys.argv[4:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per size")
    parser.add_argument(
        "--real-text", action="store_true", help="only the real-text rows and their --jobs row"
    )
    args = parser.parse_args()
    began = time.perf_counter()

    import spacy

    from vaguewords.pipeline import load_pipeline, model_name

    ours = load_pipeline()
    model = plain_model_name()
    plain = spacy.load(model)
    print(f"model: {model_name(ours)}; components: {', '.join(plain.pipe_names)}")
    print(
        f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; spaCy {spacy.__version__}"
    )
    print()

    sizes = [2_000, 10_000] if args.quick else [10_000, 100_000]
    big_mb = 0.3 if args.quick else 5.0
    files = 40 if args.quick else 500

    rows: list[tuple[str, str]] = []
    print("| measure | value |")
    print("|---|---|")

    def show(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"| {name} | {value} |", flush=True)

    analyzer(make_documents(500, 250))  # warm-up: lexicon and model caches
    real_text_rows(plain, ours, args, show)
    if args.real_text:
        real_text_jobs_row(args, show)
        print(f"\nbenchmark ran in {time.perf_counter() - began:.0f} s")
        return

    # Throughput at growing sizes, interleaved with plain spaCy.
    for size in sizes:
        rounds = args.rounds if size <= 10_000 else max(2, args.rounds - 1)
        result = interleaved(plain, make_documents(size, 400), rounds)
        show(
            f"throughput, {result['words']:,} words ({rounds} rounds, median)",
            f"plain nlp.pipe {result['plain_wps']:,.0f} w/s · vaguewords {result['our_wps']:,.0f} "
            f"w/s · ratio **{result['ratio']:.2f}**",
        )

    # The analyzer's own cost, without the machine's noise between rounds: the vaguewords
    # component timed on Docs already parsed, against the parse of the same Docs.
    share = component_share(ours, make_documents(sizes[-1] // 10, 400))
    show(
        f"vaguewords component alone on parsed Docs ({share['words']:,} words, median of 3)",
        f"{share['component']:.2f} s against {share['parse']:.2f} s of parsing · "
        f"{share['share']:.1%} of the work · ratio it allows **{share['ratio']:.2f}**",
    )

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        # One big text: peak memory, and --jobs 1 against --jobs 2 (the real command).
        big = folder / "big.txt"
        text, rng = [], random.Random(11)
        pool = paragraph_pool()
        while sum(len(p) + 2 for p in text) < big_mb * 1_000_000:
            text.append(vary(rng.choice(pool), rng))
        big.write_text("\n\n".join(text), encoding="utf-8")
        big_words = sum(len(p.split()) for p in text)
        out = folder / "out.csv"
        command = [*vaguewords_command(), "check", str(big), "-f", "csv", "-o", str(out)]
        # A long text on purpose: past the reading limits for handouts (README, Limits).
        command += ["--limit", "max_text_chars=1G", "--limit", "max_file_bytes=1G"]
        command += ["--limit", "analysis_budget_seconds=3600"]
        one_seconds, one_rss, _ = run_child(command + ["--jobs", "1"])
        two_seconds, two_rss, _ = run_child(command + ["--jobs", "2"])
        size_mb = big.stat().st_size / 1e6
        show(
            f"{size_mb:.1f} MB text (~{big_words:,} words), --jobs 1",
            f"{one_seconds:.0f} s · {big_words / one_seconds:,.0f} w/s · peak RSS {one_rss} MB",
        )
        ceiling = statistics.median(parallel_ceiling() for _ in range(3))
        show(
            f"{size_mb:.1f} MB text, --jobs 2 (this machine's 2-process ceiling for pure CPU "
            f"work: {ceiling:.2f}×)",
            f"{two_seconds:.0f} s · {big_words / two_seconds:,.0f} w/s · speed-up "
            f"**{one_seconds / two_seconds:.2f}×** · peak RSS {two_rss} MB (largest process)",
        )

        # Many files: memory must not grow with the number of files.
        many = folder / "many"
        many.mkdir()
        documents = make_documents(files * 100, 100, seed=3)
        for index, document in enumerate(documents[:files]):
            (many / f"handout_{index:04d}.txt").write_text(document, encoding="utf-8")
        single_seconds, single_rss, _ = run_child(
            [
                *vaguewords_command(),
                "check",
                str(many / "handout_0000.txt"),
                "-f",
                "csv",
                "-o",
                str(out),
            ]
        )
        many_seconds, many_rss, _ = run_child(
            [*vaguewords_command(), "check", str(many), "-f", "csv", "-o", str(out)]
        )
        show(
            f"{files} files (~100 words each)",
            f"{many_seconds:.0f} s · peak RSS {many_rss} MB against {single_rss} MB for one file "
            f"(+{many_rss - single_rss} MB)",
        )

    # Start-up.
    check_cold = median_child([*vaguewords_command(), "check", ONE_PARAGRAPH, "--no-text"])
    load_cold = median_child([sys.executable, "-c", f"import spacy; spacy.load({model!r})"])
    help_cold = median_child([*vaguewords_command(), "--help"])
    show(
        "cold start: check one paragraph vs import spaCy + load model",
        f"{check_cold:.2f} s vs {load_cold:.2f} s · ratio **{check_cold / load_cold:.2f}**",
    )
    show("cold start: vaguewords --help", f"{help_cold:.2f} s")
    print(f"\nbenchmark ran in {time.perf_counter() - began:.0f} s")


def real_text_rows(plain, ours, args, show) -> None:
    """Two-stage vs full parse vs plain nlp.pipe on real text, with each one's peak memory."""
    labels = {
        "sotu": "State of the Union 1990s"
        if not args.quick
        else "State of the Union (2 addresses)",
        "qasrl": "QA-SRL dev sentences" if not args.quick else "QA-SRL dev sentences (300)",
    }
    for corpus, read in REAL_TEXTS.items():
        if not (SOTU if corpus == "sotu" else QASRL).is_dir():
            show(labels[corpus], "skipped: data not found")
            continue
        documents = read(args.quick)
        shares = parsed_shares(ours, documents, ner=True)
        result = three_ways(plain, documents, args.rounds)
        rounds = " ".join(f"{ratio:.2f}" for ratio in result["round_ratios"])
        show(
            f"{labels[corpus]}: {len(documents):,} documents, {result['words']:,} words "
            f"({args.rounds} rounds, median)",
            f"plain nlp.pipe {result['plain_wps']:,.0f} w/s · two-stage "
            f"{result['two_stage_wps']:,.0f} w/s, ratio **{result['two_stage_ratio']:.2f}** "
            f"(rounds {rounds}) · full parse {result['full_parse_wps']:,.0f} w/s, ratio "
            f"{result['full_parse_ratio']:.2f} · parsed {shares.parsed_sentences:,} of "
            f"{shares.sentences:,} sentences ({shares.parsed_tokens / shares.tokens:.0%} of tokens)"
            f" · NER on {shares.ner_sentences:,} ({(shares.ner_tokens or 0) / shares.tokens:.0%} "
            "of tokens)",
        )
        peaks = {
            variant: variant_peak_rss(variant, corpus, args.quick)
            for variant in ("plain", "two_stage", "full_parse")
        }
        show(
            f"{labels[corpus]}: peak RSS, one pass in a fresh process",
            f"plain nlp.pipe {peaks['plain']} MB · two-stage {peaks['two_stage']} MB · "
            f"full parse {peaks['full_parse']} MB",
        )


def real_text_jobs_row(args, show) -> None:
    """The real command on the State of the Union files, --jobs 1 against --jobs 2."""
    if not SOTU.is_dir():
        show("--jobs on real text", "skipped: data not found")
        return
    paths = sorted(SOTU.glob("19[89]*.txt"))
    paths = paths[-4:] if args.quick else paths
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.csv"
        command = [*vaguewords_command(), "check", *map(str, paths), "-f", "csv", "-o", str(out)]
        one_seconds, one_rss, _ = run_child(command + ["--jobs", "1"])
        two_seconds, two_rss, _ = run_child(command + ["--jobs", "2"])
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    ceiling = statistics.median(parallel_ceiling() for _ in range(3))
    show(
        f"State of the Union {len(paths)} files (~{words:,} words), --jobs 2 against --jobs 1 "
        f"(2-process ceiling for pure CPU work: {ceiling:.2f}×)",
        f"{two_seconds:.1f} s against {one_seconds:.1f} s · speed-up "
        f"**{one_seconds / two_seconds:.2f}×** · peak RSS {one_rss} MB / {two_rss} MB "
        "(largest process)",
    )


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    main()
