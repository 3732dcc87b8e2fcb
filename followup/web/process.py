"""What a serving process does once, after start-up, beside its first requests."""

from __future__ import annotations

import gc
import threading


def settle(*, in_background: bool = False) -> None:
    """Load every view and what it uses, build the timeline reader's rules, then set aside
    every object alive now from the garbage collector's full passes: they live as long as the
    process (modules, compiled patterns, word lists), and walking them on each full pass made
    some requests tens of milliseconds slower than the rest (bench/caseload.py: the caseload's
    p95 ~65 → ~40 ms CPU). `in_background` does it in a thread, so that loading the
    application stays quick: the server (Granian) could miss a stop signal that came while a
    worker was still loading it, and never exit."""
    if in_background:
        threading.Thread(target=settle, name="followup-settle", daemon=True).start()
        return
    from django.urls import get_resolver

    from followup.lib.timeline.rules import rules

    get_resolver().url_patterns  # noqa: B018 - imports every view module, and what they import
    rules()  # the timeline reader's rules (~0.2 s to build): Today and the caseload read phrases
    gc.collect()
    gc.freeze()
