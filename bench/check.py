"""How fast the note checker is. Run it: `.venv/bin/python bench/check.py`.

Prints the median and 95th percentile time to check a 150-word note (clean, and with typos)
without suggestions (target: under 5 ms once warm), the time to compute suggestions for one
typo, and the cold time of `followup check` on one note as a fresh process (target: under 1 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup.lib.checker import CheckContext, check, word_count  # noqa: E402
from followup.lib.checker.spelling import dictionary_suggestions  # noqa: E402

CONTEXT = CheckContext(
    kind="thank-you",
    recipients=("Siobhan O'Connor",),
    others=("Jordan Lee",),
    company="Quinte Health Care",
    role="Medical Office Assistant",
    other_companies=("Northwind Traders Inc.",),
    sender="Sam Patel",
)

CLEAN = """Subject: Thank you for the Medical Office Assistant interview

Dear Ms. O’Connor,

Thank you for taking the time to meet with me on Tuesday about the Medical Office Assistant
role at Quinte Health Care. I enjoyed hearing how your team organizes the front desk at the
Belleville site, and how you are moving patient reminders online this spring.

Our conversation about the new booking system made me even more interested in the position.
In my last role I kept the schedule for three physicians, answered about sixty calls a day and
cut missed appointments by calling patients the day before. I am comfortable with Excel,
Outlook and Teams, and I enjoy helping people who are worried or in a hurry feel welcome.

I would be glad to bring that care and organisation to your clinic. My references are ready
whenever you need them, and you can reach me at 613-966-9069 or sam.patel@example.ca.

Thank you again for your time and for the tour of the clinic.

Best regards,
Sam Patel
"""
TYPOS = (
    CLEAN.replace("conversation", "converstion")
    .replace("physicians", "physcians")
    .replace("welcome", "welcom")
    .replace("references", "refrences")
    .replace("schedule", "shedule")
)
RUNS = 500
SUGGESTION_WORDS = (
    "recieve",
    "intervew",
    "oportunity",
    "experiance",
    "beleive",
    "sincerly",
    "adress",
    "posistion",
    "comittee",
    "Kowalsky",
    "apreciate",
    "thier",
    "untill",
    "definately",
    "resposibilities",
    "collegue",
    "managment",
    "calender",
    "tommorow",
    "wich",
)


def timings(action: Callable[[], object], runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        found.append(time.perf_counter() - started)
    return found


def report(label: str, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    median = statistics.median(ordered)
    print(f"{label:<50} median {median * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms")


def main() -> None:
    print(f"note: {word_count(CLEAN)} words (subject left out), {RUNS} runs each\n")
    started = time.perf_counter()
    check(CLEAN, CONTEXT)
    first = time.perf_counter() - started
    print(f"{'first check in a process (loads the data)':<50} {first * 1000:8.2f} ms")
    report("check, clean note, warm", timings(lambda: check(CLEAN, CONTEXT), RUNS))
    typos = sum(f.code == "spelling" for f in check(TYPOS, CONTEXT))
    report(f"check, note with {typos} typos, warm", timings(lambda: check(TYPOS, CONTEXT), RUNS))
    words = iter(SUGGESTION_WORDS)  # each word once: suggestions are cached per word
    report(
        "suggestions for one typo",
        timings(lambda: dictionary_suggestions(next(words)), len(SUGGESTION_WORDS)),
    )
    for label, text in (("clean note", CLEAN), ("5 typos, with suggestions", TYPOS)):
        report(f"`followup check` cold, {label}", cold_runs(text))


def cold_runs(text: str, runs: int = 5) -> list[float]:
    """Wall time of `python -m followup.lib.checker.command` on one note, a new process each."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.txt"
        path.write_text(text, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "followup.lib.checker.command",
            str(path),
            "--kind",
            "thank-you",
            "--to",
            "Siobhan O'Connor",
            "--sender",
            "Sam Patel",
        ]
        found = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
            found.append(time.perf_counter() - started)
    return found


if __name__ == "__main__":
    main()
