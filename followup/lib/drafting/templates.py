"""The draft template format: reading a template file and filling it with slot values.

The format is described for counsellors in `followup/lib/drafts/README.md`. In short:
`#` lines are notes to the editor; `{slot}` is replaced by its value; a line that uses an
empty slot is left out; an `or:` line stands in for the line(s) above it when they were left
out; a `vary:` line is another wording of the line above it, picked per person so that two
people met at the same interview get different notes; lines next to each other form one
paragraph; a first paragraph starting with `Subject:` is the subject line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SLOT = re.compile(r"\{([^{}]*)\}")
OR_PREFIX = "or:"
VARY_PREFIX = "vary:"
SUBJECT_PREFIX = "subject:"


class TemplateError(ValueError):
    """A template file cannot be used as it is written (names the file and line)."""


@dataclass(frozen=True)
class Choice:
    """One line of a template and the `or:` lines that may stand in for it, first to last;
    `variants` holds further wordings (`vary:` lines, each with its own `or:` lines)."""

    options: tuple[str, ...]
    line_no: int
    variants: tuple[tuple[str, ...], ...] = ()

    @property
    def chains(self) -> tuple[tuple[str, ...], ...]:
        return (self.options, *self.variants)

    def extended(self, option: str) -> Choice:
        """This choice with `option` as the last wording's next fallback."""
        if self.variants:
            last = (*self.variants[-1], option)
            return Choice(self.options, self.line_no, (*self.variants[:-1], last))
        return Choice((*self.options, option), self.line_no)


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
        slot
        for choice in choices
        for chain in choice.chains
        for option in chain
        for slot in SLOT.findall(option)
    }


def render_subject(template: Template, values: Mapping[str, str], pick: int = 0) -> str:
    return " ".join(_render_choices(template.subject, values, template.name, pick))


def render_paragraphs(template: Template, values: Mapping[str, str], pick: int = 0) -> list[str]:
    """The filled paragraphs; `pick` chooses among a line's `vary:` wordings (any number)."""
    paragraphs = (_render_choices(p, values, template.name, pick) for p in template.paragraphs)
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
            current[-1] = current[-1].extended(line[len(OR_PREFIX) :].strip())
        elif line.lower().startswith(VARY_PREFIX):
            if not current:
                raise TemplateError(f"{name}, line {line_no}: a 'vary:' line needs a line above")
            previous = current[-1]
            variant = (line[len(VARY_PREFIX) :].strip(),)
            current[-1] = Choice(previous.options, previous.line_no, (*previous.variants, variant))
        else:
            current.append(Choice((line,), line_no))
    if current:
        blocks.append(tuple(current))
    return blocks


def _strip_subject(choice: Choice, name: str) -> Choice:
    first = choice.options[0]
    if not first.lower().startswith(SUBJECT_PREFIX):
        raise TemplateError(f"{name}, line {choice.line_no}: the subject must be one line")
    options = (first[len(SUBJECT_PREFIX) :].strip(), *choice.options[1:])
    return Choice(options, choice.line_no, choice.variants)


def _render_choices(
    choices: tuple[Choice, ...], values: Mapping[str, str], name: str, pick: int
) -> list[str]:
    lines = (_chosen(choice, values, name, pick) for choice in choices)
    return [line for line in lines if line]


def _chosen(choice: Choice, values: Mapping[str, str], name: str, pick: int) -> str:
    """The picked wording of a line, filled; when it cannot be filled, the others in order."""
    chains = choice.chains
    first = pick % len(chains)
    for chain in (*chains[first:], *chains[:first]):
        line = _first_fillable(chain, values, name, choice.line_no)
        if line:
            return line
    return ""


def _first_fillable(
    options: tuple[str, ...], values: Mapping[str, str], name: str, line_no: int
) -> str:
    for option in options:
        slots = SLOT.findall(option)
        unknown = [slot for slot in slots if slot not in values]
        if unknown:
            raise TemplateError(
                f"{name}, line {line_no}: unknown slot {{{unknown[0]}}}; "
                f"known slots: {', '.join(sorted(values))}"
            )
        if all(values[slot] for slot in slots):
            return SLOT.sub(lambda match: values[match.group(1)], option)
    return ""
