"""The interface's active language as followup.lib's functions name it ("en" or "fr"), for the
pure-Python helpers that write days and times (followup.lib.dates, followup.lib.plan.wording)."""

from __future__ import annotations

from django.utils import translation


def interface_lang() -> str:
    """ "fr" while the interface speaks French (fr-ca), "en" otherwise."""
    return "fr" if (translation.get_language() or "").startswith("fr") else "en"
