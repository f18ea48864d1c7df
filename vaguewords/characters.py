"""Text as people paste it: hyphen, dash, quote and space variants, matched like their plain forms.

Web pages and word processors write "case‑by‑case" with non-breaking hyphens (U+2011), "in due
course" with no-break spaces, and break long words with invisible soft hyphens. The parser and the
lexicon see the plain forms; every offset still points into the original text.

Most variants are replaced one character for one character, so offsets do not move. Soft hyphens
are removed; :func:`plain_text` then returns, for each character it keeps, its index in the
original, and :func:`original_span` maps offsets back.
"""

from __future__ import annotations

# One character for one: offsets are unchanged.
SAME_LENGTH = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)
# Removed: an invisible break opportunity inside a word ("com\u00adprehensive").
REMOVED = "\u00ad"


def plain_text(text: str) -> tuple[str, list[int] | None]:
    """The text with variants replaced, and the original index of each kept character (None when
    nothing was removed, so every offset is unchanged)."""
    plain = text.translate(SAME_LENGTH)
    if REMOVED not in plain:
        return plain, None
    kept = [index for index, char in enumerate(plain) if char != REMOVED]
    return "".join(plain[index] for index in kept), kept


def original_span(start: int, end: int, kept: list[int] | None) -> tuple[int, int]:
    """Map [start, end) in the plain text back to the original text."""
    if kept is None:
        return start, end
    if not kept:
        return 0, 0
    original_start = kept[start] if start < len(kept) else kept[-1] + 1
    original_end = kept[end - 1] + 1 if end > 0 else original_start
    return original_start, max(original_start, original_end)
