"""Self-contained, printable HTML: the handout report and the pieces the class overview reuses.

No network and no external assets: CSS is inline, charts are inline SVG. Every piece of document
text, file name and finding field goes through :func:`html.escape` (attributes included); the page
carries a Content-Security-Policy that forbids scripts, so even a mistake could not run one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

from vaguewords.model import SLOT_NAMES, Analysis, Finding
from vaguewords.render.table import document_summary

CATEGORY_COLOURS = {
    "reassurance": "#ffd6a5",
    "vague_actor": "#caffbf",
    "vague_timing": "#9bf6ff",
    "vague_process": "#bdb2ff",
    "vague_quantity": "#ffc6ff",
    "soft_commitment": "#fdffb6",
    "unassigned_commitment": "#ffadad",
}
OTHER_COLOUR = "#e0e0e0"
PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*\r?\n){2,}")

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); margin: 0 auto;
       max-width: 52rem; padding: 1.5rem; }
h1, h2, h3, th, .meta, .note, .legend, nav { font-family: system-ui, -apple-system, 'Segoe UI',
       Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem;
     margin-top: 2.5rem; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .8rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left;
         vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.file { overflow-wrap: anywhere; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
figure { margin: 0; } figcaption { font: 600 .9rem system-ui, sans-serif; margin-bottom: .3rem; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.legend span { display: inline-block; margin: 0 .6rem .3rem 0; font-size: .85rem; }
.legend i { display: inline-block; width: .9rem; height: .9rem; vertical-align: -.1rem;
            margin-right: .25rem; border: 1px solid #999; }
.text p { margin: 0 0 .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { padding: 0 .1rem; border-radius: .2rem; position: relative; color: inherit; }
mark sup { font: 700 .7rem system-ui, sans-serif; margin-left: .1rem; }
mark .tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: 24rem;
            max-width: 80vw; background: #fff; border: 1px solid #888; padding: .5rem .6rem;
            box-shadow: 0 2px 8px rgba(0,0,0,.2); font: .85rem/1.4 system-ui, sans-serif;
            white-space: normal; }
mark:hover .tip, mark:focus .tip { display: block; }
ol.notes { font-size: .9rem; padding-left: 1.6rem; }
ol.notes li { margin-bottom: .6rem; }
.verdict { display: block; }
.yes { color: #1b6e20; } .no { color: #a8201a; }
.questions { display: block; margin: .2rem 0 0 .4rem; } .q { display: block; }
.empty { color: var(--muted); font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.document { break-before: page; }
  mark { border: 1px solid #777; }
  mark .tip { display: none !important; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
"""


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body`` (already-escaped HTML)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )


def colour_of(category: str) -> str:
    return CATEGORY_COLOURS.get(category, OTHER_COLOUR)


def legend(categories: Iterable[str]) -> str:
    items = "".join(
        f'<span><i style="background:{colour_of(c)}"></i>{escape(c.replace("_", " "))}</span>'
        for c in categories
    )
    return f'<p class="legend">{items}</p>'


def bar_chart(items: Sequence[tuple[str, float]], caption: str, unit: str = "") -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return (
            f'<figure><figcaption>{escape(caption)}</figcaption><p class="empty">none</p></figure>'
        )
    bar_height, gap, label_width, chart_width = 18, 6, 150, 320
    largest = max(value for _, value in items) or 1
    height = len(items) * (bar_height + gap)
    rows = []
    for index, (label, value) in enumerate(items):
        y = index * (bar_height + gap)
        width = max(1.0, (chart_width - label_width - 50) * value / largest)
        shown = label if len(label) <= 22 else label[:21] + "…"
        number = f"{value:g}{unit}"
        rows.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{width:.1f}" height="{bar_height}" '
            f'fill="#6c8ebf"><title>{escape(label)}: {escape(number)}</title></rect>'
            f'<text x="{label_width + width + 4:.1f}" y="{y + 13}">{escape(number)}</text>'
        )
    return (
        f"<figure><figcaption>{escape(caption)}</figcaption>"
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{chart_width}" height="{height}" '
        f'viewBox="0 0 {chart_width} {height}" role="img" aria-label="{escape(caption)}">'
        f"{''.join(rows)}</svg></figure>"
    )


def verdict_html(finding: Finding) -> str:
    parts = []
    for slot in finding.slots:
        if slot.present:
            parts.append(
                f'<span class="verdict yes">✓ {slot.name}: {escape(slot.text or "")} '
                f"<small>[{escape(slot.rule)}]</small></span>"
            )
        else:
            parts.append(
                f'<span class="verdict no">✗ {slot.name}: {escape(slot.reason)} '
                f"<small>[{escape(slot.rule)}]</small></span>"
            )
    # Phrasing content only (spans): this also sits inside <p><mark> as the tooltip.
    questions = "".join(f'<span class="q">? {escape(q)}</span>' for q in finding.questions)
    if questions:
        parts.append(f'<span class="questions">{questions}</span>')
    return "".join(parts)


def highlighted_text(analysis: Analysis, prefix: str) -> str:
    """The document's text as paragraphs, every finding a coloured, numbered <mark> with a
    tooltip; ``prefix`` keeps note ids unique on a page with several documents."""
    text = analysis.text
    pieces: list[str] = []
    position = 0
    for number, finding in enumerate(analysis.findings, start=1):
        if finding.start < position:
            continue  # overlapping findings are not produced; be safe if one ever is
        pieces.append(escape(text[position : finding.start]))
        tip = (
            f'<span class="tip"><b>{escape(finding.term)}</b> '
            f"({escape(finding.category.replace('_', ' '))}) {escape(finding.explanation)}"
            f"{verdict_html(finding)}</span>"
        )
        pieces.append(
            f'<mark id="{prefix}-m{number}" class="finding {escape(finding.category)}" '
            f'style="background:{colour_of(finding.category)}" tabindex="0" '
            f'data-term="{escape(finding.term)}" data-missing="{escape(" ".join(finding.missing))}">'
            f"{escape(text[finding.start : finding.end])}"
            f'<sup><a href="#{prefix}-n{number}">{number}</a></sup>{tip}</mark>'
        )
        position = finding.end
    pieces.append(escape(text[position:]))
    marked = "".join(pieces)
    paragraphs = [p.strip() for p in PARAGRAPH_BREAK.split(marked) if p.strip()]
    if not paragraphs:
        return '<p class="empty">(no text)</p>'
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def notes(analysis: Analysis, prefix: str) -> str:
    if not analysis.findings:
        return '<p class="empty">No vague terms found.</p>'
    items = []
    for number, finding in enumerate(analysis.findings, start=1):
        items.append(
            f'<li id="{prefix}-n{number}"><b>{escape(finding.text)}</b> '
            f"<small>({escape(finding.category.replace('_', ' '))}, paragraph "
            f"{finding.paragraph})</small> — {escape(finding.explanation)}"
            f"{verdict_html(finding)}</li>"
        )
    return f'<ol class="notes">{"".join(items)}</ol>'


def document_section(analysis: Analysis, index: int, extra_meta: str = "") -> str:
    prefix = f"d{index}"
    summary = document_summary(analysis)
    meta = (
        f"{summary['words']} words · {summary['findings']} findings · "
        f"{summary['findings_per_100_words']:g} per 100 words · missing who "
        f"{summary['missing_who']}, how {summary['missing_how']}, when {summary['missing_when']}"
    )
    warnings = "".join(f'<p class="meta">note: {escape(w)}</p>' for w in analysis.warnings)
    return (
        f'<section class="document" id="{prefix}"><h2>{escape(analysis.source)}</h2>'
        f'<p class="meta">{escape(meta)}{extra_meta}</p>{warnings}'
        f'<div class="text">{highlighted_text(analysis, prefix)}</div>'
        f"<h3>Notes</h3>{notes(analysis, prefix)}</section>"
    )


def render_report(
    analyses: Sequence[Analysis], title: str = "vaguewords report", failures: Sequence[str] = ()
) -> str:
    """The handout report: an overview of the collection, then a section per document."""
    total_words = sum(a.words for a in analyses)
    total_findings = sum(len(a.findings) for a in analyses)
    rows = []
    for index, analysis in enumerate(analyses):
        s = document_summary(analysis)
        rows.append(
            f'<tr><td class="file"><a href="#d{index}">{escape(analysis.source)}</a></td>'
            f'<td class="num">{s["words"]}</td><td class="num">{s["findings"]}</td>'
            f'<td class="num">{s["findings_per_100_words"]:g}</td>'
            f'<td class="num">{s["missing_who"]}</td><td class="num">{s["missing_how"]}</td>'
            f'<td class="num">{s["missing_when"]}</td></tr>'
        )
    terms = Counter(f.term for a in analyses for f in a.findings).most_common(10)
    missing = [
        (name, sum(name in f.missing for a in analyses for f in a.findings)) for name in SLOT_NAMES
    ]
    categories = sorted({f.category for a in analyses for f in a.findings})
    failed = _failures_html(failures)
    overview = (
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="meta">{len(analyses)} documents · {total_words} words · {total_findings} '
        f"findings · generated {escape(datetime.now().strftime('%Y-%m-%d %H:%M'))} by vaguewords"
        "</p></header>"
        '<section class="overview"><h2>Overview</h2>'
        "<p>Each finding is a word that sounds like a commitment. Its clause is checked for "
        "<b>who</b> acts, <b>how</b> (a means or amount) and <b>when</b> (a date, deadline or "
        "frequency); the questions say what a careful reader would ask. An <b>unassigned "
        "commitment</b> has no vague word: its clause promises an action (\u201cSanctions will "
        "be lifted\u201d) and names nobody to carry it out.</p>"
        '<table><thead><tr><th>document</th><th class="num">words</th>'
        '<th class="num">findings</th><th class="num">per 100 words</th>'
        '<th class="num">no who</th><th class="num">no how</th><th class="num">no when</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<div class="charts">'
        f"{bar_chart(terms, 'Most frequent vague terms')}"
        f"{bar_chart(missing, 'Findings missing each slot')}"
        f"</div>{legend(categories)}{failed}</section>"
    )
    sections = "".join(document_section(a, i) for i, a in enumerate(analyses))
    return page(title, overview + sections)


def render_class(
    pairs: Sequence[tuple[Analysis, object]], title: str = "Class overview", failures=()
) -> str:
    """The class overview: score distribution, the class's most frequent vague terms, and a row per
    student linking to that student's highlighted text. ``pairs`` is (Analysis, Score)."""
    scores = [score for _, score in pairs]
    scored = [s.score for s in scores if s.score is not None]
    bins = [(f"{low}–{low + 9 if low < 90 else 100}", 0) for low in range(0, 100, 10)]
    counts = [0] * 10
    for value in scored:
        counts[min(9, int(value // 10))] += 1
    distribution = [(label, counts[i]) for i, (label, _) in enumerate(bins)]
    terms = Counter(f.term for analysis, _ in pairs for f in analysis.findings).most_common(10)
    rows = []
    for index, (analysis, score) in enumerate(pairs):
        shown = "—" if score.score is None else f"{score.score:.0f}"
        rows.append(
            f'<tr><td class="file"><a href="#d{index}">{escape(analysis.source)}</a></td>'
            f'<td class="num">{analysis.words}</td><td class="num">{shown}</td>'
            f"<td>{escape(score.band or 'too short')}</td>"
            f'<td class="num">{len(analysis.findings)}</td><td class="num">{score.unresolved}</td>'
            f"<td>{escape(score.most_missing_slot())}</td>"
            f"<td>{escape(score.most_common_term())}</td></tr>"
        )
    average = f"{sum(scored) / len(scored):.0f}" if scored else "—"
    failed = _failures_html(failures)
    overview = (
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="meta">{len(pairs)} submissions · average score {average} · generated '
        f"{escape(datetime.now().strftime('%Y-%m-%d %H:%M'))} by vaguewords</p></header>"
        '<section class="overview"><h2>Overview</h2>'
        "<p>The score (0–100) falls as unresolved vague terms pile up: each flagged word counts "
        "less when its clause says who acts, how and when.</p>"
        '<div class="charts">'
        f"{bar_chart(distribution, 'Score distribution (students per band of 10)')}"
        f"{bar_chart(terms, 'Most frequent vague terms in the class')}</div>"
        '<table><thead><tr><th>student file</th><th class="num">words</th>'
        '<th class="num">score</th><th>band</th><th class="num">findings</th>'
        '<th class="num">unresolved</th><th>most missing</th><th>most common term</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>{failed}</section>"
    )
    sections = []
    for index, (analysis, score) in enumerate(pairs):
        extra = (
            f" · score {score.score:.0f} ({escape(score.band)})"
            if score.score is not None
            else " · too short to score"
        )
        sections.append(document_section(analysis, index, extra_meta=extra))
    return page(title, overview + "".join(sections))


def _failures_html(failures) -> str:
    """The list of files that could not be read, or nothing."""
    if not failures:
        return ""
    items = "".join(f"<li>{escape(message)}</li>" for message in failures)
    return f"<h3>Files that could not be read</h3><ul>{items}</ul>"
