"""Objects that own a child process, kept per key for this process's next call.

The web page's workers and a Dask worker's tasks analyse (and read) one small batch after
another; a new analysing child and reading child for each would pay their start-up (and the
child's warming up) every time. :class:`Kept` holds them instead, a few at most, and closes them
when this process exits. They belong to the process that started them: a process forked from it
(a local Dask worker is forked from the process that starts the cluster) starts its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar


class _Closable(Protocol):
    def close(self) -> None: ...


Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value", bound=_Closable)


class Kept(Generic[Key, Value]):
    """``make(key)`` on a key's first use, the same object on its next ones; at most ``most``
    kept (the oldest is closed to make room); all closed by :meth:`close` or when this process
    exits. In a process forked from the one that made them, they are not used (their pipes
    lead to that process's children): the fork makes its own, and leaves the inherited ones to
    their owner, unclosed."""

    def __init__(self, make: Callable[[Key], Value], most: int = 4) -> None:
        self._make = make
        self._most = most
        self._kept: dict[Key, Value] = {}
        self._owner = os.getpid()

    def get(self, key: Key) -> Value:
        self._forget_inherited()
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
        self._forget_inherited()
        while self._kept:
            self._kept.popitem()[1].close()

    def _forget_inherited(self) -> None:
        """In a forked process, drop the objects copied from the parent without closing them:
        closing would ask the parent's children to stop."""
        if os.getpid() != self._owner:
            self._kept = {}
            self._owner = os.getpid()
