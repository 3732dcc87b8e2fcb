"""How fast the note checker is. Run it: `.venv/bin/python bench/check.py`.

Prints, with the targets of issues 8, 11 and 14:
- the median and 95th percentile time to check a 150-word note, clean and with typos, without
  suggestions, once warm (target: median ≤ 3 ms), and the median CPU time of one check (steadier
  when other work shares the machine); the clean note again, each time with its spacing changed,
  so that none of what the checker keeps between checks of the same sentences applies;
- the time to compute suggestions for one misspelt word, warm (target: ≤ 20 ms);
- the cold time of `followup check` as a fresh process, on a clean note (target: ≤ 0.5 s) and
  on a note with 5 typos printing their suggestions (target: ≤ 0.3 s): wall time, and the CPU
  time the process used (steadier when other work shares the machine). The package's bytecode is
  compiled first, as an install does, and one untimed run fills the cache folder (what the
  checker works out once per machine: data.cache_dir(); a new one for the benchmark), as any
  earlier use does;
- where a warm check's time goes, rule by rule, and a cold one's CPU time, stage by stage (the
  tone rules' share among them);
- the time to check huge or adversarial texts (200,000 characters) in the library and with
  `followup check` (target: < 5 s each), and `followup check` on 40,000 characters.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup.lib.checker import CheckContext, check, core, word_count  # noqa: E402
from followup.lib.checker.spelling import dictionary_suggestions  # noqa: E402
from followup.lib.checker.text import WORD_RE  # noqa: E402

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
COMMAND_OPTIONS = ("--kind", "thank-you", "--to", "Siobhan O'Connor", "--sender", "Sam Patel")
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
    return cpu_timings(action, runs)[0]


def cpu_timings(action: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run of `action`."""
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        action()
        cpu.append(time.process_time() - used)
        wall.append(time.perf_counter() - started)
    return wall, cpu


def report(label: str, seconds: list[float], cpu: list[float] | None = None) -> None:
    ordered = sorted(seconds)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    median = statistics.median(ordered)
    line = f"{label:<50} median {median * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"
    if cpu:
        line += f"   CPU median {statistics.median(cpu) * 1000:7.2f} ms"
    print(line)


def main() -> None:
    print(f"note: {word_count(CLEAN)} words (subject left out), {RUNS} runs each\n")
    started = time.perf_counter()
    check(CLEAN, CONTEXT)
    first = time.perf_counter() - started
    print(f"{'first check in a process (loads the data)':<50} {first * 1000:8.2f} ms")
    report("check, clean note, warm", *cpu_timings(lambda: check(CLEAN, CONTEXT), RUNS))
    unseen = (respaced(CLEAN, run) for run in range(1, RUNS + 1))
    report(
        "check, clean note never checked before, warm",
        *cpu_timings(lambda: check(next(unseen), CONTEXT), RUNS),
    )
    typos = sum(f.code == "spelling" for f in check(TYPOS, CONTEXT))
    report(
        f"check, note with {typos} typos, warm", *cpu_timings(lambda: check(TYPOS, CONTEXT), RUNS)
    )
    dictionary_suggestions("warmup")  # loads the word list once, as the first typo would
    words = iter(SUGGESTION_WORDS)  # each word once: suggestions are cached per word
    report(
        "suggestions for one misspelt word, warm",
        *cpu_timings(lambda: dictionary_suggestions(next(words)), len(SUGGESTION_WORDS)),
    )
    rule_shares()
    compileall.compile_dir(ROOT / "followup", quiet=1)  # as `pip install` does
    # A cache folder of its own: another checkout using the user's one at the same time (with
    # other tone lists, say) would replace what this one keeps there between runs.
    own_cache = tempfile.TemporaryDirectory()
    os.environ["FOLLOWUP_CACHE_DIR"] = own_cache.name
    cold_runs(TYPOS, runs=1)  # fills the cache folder, as any earlier use does
    for label, text in (("clean note", CLEAN), ("5 typos, with suggestions", TYPOS)):
        wall, cpu = cold_runs(text, runs=9)
        report(f"`followup check` cold, {label}", wall)
        report("    CPU time of that process", cpu)
        cold_stages(text)
    print()
    for label, text in huge_texts().items():
        started = time.perf_counter()
        check(text, CONTEXT)
        library = time.perf_counter() - started
        command = max(cold_runs(text, runs=1)[0])
        print(
            f"{label:<50} library {library:6.2f} s   `followup check` {command:6.2f} s"
            f"   ({len(text):,} characters)"
        )


def respaced(text: str, run: int) -> str:
    """`text` with a space doubled in each line where a bit of `run` is set (the first 12
    spaces of a line): the same words, but sentences the checker has not kept results for,
    as when it reads a note for the first time."""
    lines = []
    for line in text.split("\n"):
        first, *rest = line.split(" ")
        gaps = ("  " if gap < 12 and run >> gap & 1 else " " for gap in range(len(rest)))
        lines.append(first + "".join(gap + word for gap, word in zip(gaps, rest, strict=True)))
    return "\n".join(lines)


def huge_texts() -> dict[str, str]:
    """Texts no note should be, that must still be checked in linear time."""
    prose = WORD_RE.findall(CLEAN + TYPOS)
    words = " ".join(prose[i % len(prose)] for i in range(40_000))
    return {
        "40,000 characters of a note": words[:40_000],
        "200,000 characters of a note": words[:200_000],
        '"a@" × 50,000': "a@" * 50_000,
        '"http://" + "a." × 50,000': "http://" + "a." * 50_000,
        '"a." × 100,000': "a." * 100_000,
        '"!" × 200,000': "!" * 200_000,
    }


def rule_shares() -> None:
    """Warm time per rule of `check` (each rule function timed where core.py calls it)."""
    spent: dict[str, float] = {}
    names = [name for name in dir(core) if name.endswith(("_findings", "_spans"))]
    originals = {name: getattr(core, name) for name in names}

    def timed(name: str, rule: Callable[..., list[object]]) -> Callable[..., list[object]]:
        def run(*args: object) -> list[object]:
            started = time.perf_counter()
            found = rule(*args)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
            return found

        return run

    for name, rule in originals.items():
        setattr(core, name, timed(name, rule))
    try:
        total = sum(timings(lambda: check(CLEAN, CONTEXT), RUNS))
    finally:
        for name, rule in originals.items():
            setattr(core, name, rule)
    tone = sum(spent.get(name, 0.0) for name in ("accusatory_findings", "informal_findings"))
    print(f"where a warm check of the clean note goes (tone rules: {tone / total:.0%}):")
    ranked = sorted(spent.items(), key=lambda item: -item[1])
    shares = [f"{name.removesuffix('_findings')} {seconds / total:.0%}" for name, seconds in ranked]
    print("    " + ", ".join(share for share in shares if not share.endswith(" 0%")))


# Run in a fresh process: the CPU time of each stage of `followup check` on one note, as JSON.
_STAGES = """
import json, os, sys, time
started = time.process_time()
from followup import cli
from followup.lib.checker import command, core, model
spent = {"start-up": started, "imports": time.process_time() - started}
def timed(name, function):
    def run(*args, **kwargs):
        begun = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - begun
    return run
for name in dir(core):
    if name.endswith(("_findings", "_spans")):
        setattr(core, name, timed(name.removesuffix("_findings"), getattr(core, name)))
model.Finding.suggestions.func = timed("suggestions", model.Finding.suggestions.func)
begun = time.process_time()
sys.stdout = open(os.devnull, "w")
cli.main(["check", *sys.argv[1:]])
spent["all of the check"] = time.process_time() - begun
print(json.dumps(spent), file=sys.stderr)
"""


def cold_stages(text: str, runs: int = 5) -> None:
    """Where a cold `followup check` spends its CPU time (medians of fresh processes)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.txt"
        path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-c", _STAGES, str(path), *COMMAND_OPTIONS]
        found: dict[str, list[float]] = {}
        for _ in range(runs):
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
            for stage, seconds in json.loads(done.stderr.splitlines()[-1]).items():
                found.setdefault(stage, []).append(seconds)
    medians = {stage: statistics.median(values) for stage, values in found.items()}
    tone = medians.get("accusatory", 0.0) + medians.get("informal", 0.0)
    shown = [f"{stage} {seconds * 1000:.0f}" for stage, seconds in medians.items()]
    print(
        f"    CPU ms by stage (tone rules {tone * 1000:.0f}): "
        + ", ".join(item for item in shown if not item.endswith(" 0"))
    )


def cold_runs(text: str, runs: int = 5) -> tuple[list[float], list[float]]:
    """Wall and CPU times of `followup check` on one note, a new process each."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.txt"
        path.write_text(text, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "followup.cli",
            "check",
            str(path),
            *COMMAND_OPTIONS,
        ]
        wall, cpu = [], []
        for _ in range(runs):
            started = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            _pid, _status, usage = os.wait4(process.pid, 0)
            process.returncode = 0  # reaped here
            wall.append(time.perf_counter() - started)
            cpu.append(usage.ru_utime + usage.ru_stime)
    return wall, cpu


if __name__ == "__main__":
    main()
