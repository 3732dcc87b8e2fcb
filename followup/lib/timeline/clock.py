"""Times of day ("5 pm", "17 h 30", "noon") in a phrase being read. They say no day, so they
are set aside, and "before" a time on a day means by that day: "before Friday at noon" is by
Friday, not by Thursday. Every change keeps each character's position, so what a rule matches
is still quoted from the words as typed."""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-3])"
_AM_PM = r"(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
# A time with its own mark of a time: "5 pm", "5:30", "noon", "5 o'clock".
_MARKED = re.compile(
    rf"{_HOUR}(?:[:.h]\s?[0-5]\d)?\s?{_AM_PM}|{_HOUR}:[0-5]\d(?!\d)"
    rf"|{_HOUR}\s?o'?\s?clock\b|\b(?:noon|midday|midnight|midi|minuit)\b"
)
# The French "17 h", "17h30": a time only beside a day or after "at"/"à" (read as "to"), since
# "48 h" or "dans 3 h" is a number of hours.
_FRENCH = rf"{_HOUR}\s?h(?:\s?[0-5]\d)?(?!\w)"
_DAY_WORD = re.compile(
    r"(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|wednesday|thursday|saturday"
    r"|tomorrow|today|tonight|\d{1,2}(?:st|nd|rd|th)"
)
_TIME = re.compile(
    rf"(?<!\w)(?P<tie>(?:at|to|around|@)\s+)?(?P<time>{_MARKED.pattern}|{_FRENCH}"
    rf"|(?<=at\s){_HOUR}(?![\w:.,/-]))"
    r"(?P<on>\s+on\b)?"
)
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")
_WORD_AFTER = re.compile(r"\s+(?:on\s+)?(\w+)")
# "After" a time is later that day: "Friday after 3 pm", "after 5 pm on Monday" are that day.
_AFTER = re.compile(r"\b(?:after|past)(?=\s+\0)")
# "Before" with a time on the same day within a few words: "before 5 pm Friday", "before
# Friday at noon", "avant vendredi 17 h" (read as "before friday 17 h").
_BEFORE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\b(?=(?:\s+[^\s,.;\0]+){0,3}?\s+\0)")


def set_times_aside(work: str) -> str:
    """The lower-cased phrase with its times of day blanked (same length), "before" such a time
    turned into "by" and "after" it blanked too."""
    if not any(char.isdigit() for char in work) and not _MARKED.search(work):
        return work
    blanked = _TIME.sub(lambda m: "\0" * len(m.group()) if _is_a_time(m, work) else m.group(), work)
    if blanked == work:
        return work
    blanked = _BEFORE.sub(lambda m: "by".ljust(len(m.group())), blanked)
    blanked = _AFTER.sub(lambda m: "\0" * len(m.group()), blanked)
    return blanked.replace("\0", " ")


def _is_a_time(match: re.Match[str], work: str) -> bool:
    if _MARKED.fullmatch(match["time"]) or match["tie"]:
        return True
    before = _WORD_BEFORE.search(work, 0, match.start())
    if before and _DAY_WORD.fullmatch(before.group(1)):
        return True
    after = _WORD_AFTER.match(work, match.end())
    return bool(after and after.group(1) and _DAY_WORD.fullmatch(after.group(1)))
