"""Which sentences of a message may carry text from private notes, so that a reader who was not
given the notes (a counsellor without "share my notes") sees the message without them.

Drafts do not copy notes word for word: they take a note's first sentence, drop its lead-in
("I forgot to mention"), change its case and turn verbs around ("showed" → "showing"). So the
test is deliberately wide rather than an exact match: a sentence is held back when it shares a
word with a private note — any word but the short, common words every sentence has and the
words the reader already sees elsewhere (the person's name, the employer, the role, the
wording every draft template has). Word forms
are compared by their first five letters, so "scheduling" matches "schedule" and "stopped"
matches "stopping". When in doubt a sentence is hidden: a counsellor missing a sentence is
better than a client's private note reaching them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+")
# a sentence ends at . ! ? or … followed by a space (not inside "zoe@example.org") or the line's end
_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+(?=\s|$)|$)")
_STEM = 5
_SLOT = re.compile(r"\{[^}]*\}")

# Words every sentence may have (English function words, and the words that introduce a note),
# which alone say nothing of what the note was about.
_COMMON = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "among",
        "another",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "came",
        "come",
        "could",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "from",
        "further",
        "have",
        "having",
        "here",
        "hers",
        "herself",
        "himself",
        "into",
        "itself",
        "just",
        "many",
        "more",
        "most",
        "much",
        "must",
        "myself",
        "never",
        "once",
        "only",
        "other",
        "ours",
        "ourselves",
        "over",
        "same",
        "shall",
        "should",
        "some",
        "such",
        "than",
        "that",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "till",
        "under",
        "until",
        "upon",
        "very",
        "want",
        "wanted",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "whom",
        "whose",
        "will",
        "with",
        "within",
        "without",
        "would",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "back",
        "well",
        "went",
        "told",
        "talk",
        "talked",
        "talking",
        "said",
        "says",
        "mention",
        "mentioned",
        "forgot",
        "forget",
        "note",
        "notes",
        "discussed",
        "discuss",
        "asked",
        "thing",
        "things",
        "really",
        "quite",
        "make",
        "made",
        "like",
    ]
)


@dataclass(frozen=True)
class Sentence:
    text: str
    private: bool  # may carry text from a private note


def note_words(notes: Iterable[str], known: Iterable[str] = ()) -> frozenset[str]:
    """The distinctive words of `notes` (lower case, by their stem), less any `known` to the
    reader already (names, the employer, the role)."""
    seen = frozenset(_stem(word) for text in known for word in _words(text))
    return frozenset(
        _stem(word)
        for text in notes
        for word in _words(text)
        if len(word) >= 4 and word not in _COMMON and not _matches(word, seen)
    )


def sentences(text: str, private_words: frozenset[str]) -> list[list[Sentence]]:
    """`text` as paragraphs (its lines) of sentences, each marked private when it shares a word
    with the private notes."""
    paragraphs = []
    for line in text.splitlines():
        parts = [m.group() for m in _SENTENCE.finditer(line) if m.group().strip()]
        paragraphs.append(
            [Sentence(part.strip(), _shares_a_word(part, private_words)) for part in parts]
        )
    return paragraphs


def has_private_text(text: str, private_words: frozenset[str]) -> bool:
    return _shares_a_word(text, private_words)


def _shares_a_word(text: str, private_words: frozenset[str]) -> bool:
    return any(_matches(word, private_words) for word in _words(text) if len(word) >= 4)


def _matches(word: str, stems: frozenset[str]) -> bool:
    """`word` and a note's word have the same stem, or one is a four-letter word the other
    starts with ("demo" and "demos", "team" and "teams")."""
    if _stem(word) in stems or word[:4] in stems:
        return True
    return len(word) == 4 and any(stem.startswith(word) for stem in stems)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _stem(word: str) -> str:
    return word[:_STEM]


def template_wording(folder: Path) -> str:
    """The fixed wording of the draft templates in `folder` (slots and comments left out): a
    word a template always brings says nothing about the client's notes."""
    lines = (
        line
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    )
    return " ".join(_SLOT.sub(" ", line) for line in lines)
