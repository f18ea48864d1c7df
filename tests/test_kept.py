"""Kept objects belong to the process that made them: a forked process makes its own and leaves
the inherited ones unclosed (their pipes lead to the parent's children)."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from vaguewords.kept import Kept


class Owned:
    """Stands for a child-owning object: it records who made it and whether it was closed."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.maker = os.getpid()
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_the_same_object_for_a_key_until_closed():
    kept: Kept[str, Owned] = Kept(Owned, most=2)
    first = kept.get("a")
    assert kept.get("a") is first
    second, third = kept.get("b"), kept.get("c")  # "a" is the oldest: closed to make room
    assert first.closed and not second.closed and not third.closed
    kept.close()
    assert second.closed and third.closed
    assert kept.get("b") is not second


def _in_the_fork(kept: Kept[str, Owned], inherited: Owned, answers) -> None:
    made = kept.get("a")
    kept.close()
    answers.send((made is inherited, made.maker == os.getpid(), inherited.closed, made.closed))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_a_forked_process_makes_its_own_and_leaves_the_inherited_ones_unclosed():
    kept: Kept[str, Owned] = Kept(Owned)
    inherited = kept.get("a")
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_in_the_fork, args=(kept, inherited, sending))
    child.start()
    answer = receiving.recv()
    child.join()
    # In the fork: a new object, made there, closed there; the inherited one never closed.
    assert answer == (False, True, False, True)
    assert kept.get("a") is inherited and not inherited.closed  # the parent's own, as it was
    kept.close()
