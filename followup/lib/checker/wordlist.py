"""Every word form the en_CA Hunspell dictionary accepts, as one sorted file (data/en_CA.words),
so that checking a word needs neither Hunspell nor a set of 120,000 words built in memory:
the file is read as one string (about a millisecond) and searched in place by bisection.

The list is made from en_CA.dic and en_CA.aff by `expand()` (run tools/make_word_list.py after
changing either); tests check that it is up to date and that it agrees with Hunspell. It answers
for words written in lower case or with a capital first letter only, the way Hunspell does:
"monday" is not in it, "Monday" is, and "Hello" is right because "hello" is. Compound numbers
("21st") are left to Hunspell."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

# Rule flags of en_CA.aff this expansion does not model: words carrying them are left out.
_ONLY_IN_COMPOUNDS = "c"

_Rule = tuple[str, str, re.Pattern[str] | None]  # what to strip, what to add, the condition
_Rules = dict[str, tuple[str, bool, list[_Rule]]]  # flag → (PFX or SFX, combinable, rules)


class SortedWords:
    """A file of words, one a line, sorted by code point; `word in words` bisects the file's
    bytes in place (UTF-8 sorts as the code points it encodes): nothing is decoded or copied."""

    def __init__(self, path: Path) -> None:
        self._text = path.read_bytes()
        self._start = self._text.index(b"\n", self._text.index(b"\n# end of header")) + 1

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        key = word.encode(errors="surrogatepass")
        text = self._text
        low, high = self._start, len(text)  # both always the start of a line (or the end)
        while low < high:
            start = text.rfind(b"\n", low, (low + high) // 2) + 1 or low
            end = text.index(b"\n", start)
            line = text[start:end]
            if line == key:
                return True
            if line < key:
                low = end + 1
            else:
                high = start
        return False


def _affix_rules(aff: str) -> _Rules:
    """The prefix (PFX) and suffix (SFX) rules of an .aff file, by flag."""
    rules: _Rules = {}
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if flag not in rules:
            rules[flag] = (kind, parts[2] == "Y", [])
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        condition = parts[4] if len(parts) > 4 else "."
        regex = None
        if condition != ".":
            regex = re.compile("^" + condition if kind == "PFX" else condition + "$")
        rules[flag][2].append((strip, add, regex))
    return rules


def _forms(word: str, flags: str, rules: _Rules) -> Iterator[str]:
    """`word` and every form its affix flags make, prefixes combined with suffixes."""
    yield word
    suffixed: list[str] = []
    for flag in flags:
        kind, combinable, entries = rules.get(flag, ("", False, []))
        if kind != "SFX":
            continue
        for strip, add, regex in entries:
            if (regex is None or regex.search(word)) and word.endswith(strip):
                form = word[: len(word) - len(strip)] + add
                yield form
                if combinable:
                    suffixed.append(form)
    for flag in flags:
        kind, combinable, entries = rules.get(flag, ("", False, []))
        if kind != "PFX":
            continue
        for strip, add, regex in entries:
            if (regex is None or regex.search(word)) and word.startswith(strip):
                yield add + word[len(strip) :]
                for form in suffixed if combinable else ():
                    if form.startswith(strip):
                        yield add + form[len(strip) :]


def expand(dic: str, aff: str) -> list[str]:
    """Every form the dictionary `dic` with affix file `aff` accepts as written, sorted."""
    rules = _affix_rules(aff)
    found: set[str] = set()
    for line in dic.splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        if word and _ONLY_IN_COMPOUNDS not in flags:
            found.update(_forms(word, flags, rules))
    return sorted(found)


def file_text(words: Iterable[str], header: str) -> str:
    """The word list file: comment lines, an end-of-header line, then one word a line."""
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    return comments + "# end of header\n" + "".join(f"{word}\n" for word in words)
