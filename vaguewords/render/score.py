"""Terminal output for scores: one student's report, a before/after comparison, a class table."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from vaguewords.model import Finding
from vaguewords.scoring import BAND_PARTLY, BAND_SPECIFIC, Comparison, Score, term_words

BAND_STYLES = {BAND_SPECIFIC: "bold green", BAND_PARTLY: "bold yellow"}


def band_style(band: str | None) -> str:
    return BAND_STYLES.get(band or "", "bold red")


def render_score(score: Score, console: Console) -> None:
    console.rule(
        f"[bold]{escape(score.source)}[/]: {score.words} words, {len(score.findings)} findings"
    )
    if score.score is None:
        console.print(f"[yellow]{escape(score.message)}[/]")
        for finding in score.findings:
            console.print(f"  • {escape(finding.text)}: {escape(' '.join(finding.questions))}")
        return
    console.print(
        f"Specificity score: [{band_style(score.band)}]{score.score:.0f} / 100 — {score.band}[/]"
    )
    rubric = score.rubric
    rest = score.words - term_words(score.findings)
    promises = sum(f.is_omission for f in score.findings)
    terms = len(score.findings) - promises
    promise_note = (
        f" and {promises} commitment{'s' * (promises != 1)} naming no one (each counts the "
        "share of who, or 0 when its clause also holds a vague term)"
        if promises
        else ""
    )
    console.print(
        f"How it was worked out: {terms} vague terms{promise_note}, {score.unresolved} findings "
        f"missing who, how or when; unresolved load {score.load:.2f} (each vague term counts 0 "
        f"when its clause names who, how and when, up to 1 when it names none) over {rest} "
        "other words "
        f"= {score.density:.2f} per 100 words; score = 100 / (1 + {score.density:.2f} / "
        f"{rubric.half_score_at:g}) = {score.score:.1f}.",
        highlight=False,
    )
    if score.costliest:
        console.print()
        console.print("[bold]The sentences that cost the most points[/]")
        for number, cost in enumerate(score.costliest, start=1):
            console.print(
                f"{number}. (paragraph {cost.paragraph}, −{cost.points:.1f} points) "
                f"{escape(cost.sentence)}",
                highlight=False,
            )
            for finding in cost.findings:
                _finding_lines(finding, console)
    if score.checklist:
        console.print()
        console.print("[bold]Checklist[/]")
        for item in score.checklist:
            console.print(f"  [ ] {escape(item)}", highlight=False)
    elif score.findings:
        console.print("\nEvery flagged clause names who, how and when.")
    else:
        console.print("\nNo vague terms found.")


def _finding_lines(finding: Finding, console: Console) -> None:
    missing = ", ".join(finding.missing) or "nothing"
    console.print(f"   • [bold]{escape(finding.text)}[/] (missing {missing})", highlight=False)
    for question in finding.questions:
        console.print(f"     ? {escape(question)}", highlight=False)


def render_comparison(comparison: Comparison, console: Console) -> None:
    before, after = comparison.before, comparison.after
    console.rule("[bold]Before and after[/]")

    def shown(score: Score) -> str:
        if score.score is None:
            return "not scored (too short)"
        return f"[{band_style(score.band)}]{score.score:.0f} ({score.band})[/]"

    console.print(f"{escape(before.source)}: {shown(before)}")
    console.print(f"{escape(after.source)}: {shown(after)}")
    if comparison.change is not None:
        sign = "+" if comparison.change >= 0 else "−"
        console.print(f"Change: [bold]{sign}{abs(comparison.change):.1f}[/] points")
    sections = [
        ("Resolved", [new for _, new in comparison.resolved], "green"),
        ("Removed (the vague term or commitment is gone)", list(comparison.removed), "green"),
        ("Still missing something", [new for _, new in comparison.remaining], "yellow"),
        ("New in the revision", list(comparison.new), "red"),
    ]
    for title, findings, colour in sections:
        console.print()
        console.print(f"[bold {colour}]{title}: {len(findings)}[/]")
        for finding in findings:
            named = ", ".join(f"{s.name}: {s.text}" for s in finding.slots if s.present)
            detail = (
                f"now names {named}"
                if title == "Resolved"
                else f"missing {', '.join(finding.missing) or 'nothing'}"
            )
            console.print(
                f"  • {escape(finding.text)} — {escape(detail)} — {escape(finding.sentence)}",
                highlight=False,
            )


def short_names(sources: Sequence[str]) -> list[str]:
    """File names relative to the folder they share ("class/amira.txt" -> "amira.txt")."""
    import os

    paths = [source for source in sources if source not in ("text", "-")]
    if len(paths) < 2:
        return list(sources)
    try:
        common = os.path.commonpath([os.path.dirname(p) or "." for p in paths])
    except ValueError:
        return list(sources)
    return [
        os.path.relpath(source, common) if source in paths and common else source
        for source in sources
    ]


def render_class(scores: Sequence[Score], console: Console) -> None:
    table = Table(title="Class scores", title_justify="left")
    table.add_column("file", overflow="fold")
    for column in ("words", "score"):
        table.add_column(column, justify="right")
    table.add_column("band")
    table.add_column("findings", justify="right")
    table.add_column("unresolved", justify="right")
    table.add_column("most missing")
    table.add_column("most common term", overflow="fold")
    for name, score in zip(short_names([s.source for s in scores]), scores, strict=True):
        table.add_row(
            escape(name),
            str(score.words),
            "—" if score.score is None else f"{score.score:.0f}",
            escape(score.band or "too short"),
            str(len(score.findings)),
            str(score.unresolved),
            score.most_missing_slot(),
            escape(score.most_common_term()),
        )
    console.print(table)
