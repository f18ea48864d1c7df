"""JSON output: the contract documented in the README."""

from __future__ import annotations

import json
from collections.abc import Sequence

from vaguewords.model import Analysis
from vaguewords.scoring import Comparison, Score


def render_json(analyses: Sequence[Analysis]) -> str:
    """One object for one input, an array of objects (in input order) for several."""
    data = [analysis.to_dict() for analysis in analyses]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)


def render_scores_json(scores: Sequence[Score]) -> str:
    """``score --format json``: one object for one input, an array for several."""
    data = [score.to_dict() for score in scores]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)


def render_comparison_json(comparison: Comparison) -> str:
    """``score --compare --format json``."""
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2)
