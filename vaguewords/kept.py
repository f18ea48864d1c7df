"""Objects that own a child process, kept per key for this process's next call.

The web page's workers and a Dask worker's tasks analyse (and read) one small batch after
another; a new analysing child and reading child for each would pay their start-up (and the
child's warming up) every time. :class:`Kept` holds them instead, a few at most, and closes them
when this process exits.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar


class _Closable(Protocol):
    def close(self) -> None: ...


Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value", bound=_Closable)


class Kept(Generic[Key, Value]):
    """``make(key)`` on a key's first use, the same object on its next ones; at most ``most``
    kept (the oldest is closed to make room); all closed by :meth:`close` or when this process
    exits."""

    def __init__(self, make: Callable[[Key], Value], most: int = 4) -> None:
        self._make = make
        self._most = most
        self._kept: dict[Key, Value] = {}

    def get(self, key: Key) -> Value:
        kept = self._kept.get(key)
        if kept is None:
            if not self._kept:
                from multiprocessing.util import Finalize

                # Run when this process exits, before multiprocessing waits for its children.
                Finalize(None, self.close, exitpriority=10)
            if len(self._kept) >= self._most:
                self._kept.pop(next(iter(self._kept))).close()
            kept = self._kept[key] = self._make(key)
        return kept

    def close(self) -> None:
        """Close every object kept (they start again on their next use)."""
        while self._kept:
            self._kept.popitem()[1].close()
