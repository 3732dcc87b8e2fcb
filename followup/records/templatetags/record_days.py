"""The job-search record's days on its page, written as in its PDF: '1er décembre 2026'."""

from __future__ import annotations

from datetime import date

from django import template

from followup.records import jobrecord

register = template.Library()


@register.filter
def full_day(value: date | None) -> str:
    """'15 December 2026' or '15 décembre 2026'."""
    return jobrecord.full_day(value) if value else ""
