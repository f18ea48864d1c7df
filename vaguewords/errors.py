"""Errors the library raises. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class VagueWordsError(Exception):
    """Base class: a problem with the user's input or data, never a bug in vaguewords."""


class InputError(VagueWordsError):
    """An input text or file cannot be read or analysed (missing, empty, binary, corrupt...)."""


class LexiconError(VagueWordsError):
    """A lexicon file is malformed: the message names the file, the line and the problem."""


class RubricError(VagueWordsError):
    """A scoring rubric is malformed: the message names the key and the problem."""


class ModelError(VagueWordsError):
    """No usable spaCy pipeline could be loaded."""


class MissingParseError(VagueWordsError):
    """A Doc reached the vaguewords component without the annotations it needs."""


class OutputError(VagueWordsError):
    """An output file cannot be written (or would overwrite an input)."""
