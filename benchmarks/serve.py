"""A classroom at once: concurrent clients pasting 200-word summaries into `vaguewords serve`.

    python benchmarks/serve.py                       # 30 clients x 5 summaries each, 2 workers
    python benchmarks/serve.py --clients 30 --rounds 10 --workers 2
    python benchmarks/serve.py --quick               # 6 clients x 2: checks the script works

The real command is started on a free port (``vaguewords serve --port 0``). Every client sends
its summaries one after another to ``POST /api/score`` (what the page's button does); all clients
start together, so the first round is 30 pastes at the same instant. Latency is per request, as
the client sees it; throughput is requests answered per second of wall time; CPU time is what
the server, its workers and their analysis children used (from /proc, the process tree walked
again every half second so children started during the run count), divided by the requests;
memory is the peak resident set of all those processes together (sampled every 50 ms), with
the server alone and the largest worker (with its children) shown too.

For scale, the same summaries are then run in this process, one after another: plain spaCy
(``nlp(text)``, same model, no vaguewords component) and vaguewords' own ``analyze`` + score.

Summaries: 200-word runs of consecutive sentences from ../shared/data/state-of-the-union (our
examples/ when that folder is absent), drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOTU = REPO.parent / "shared" / "data" / "state-of-the-union"
EXAMPLES = REPO / "examples"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from process_tree import TreeSampler  # noqa: E402  (benchmarks/process_tree.py)

WARM_UP = 4  # requests sent before the measured ones
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


# ---------------------------------------------------------------------------- texts


def summaries(count: int, words: int = 200, seed: int = 16) -> tuple[list[str], str]:
    """``count`` texts of about ``words`` words: consecutive whole sentences from one speech."""
    if SOTU.is_dir() and any(SOTU.glob("*.txt")):
        files, origin = sorted(SOTU.glob("*.txt")), str(SOTU.relative_to(REPO.parent))
    else:
        files, origin = sorted(EXAMPLES.glob("*.txt")), "examples/"
    sentences_by_file = []
    for path in files:
        text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        sentences_by_file.append([s for s in SENTENCE.split(text) if len(s.split()) >= 4])
    rng = random.Random(seed)
    texts: list[str] = []
    while len(texts) < count:
        sentences = rng.choice(sentences_by_file)
        start = rng.randrange(max(1, len(sentences) - 20))
        chosen: list[str] = []
        for sentence in sentences[start:]:
            chosen.append(sentence)
            if sum(len(s.split()) for s in chosen) >= words:
                break
        if sum(len(s.split()) for s in chosen) >= words * 0.9:
            texts.append(" ".join(chosen))
    return texts, origin


# ---------------------------------------------------------------------------- the server


def start_server(workers: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "vaguewords.cli", "serve", "--port", "0", "--workers",
         str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO,
    )  # fmt: skip
    line = process.stdout.readline().decode()
    match = re.search(r"serving (http://\S+/)", line)
    if not match:
        process.kill()
        sys.exit(f"serve.py: the server did not start: {line!r}")
    return process, match.group(1)


# ---------------------------------------------------------------------------- the load


async def load(url: str, texts: list[str], clients: int, rounds: int) -> tuple[list[float], float]:
    import httpx

    latencies: list[float] = []
    failures: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits) as client:
        # One request per worker first, so no measured request pays for a cold start.
        warm = texts[:WARM_UP]
        await asyncio.gather(*(client.post("/api/score", json={"text": t}) for t in warm))
        start_line = asyncio.Event()

        async def student(number: int) -> None:
            await start_line.wait()
            for round_number in range(rounds):
                text = texts[(number * rounds + round_number) % len(texts)]
                began = time.perf_counter()
                response = await client.post("/api/score", json={"text": text})
                latencies.append(time.perf_counter() - began)
                if response.status_code != 200:
                    failures.append(f"{response.status_code} {response.text[:100]}")

        tasks = [asyncio.create_task(student(n)) for n in range(clients)]
        await asyncio.sleep(0.1)
        began = time.perf_counter()
        start_line.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - began
    if failures:
        sys.exit(f"serve.py: {len(failures)} requests failed, e.g. {failures[0]}")
    return latencies, wall


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def in_process_times(texts: list[str]) -> tuple[float, float]:
    """Median seconds per summary: plain spaCy, and vaguewords analyse + score, one at a time."""
    import spacy

    from vaguewords.pipeline import DEFAULT_MODELS, Settings, analyze, load_pipeline
    from vaguewords.scoring import score_analysis

    plain = None
    for name in DEFAULT_MODELS:
        try:
            plain = spacy.load(name)
            break
        except OSError:
            continue
    load_pipeline(Settings())
    for text in texts[:3]:
        plain(text), analyze(text)
    plain_times, ours = [], []
    for text in texts:
        began = time.perf_counter()
        plain(text)
        plain_times.append(time.perf_counter() - began)
        began = time.perf_counter()
        score_analysis(analyze(text))
        ours.append(time.perf_counter() - began)
    return statistics.median(plain_times), statistics.median(ours)


# ---------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5, help="summaries each client sends")
    parser.add_argument("--workers", type=int, default=2, help="the server's --workers")
    parser.add_argument("--quick", action="store_true", help="6 clients x 2 rounds")
    arguments = parser.parse_args()
    if arguments.quick:
        arguments.clients, arguments.rounds = 6, 2
    texts, origin = summaries(max(arguments.clients * arguments.rounds, 8))
    words = statistics.mean(len(t.split()) for t in texts)

    load_before = os.getloadavg()
    process, url = start_server(arguments.workers)
    sampler = TreeSampler(process.pid)
    try:
        sampler.mark()
        sampler.start()
        latencies, wall = asyncio.run(load(url, texts, arguments.clients, arguments.rounds))
    finally:
        sampler.stop.set()
        sampler.join()
        process.terminate()
        process.wait(timeout=60)
    cpu_used = sampler.cpu_used()
    load_after = os.getloadavg()
    plain, ours = in_process_times(texts[: min(len(texts), 60)])

    requests = len(latencies)
    print(
        f"vaguewords serve: {arguments.clients} concurrent clients x {arguments.rounds} "
        f"summaries ({requests} requests to POST /api/score), {arguments.workers} workers, "
        f"{os.cpu_count()} CPUs"
    )
    print(f"summaries: {words:.0f} words on average, from {origin}")
    print(
        f"machine load (1-minute average) before / after the run: {load_before[0]:.1f} / "
        f"{load_after[0]:.1f} on {os.cpu_count()} CPUs\n"
    )
    rows = [
        ("latency p50", f"{percentile(latencies, 0.50):.2f} s"),
        ("latency p95", f"{percentile(latencies, 0.95):.2f} s (target < 2 s)"),
        ("latency max", f"{max(latencies):.2f} s"),
        ("throughput", f"{requests / wall:.1f} requests/s ({requests} in {wall:.1f} s)"),
        (
            "CPU time per request, all processes",
            f"{cpu_used / (requests + WARM_UP) * 1000:.0f} ms",
        ),
        (
            "requests/s the CPUs could serve if free",
            f"{os.cpu_count() / (cpu_used / (requests + WARM_UP)):.1f} "
            "(CPUs / CPU time per request)",
        ),
        ("peak memory, all processes", f"{sampler.peak_total / 1024:.0f} MB"),
        ("peak memory, server process", f"{sampler.peak_root / 1024:.0f} MB"),
        (
            "peak memory, largest worker with its children",
            f"{sampler.peak_child / 1024:.0f} MB",
        ),
        ("one summary in-process, plain spaCy", f"{plain * 1000:.0f} ms (median)"),
        ("one summary in-process, vaguewords", f"{ours * 1000:.0f} ms (median)"),
        ("vaguewords / plain spaCy", f"{ours / plain:.2f}"),
        ("served throughput / one process in a loop", f"{(requests / wall) * ours:.2f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"| {'-' * width} | ----- |")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
