"""A small HTML reader for what a screen reader needs and a browser forgives: one main heading,
a label for each form control, and ids used once."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.h1 = 0
        self.ids: Counter[str] = Counter()
        self.label_for: set[str] = set()
        self.controls: list[tuple[str, dict[str, str], bool]] = []  # tag, attrs, inside a label
        self.label_depth = 0
        self.template_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "template":
            self.template_depth += 1
        if self.template_depth:
            return  # inert until a script clones it
        if "id" in values:
            self.ids[values["id"]] += 1
        if tag == "h1":
            self.h1 += 1
        elif tag == "label":
            self.label_depth += 1
            if values.get("for"):
                self.label_for.add(values["for"])
        elif tag in ("select", "textarea") or (
            tag == "input" and values.get("type", "text") not in UNLABELLED_TYPES
        ):
            self.controls.append((tag, values, self.label_depth > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self.template_depth -= 1
        elif tag == "label" and not self.template_depth:
            self.label_depth = max(0, self.label_depth - 1)


def problems(html: str) -> list[str]:
    """What is wrong with the page, in words; empty when nothing is."""
    reader = PageReader()
    reader.feed(html)
    found = []
    if reader.h1 != 1:
        found.append(f"{reader.h1} <h1> headings")
    found += [f'id="{name}" used {n} times' for name, n in reader.ids.items() if n > 1]
    for tag, attrs, wrapped in reader.controls:
        labelled = (
            wrapped
            or attrs.get("id", "") in reader.label_for
            or attrs.get("aria-label")
            or attrs.get("aria-labelledby")
        )
        if not labelled:
            found.append(f"<{tag} name={attrs.get('name')!r}> has no label")
    return found
