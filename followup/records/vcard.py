"""People as vCard 3.0 (RFC 2426), without Django: escaped values, UTF-8, lines folded at 75
octets without splitting a character, CRLF line ends."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

FOLD_AT = 75


@dataclass(frozen=True)
class Card:
    name: str
    organisation: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    note: str = ""


def escape(value: str) -> str:
    """Backslash, comma, semicolon and line breaks escaped as RFC 2426 asks."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    for plain, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text


def fold(line: str) -> str:
    """Split a long line into 75-octet pieces, each continuation starting with a space."""
    pieces: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = FOLD_AT if not pieces else FOLD_AT - 1
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def structured_name(name: str) -> str:
    """N: family;given;additional;prefixes;suffixes. The last word is taken as the family name:
    right for most names in the records, and only a sorting hint in address books."""
    words = name.split()
    if len(words) < 2:
        return f";{escape(name.strip())};;;"
    return f"{escape(words[-1])};{escape(' '.join(words[:-1]))};;;"


def card(person: Card) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{escape(person.name)}",
        f"N:{structured_name(person.name)}",
    ]
    for key, value in (
        ("ORG", person.organisation),
        ("TITLE", person.title),
        ("EMAIL;TYPE=INTERNET", person.email),
        ("TEL;TYPE=VOICE", person.phone),
    ):
        if value.strip():
            lines.append(f"{key}:{escape(value)}")
    if person.url.strip():
        # A URI is not text: its commas and semicolons stay as they are.
        lines.append("URL:" + "".join(person.url.split()))
    if person.note.strip():
        lines.append(f"NOTE:{escape(person.note)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def cards(people: Iterable[Card]) -> str:
    return "".join(card(person) for person in people)
