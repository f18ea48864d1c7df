"""Load and validate the word lists in ``lexicons/``.

This is the only module that knows where the lexicons live. A lexicon file is a CSV (UTF-8, a
header row) that a teacher can open in a spreadsheet; every row is checked when it is loaded, and a
bad row raises :class:`LexiconError` naming the file, the line and what was expected.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from vaguewords.cues import Cues, cue_list_names, is_ordered
from vaguewords.errors import LexiconError

SLOT_NAMES = ("who", "how", "when")

TERM_COLUMNS_REQUIRED = ("term", "category", "leaves_open", "explanation")
TERM_COLUMNS_OPTIONAL = ("pos", "variants", "exceptions", "notes", "source", "only_in")
# Values of the ``only_in`` column. "commitment": the word is vague only when a clause commits to
# it ("we must improve our schools"); told or described ("exports improved in May") it is plain.
# The context rules decide which clauses commit (vaguewords.context). "promise": the same, but not
# under an aim or a hope ("we aim to improve attendance": the aim is the finding, and asks it).
# "own_promise" (#21, recall inside commitment frames): only where the speaker ("we", "I", "let
# us") promises or requires it, and the word hangs on the promised verb itself ("we will work to
# ...", "we must build a stable partnership"), not on a purpose or a described thing.
# "promised_thing" (#21, second pass): an adjective only on what a commitment promises, as an
# attribute of the thing its verb acts on ("I shall recommend prompt enactment").
# "promised_step" (#21, fourth pass): a noun of a step only as the thing a commitment's verb acts
# on, its content unnamed ("we must take serious steps", "I will take actions to reform").
ONLY_IN_VALUES = ("commitment", "promise", "own_promise", "promised_thing", "promised_step")
CUE_COLUMNS_REQUIRED = ("word",)
CUE_COLUMNS_OPTIONAL = ("kind", "notes")
DESCRIPTION_MARK = "#"

# The Universal POS tags spaCy assigns (token.pos_).
UNIVERSAL_POS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)

CATEGORY_PATTERN = re.compile(r"^[a-z][a-z_]*$")
LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class Term:
    """One row of a lexicon: a vague term and what it leaves open."""

    term: str
    category: str
    leaves_open: tuple[str, ...]
    explanation: str
    pos: frozenset[str] = frozenset()
    variants: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    origin: str = ""  # "file:line", for messages
    source: str = ""  # where the evidence that the term is vague comes from
    only_in: str = ""  # one of ONLY_IN_VALUES: only where a clause commits (see above)

    @property
    def key(self) -> str:
        """The identity of a term: its lower-cased text."""
        return normalise_term(self.term)

    @property
    def spellings(self) -> tuple[str, ...]:
        """The term, its listed variants, and hyphen/space variants of each."""
        forms: list[str] = []
        for form in (self.term, *self.variants):
            for variant in hyphen_variants(form):
                if variant not in forms:
                    forms.append(variant)
        return tuple(forms)


@dataclass(frozen=True)
class Lexicon:
    """All vague terms plus the cue lists the slot rules use (for example, actor nouns)."""

    terms: tuple[Term, ...]
    cues: Cues = field(default_factory=lambda: default_cues())
    sources: tuple[str, ...] = ()

    @property
    def actor_nouns(self) -> frozenset[str]:
        return self.cues.actor_nouns

    def term(self, key: str) -> Term:
        return self._by_key[key]

    @cached_property
    def _by_key(self) -> dict[str, Term]:
        return {term.key: term for term in self.terms}

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({term.category for term in self.terms}))


def normalise_term(text: str) -> str:
    return " ".join(text.lower().split())


def hyphen_variants(form: str) -> list[str]:
    """'case-by-case' -> it, 'case by case'; 'co-ordinated' -> it, 'co ordinated', 'coordinated'."""
    form = normalise_term(form)
    variants = [form]
    if "-" in form:
        variants.append(form.replace("-", " "))
        variants.append(form.replace("-", ""))
    return variants


def default_lexicon_dir() -> Path:
    """Where the bundled lexicons are: inside the package when installed from a wheel, else the
    repository's top-level ``lexicons/`` (an editable install or a source checkout)."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "lexicons", package_dir.parent / "lexicons"):
        if (candidate / "cues").is_dir():
            return candidate
    raise LexiconError(
        f"{package_dir}: the bundled lexicons folder is missing (reinstall vaguewords)"
    )


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(LIST_SEPARATOR) if part.strip())


def read_csv_rows(
    path: Path,
    required: Sequence[str],
    optional: Sequence[str],
    preamble: Callable[[list[str]], object] | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line_number, row) for a CSV file after checking its header. With ``preamble``, line
    1 is not the header: its cells go to ``preamble`` (which raises LexiconError if they are
    wrong), and the header is the next line."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found") from None
    except IsADirectoryError:
        raise LexiconError(f"{path}: is a folder, expected a CSV lexicon file") from None
    except OSError as error:
        raise LexiconError(f"{path}: cannot be read ({error.strerror})") from None
    with handle:
        try:
            reader = csv.DictReader(handle)
            if preamble is not None:
                first = next(reader.reader, None)
                if first is None:
                    raise LexiconError(f"{path}: line 1: empty file, expected a description row")
                preamble(first)
            header_line = reader.reader.line_num + 1
            header = [name.strip().lower() for name in (reader.fieldnames or [])]
            if not header:
                raise LexiconError(f"{path}: line {header_line}: empty file, expected a header row")
            missing = [name for name in required if name not in header]
            if missing:
                raise LexiconError(
                    f"{path}: line {header_line}: missing column {', '.join(repr(m) for m in missing)} "
                    f"(expected columns: {', '.join(required)}; optional: {', '.join(optional)})"
                )
            unknown = [name for name in header if name not in (*required, *optional)]
            if unknown:
                raise LexiconError(
                    f"{path}: line {header_line}: unknown column {', '.join(repr(u) for u in unknown)} "
                    f"(allowed: {', '.join((*required, *optional))})"
                )
            reader.fieldnames = header
            for row in reader:
                if None in row:
                    raise LexiconError(
                        f"{path}: line {reader.line_num}: more cells than the header has columns"
                    )
                cleaned = {key: (value or "").strip() for key, value in row.items()}
                if not any(cleaned.values()):
                    continue  # blank line in a spreadsheet export
                yield reader.line_num, cleaned
        except UnicodeDecodeError:
            raise LexiconError(f"{path}: not UTF-8 text (save the CSV as UTF-8)") from None
        except csv.Error as error:
            raise LexiconError(f"{path}: line {reader.line_num}: {error}") from None


def load_term_file(path: Path) -> list[Term]:
    """Read one lexicon CSV, validating every row."""
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for line, row in read_csv_rows(path, TERM_COLUMNS_REQUIRED, TERM_COLUMNS_OPTIONAL):
        where = f"{path}: line {line}"
        term = " ".join(row["term"].split())
        if not term:
            raise LexiconError(f"{where}: empty term")
        if any(ch in term for ch in "[]{}<>|"):
            raise LexiconError(f"{where}: term {term!r} contains a reserved character")
        category = row["category"].lower()
        if not CATEGORY_PATTERN.match(category):
            raise LexiconError(
                f"{where}: category {row['category']!r} should be lower-case letters and _ "
                "(for example vague_timing)"
            )
        leaves_open = tuple(slot.lower() for slot in _split_list(row["leaves_open"]))
        if not leaves_open:
            raise LexiconError(f"{where}: leaves_open is empty, expected who, how and/or when")
        bad_slots = [slot for slot in leaves_open if slot not in SLOT_NAMES]
        if bad_slots:
            raise LexiconError(
                f"{where}: leaves_open {bad_slots[0]!r} is not one of who, how, when "
                "(separate several with |)"
            )
        explanation = row["explanation"]
        if not explanation:
            raise LexiconError(f"{where}: explanation is empty")
        pos = frozenset(tag.upper() for tag in _split_list(row.get("pos", "")))
        unknown_pos = sorted(pos - UNIVERSAL_POS)
        if unknown_pos:
            raise LexiconError(
                f"{where}: unknown part-of-speech tag {unknown_pos[0]!r} "
                f"(expected one of {', '.join(sorted(UNIVERSAL_POS))})"
            )
        only_in = row.get("only_in", "").lower()
        if only_in and only_in not in ONLY_IN_VALUES:
            raise LexiconError(
                f"{where}: only_in {row['only_in']!r} is not one of {', '.join(ONLY_IN_VALUES)} "
                "(or empty: a finding in any statement the context rules keep)"
            )
        key = normalise_term(term)
        if key in seen:
            raise LexiconError(f"{where}: duplicate term {term!r} (first on line {seen[key]})")
        seen[key] = line
        terms.append(
            Term(
                term=term,
                category=category,
                leaves_open=leaves_open,
                explanation=explanation,
                pos=pos,
                variants=_split_list(row.get("variants", "")),
                exceptions=_split_list(row.get("exceptions", "")),
                origin=f"{path}:{line}",
                source=row.get("source", ""),
                only_in=only_in,
            )
        )
    return terms


def load_lexicon(
    directory: Path | str | None = None,
    extra_files: Iterable[Path | str] = (),
    ignore: Iterable[str] = (),
    cues_dir: Path | str | None = None,
) -> Lexicon:
    """Load every ``*.csv`` in ``directory`` (default: the bundled lexicons), then each extra file.

    A term in a later file replaces a term with the same text from an earlier one, so a teacher's
    list can redefine a bundled term. Terms named in ``ignore`` are dropped. The cue lists are
    the shipped ones, each replaced by a file of the same name in ``directory/cues/`` (for a
    folder of one's own) and then in ``cues_dir`` (see :func:`load_cues`).
    """
    directory = Path(directory) if directory is not None else default_lexicon_dir()
    if not directory.is_dir():
        raise LexiconError(f"{directory}: lexicon folder not found")
    files = sorted(directory.glob("*.csv"))
    if not files:
        raise LexiconError(f"{directory}: no lexicon CSV files in this folder")
    files += [Path(extra) for extra in extra_files]

    by_key: dict[str, Term] = {}
    for path in files:
        for term in load_term_file(path):
            by_key.pop(term.key, None)  # re-insert so the later definition keeps its place
            by_key[term.key] = term

    ignored = {normalise_term(term) for term in ignore}
    unknown = sorted(ignored - set(by_key))
    if unknown:
        raise LexiconError(f"--ignore {unknown[0]!r}: no such term in the lexicons")
    terms = tuple(term for key, term in by_key.items() if key not in ignored)

    # A lexicon folder of one's own may carry cue lists too (cues/NAME.csv replaces NAME).
    own_cues = directory / "cues"
    is_shipped = directory.resolve() == default_lexicon_dir().resolve()
    cue_folders = [own_cues] if not is_shipped and any(own_cues.glob("*.csv")) else []
    cues = load_cues([*cue_folders, *([] if cues_dir is None else [cues_dir])])
    return Lexicon(terms=terms, cues=cues, sources=tuple(str(path) for path in files))


# ============================================================================ cue lists


def load_cue_file(path: Path) -> tuple[str, frozenset[str]]:
    """Read one cue list: (its description, its words). Every row is validated."""
    descriptions: list[str] = []
    rows = read_csv_rows(
        path,
        CUE_COLUMNS_REQUIRED,
        CUE_COLUMNS_OPTIONAL,
        preamble=lambda cells: descriptions.append(_cue_description(path, cells)),
    )
    words: dict[str, int] = {}
    for line, row in rows:
        word = normalise_term(row["word"])
        if not word:
            raise LexiconError(f"{path}: line {line}: empty word")
        if word.startswith(DESCRIPTION_MARK):
            raise LexiconError(
                f"{path}: line {line}: a word cannot start with {DESCRIPTION_MARK!r} "
                "(only line 1, the description, does)"
            )
        if word in words:
            raise LexiconError(
                f"{path}: line {line}: duplicate word {word!r} (first on line {words[word]})"
            )
        words[word] = line
    return descriptions[0], frozenset(words)


def _cue_description(path: Path, cells: list[str]) -> str:
    """Line 1 of a cue file: ``# what the list is for`` (commas in it may have split it)."""
    text = ",".join(cells).strip().rstrip(",").strip()
    if not text.startswith(DESCRIPTION_MARK):
        raise LexiconError(
            f"{path}: line 1: expected a description row starting with {DESCRIPTION_MARK!r} "
            f"(what the list is for), found {text[:40]!r}"
        )
    description = text.lstrip(DESCRIPTION_MARK).strip()
    if not description:
        raise LexiconError(f"{path}: line 1: the description after {DESCRIPTION_MARK!r} is empty")
    return description


def _load_folder(folder: Path, required: bool) -> dict[str, tuple[str, frozenset[str], str]]:
    """name -> (description, words, file) for every ``*.csv`` in ``folder``."""
    if not folder.is_dir():
        raise LexiconError(f"{folder}: cue list folder not found")
    names = cue_list_names()
    found = {}
    for path in sorted(folder.glob("*.csv")):
        if path.stem not in names:
            raise LexiconError(
                f"{path}: no cue list is named {path.stem!r} (the file name says which list it "
                f"replaces: one of {', '.join(sorted(names))})"
            )
        description, words = load_cue_file(path)
        found[path.stem] = (description, words, str(path))
    if required:
        missing = [name for name in names if name not in found]
        if missing:
            raise LexiconError(
                f"{folder / (missing[0] + '.csv')}: cue list file missing (reinstall vaguewords)"
            )
    if not found:
        raise LexiconError(f"{folder}: no cue list CSV files in this folder")
    return found


def _build(lists: dict[str, tuple[str, frozenset[str], str]]) -> Cues:
    values = {
        name: tuple(sorted(words)) if is_ordered(name) else words
        for name, (_, words, _) in lists.items()
    }
    return Cues(
        **values,
        descriptions={name: description for name, (description, _, _) in lists.items()},
        origins={name: origin for name, (_, _, origin) in lists.items()},
    )


def shipped_cues_dir() -> Path:
    return default_lexicon_dir() / "cues"


@lru_cache(maxsize=1)
def _shipped_lists() -> dict[str, tuple[str, frozenset[str], str]]:
    return _load_folder(shipped_cues_dir(), required=True)


def default_cues() -> Cues:
    """The shipped cue lists, loaded and validated once per process."""
    return _default_cues()


@lru_cache(maxsize=1)
def _default_cues() -> Cues:
    return _build(_shipped_lists())


def load_cues(overrides: Iterable[Path | str] = ()) -> Cues:
    """The shipped cue lists, each replaced by a file of the same name in one of ``overrides``
    (later folders win). Without overrides this is ``default_cues()``."""
    overrides = [Path(folder) for folder in overrides]
    if not overrides:
        return default_cues()
    lists = dict(_shipped_lists())
    for folder in overrides:
        lists.update(_load_folder(folder, required=False))
    return _build(lists)
