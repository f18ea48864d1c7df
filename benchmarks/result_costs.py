"""What a Dask task spends on its results besides the parse, in a plain process.

    python benchmarks/result_costs.py                # one batch of about 100,000 characters
    python benchmarks/result_costs.py --chars 200000

The first State of the Union addresses (../shared/data/state-of-the-union/) up to ``--chars``
characters, analysed with ``analyze_many`` (the analysing child's work), then the steps a Dask
task adds around it, each timed in CPU seconds (median of 5): pickling the analyses (the child
sends them), unpickling them (the worker receives them), building the typed findings and
documents frames (``distributed.analyse_batch``), writing the findings as Parquet, and pickling
the frames (what the worker sends on).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

SOTU = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "state-of-the-union"


def cpu_seconds(step, times: int = 5) -> tuple[float, object]:
    """Median CPU seconds of ``step()`` over ``times`` calls, and its last result."""
    spent, result = [], None
    for _ in range(times):
        start = time.process_time()
        result = step()
        spent.append(time.process_time() - start)
    return statistics.median(spent), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=100_000, help="batch size in characters")
    arguments = parser.parse_args()

    from vaguewords import distributed
    from vaguewords.documents import read_document
    from vaguewords.pipeline import Settings, analyze_many, load_pipeline

    batch, size = [], 0
    for path in sorted(SOTU.glob("*.txt")):
        batch.append(read_document(path))
        size += len(batch[-1].text)
        if size >= arguments.chars:
            break
    settings = Settings()
    load_pipeline(settings)
    start = time.process_time()
    analyses = [replace(analysis, text="") for analysis in analyze_many(batch, settings)]
    parse = time.process_time() - start

    dump, blob = cpu_seconds(lambda: pickle.dumps(("analyses", analyses), protocol=5))
    load, _ = cpu_seconds(lambda: pickle.loads(blob))

    def frames():
        return (
            distributed._typed(distributed._findings_rows(analyses), distributed.FINDING_DTYPES),
            distributed._typed(distributed.documents_table(analyses), distributed.DOCUMENT_DTYPES),
        )

    build, (findings, documents) = cpu_seconds(frames)
    folder = tempfile.mkdtemp(prefix="vaguewords-costs-")
    parquet, _ = cpu_seconds(lambda: findings.to_parquet(f"{folder}/part.parquet", index=False))
    send, sent = cpu_seconds(lambda: pickle.dumps((findings, documents), protocol=5))
    Path(f"{folder}/part.parquet").unlink()
    Path(folder).rmdir()

    steps = dump + load + build + parquet + send
    print(
        f"batch: {len(batch)} documents, {size:,} characters, {len(findings)} findings; "
        f"parse {parse:.2f} s CPU"
    )
    print("| step | CPU | share of the parse |\n|---|---|---|")
    for label, seconds, extra in (
        ("pickling the analyses (child)", dump, f", {len(blob) / 1e6:.2f} MB"),
        ("unpickling them (worker)", load, ""),
        ("typed findings and documents frames", build, ""),
        ("Parquet write of the findings", parquet, ""),
        ("pickling the frames (sent on)", send, f", {len(sent) / 1e6:.2f} MB"),
        ("all of these", steps, ""),
    ):
        print(f"| {label} | {seconds * 1000:.0f} ms{extra} | {seconds / parse:.1%} |")


if __name__ == "__main__":
    main()
