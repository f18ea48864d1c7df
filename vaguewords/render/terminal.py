"""Terminal output with rich: the text with vague words highlighted, then a row per finding."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from vaguewords.model import Analysis, Finding, Slot

CATEGORY_STYLES = {
    "reassurance": "bold magenta",
    "vague_actor": "bold cyan",
    "vague_timing": "bold yellow",
    "vague_process": "bold green",
    "vague_quantity": "bold blue",
    "soft_commitment": "bold red",
    "unassigned_commitment": "bold white on dark_orange3",
}
DEFAULT_STYLE = "bold white on grey23"
PRESENT_MARK = "\u2713"
ABSENT_MARK = "\u2717"


def category_style(category: str) -> str:
    return CATEGORY_STYLES.get(category, DEFAULT_STYLE)


def highlighted_text(analysis: Analysis, plain: bool = False) -> Text:
    """The text with each finding styled; with ``plain`` (no colours, e.g. piped output) each
    finding is followed by its number in brackets instead: "Robust[1] security guarantees"."""
    if not plain:
        text = Text(analysis.text)
        for finding in analysis.findings:
            text.stylize(
                f"{category_style(finding.category)} underline", finding.start, finding.end
            )
        return text
    text = Text()
    position = 0
    for number, finding in enumerate(analysis.findings, start=1):
        if finding.start < position:
            continue
        text.append(analysis.text[position : finding.end])
        text.append(f"[{number}]")
        position = finding.end
    text.append(analysis.text[position:])
    return text


def slot_line(slot: Slot) -> Text:
    line = Text()
    if slot.present:
        line.append(f"{PRESENT_MARK} {slot.name}: ", style="green")
        line.append(slot.text or "")
        line.append(f"  [{slot.rule}]", style="dim")
    else:
        line.append(f"{ABSENT_MARK} {slot.name}: ", style="red")
        line.append(slot.reason, style="italic")
        line.append(f"  [{slot.rule}]", style="dim")
    return line


def findings_table(findings: Sequence[Finding]) -> Table:
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True, width=3)
    table.add_column("Term", ratio=1, min_width=12, overflow="fold")
    table.add_column("Clause", ratio=3)
    table.add_column("Who / how / when", ratio=3)
    table.add_column("Questions", ratio=3)
    first_of_clause: dict[tuple[int, int], int] = {}
    for number, finding in enumerate(findings, start=1):
        term = Text(finding.text, style=category_style(finding.category))
        term.append(f"\n{finding.category.replace('_', ' ')}", style="dim")
        clause_key = (finding.clause_start, finding.clause_end)
        if clause_key in first_of_clause:
            # Same clause, same verdicts: say so instead of repeating them.
            same = Text(f"same clause as #{first_of_clause[clause_key]}", style="dim")
            table.add_row(str(number), term, same, same, same)
            continue
        first_of_clause[clause_key] = number
        slots = Text("\n").join(slot_line(slot) for slot in finding.slots)
        questions = Text("\n").join(Text(f"\u2022 {q}") for q in finding.questions) or Text(
            "none: who, how and when are all named", style="green"
        )
        table.add_row(str(number), term, finding.clause, slots, questions)
    return table


def finding_blocks(findings: Sequence[Finding]) -> Group:
    """One block per finding, for terminals too narrow for the five-column table."""
    blocks = []
    first_of_clause: dict[tuple[int, int], int] = {}
    for number, finding in enumerate(findings, start=1):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True, width=4)
        grid.add_column(ratio=1)
        title = Text(finding.text, style=category_style(finding.category))
        title.append(f"  {finding.category.replace('_', ' ')}", style="dim")
        if finding.explanation:
            title.append(f"  {finding.explanation}", style="italic dim")
        grid.add_row(f"{number}.", title)
        clause_key = (finding.clause_start, finding.clause_end)
        if clause_key in first_of_clause:
            grid.add_row("", Text(f"same clause as #{first_of_clause[clause_key]}", style="dim"))
        else:
            first_of_clause[clause_key] = number
            grid.add_row("", Text("clause: ", style="dim") + Text(finding.clause))
            for slot in finding.slots:
                grid.add_row("", slot_line(slot))
        # a clause's questions are not repeated: a later finding has only its own
        for question in finding.questions:
            grid.add_row("", Text(f"? {question}", style="bold"))
        blocks.append(grid)
        blocks.append(Text(""))
    return Group(*blocks)


WIDE_CONSOLE = 120


def render_terminal(analyses: Sequence[Analysis], console: Console, show_text: bool = True) -> None:
    for analysis in analyses:
        count = len(analysis.findings)
        console.print(
            Rule(f"{analysis.source}: {analysis.words} words, {count} finding{'s' * (count != 1)}")
        )
        for warning in analysis.warnings:
            console.print(f"[yellow]note:[/] {warning}")
        if show_text:
            plain = console.color_system is None
            console.print(Padding(highlighted_text(analysis, plain=plain), (1, 2)))
        if analysis.findings and console.width >= WIDE_CONSOLE:
            console.print(findings_table(analysis.findings))
        elif analysis.findings:
            console.print(finding_blocks(analysis.findings))
        else:
            console.print(Group(Text("No vague terms found.", style="green")))
