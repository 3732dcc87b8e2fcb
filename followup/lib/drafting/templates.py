"""The draft template format: reading a template file and filling it with slot values.

The format is described for counsellors in `followup/lib/drafts/README.md`. In short:
`#` lines are notes to the editor; `{slot}` is replaced by its value; a line that uses an
empty slot is left out; an `or:` line stands in for the line(s) above it when they were left
out; lines next to each other form one paragraph; a first paragraph starting with `Subject:` is
the subject line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SLOT = re.compile(r"\{([^{}]*)\}")
OR_PREFIX = "or:"
SUBJECT_PREFIX = "subject:"


class TemplateError(ValueError):
    """A template file cannot be used as it is written (names the file and line)."""


@dataclass(frozen=True)
class Choice:
    """One line of a template and the `or:` lines that may stand in for it, first to last."""

    options: tuple[str, ...]
    line_no: int


@dataclass(frozen=True)
class Template:
    """A parsed template: an optional subject and the body's paragraphs."""

    name: str
    subject: tuple[Choice, ...]
    paragraphs: tuple[tuple[Choice, ...], ...]


def read_template(path: Path) -> Template:
    return parse_template(path.read_text(encoding="utf-8"), path.name)


def parse_template(text: str, name: str = "template") -> Template:
    blocks = _paragraph_blocks(text, name)
    subject: tuple[Choice, ...] = ()
    if blocks and blocks[0][0].options[0].lower().startswith(SUBJECT_PREFIX):
        subject = tuple(_strip_subject(choice, name) for choice in blocks[0])
        blocks = blocks[1:]
    return Template(name, subject, tuple(blocks))


def slots_used(template: Template) -> set[str]:
    choices = [*template.subject, *(c for paragraph in template.paragraphs for c in paragraph)]
    return {
        slot for choice in choices for option in choice.options for slot in SLOT.findall(option)
    }


def render_subject(template: Template, values: Mapping[str, str]) -> str:
    return " ".join(_render_choices(template.subject, values, template.name))


def render_paragraphs(template: Template, values: Mapping[str, str]) -> list[str]:
    paragraphs = (_render_choices(p, values, template.name) for p in template.paragraphs)
    return [" ".join(lines) for lines in paragraphs if lines]


def _paragraph_blocks(text: str, name: str) -> list[tuple[Choice, ...]]:
    blocks: list[tuple[Choice, ...]] = []
    current: list[Choice] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        if line.startswith("#"):
            continue
        if not line:
            if current:
                blocks.append(tuple(current))
            current = []
        elif line.lower().startswith(OR_PREFIX):
            if not current:
                raise TemplateError(f"{name}, line {line_no}: an 'or:' line needs a line above it")
            previous = current[-1]
            option = line[len(OR_PREFIX) :].strip()
            current[-1] = Choice((*previous.options, option), previous.line_no)
        else:
            current.append(Choice((line,), line_no))
    if current:
        blocks.append(tuple(current))
    return blocks


def _strip_subject(choice: Choice, name: str) -> Choice:
    first = choice.options[0]
    if not first.lower().startswith(SUBJECT_PREFIX):
        raise TemplateError(f"{name}, line {choice.line_no}: the subject must be one line")
    return Choice((first[len(SUBJECT_PREFIX) :].strip(), *choice.options[1:]), choice.line_no)


def _render_choices(choices: tuple[Choice, ...], values: Mapping[str, str], name: str) -> list[str]:
    lines = (_first_fillable(choice, values, name) for choice in choices)
    return [line for line in lines if line]


def _first_fillable(choice: Choice, values: Mapping[str, str], name: str) -> str:
    for option in choice.options:
        slots = SLOT.findall(option)
        unknown = [slot for slot in slots if slot not in values]
        if unknown:
            raise TemplateError(
                f"{name}, line {choice.line_no}: unknown slot {{{unknown[0]}}}; "
                f"known slots: {', '.join(sorted(values))}"
            )
        if all(values[slot] for slot in slots):
            return SLOT.sub(lambda match: values[match.group(1)], option)
    return ""
