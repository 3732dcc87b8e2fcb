"""Make the checker's word-pair counts from SymSpell's English lists, once, by hand.

    python3 -m venv /tmp/symspell-env && /tmp/symspell-env/bin/pip install symspellpy==6.9.0
    /tmp/symspell-env/bin/python tools/make_bigrams.py

writes followup/lib/checker/data/bigrams_en.tsv: every counted pair of words one of which is a
word of data/confusion_sets.txt (`first second<TAB>count`), how often each word of those pairs
is written (`word<TAB>count`), and how many words were counted in all (a `#` line). The counts
come from SymSpell's frequency_dictionary_en_82_765.txt and
frequency_bigramdictionary_en_243_342.txt (pairs written at least 6.4 million times in Google
Books). symspellpy is a tool for this script only, not a dependency of Followup; its lists are
MIT-licensed (see data/NOTICE.bigrams).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "followup" / "lib" / "checker" / "data"
VERSION = "6.9.0"


def confusion_words() -> set[str]:
    lines = (DATA / "confusion_sets.txt").read_text(encoding="utf-8").splitlines()
    return {word for line in lines if not line.startswith("#") for word in line.split()}


def main() -> None:
    spec = find_spec("symspellpy")  # its lists only: importing it needs its own dependencies
    assert spec is not None and spec.origin is not None, "install symspellpy first"
    source = Path(spec.origin).parent
    words = confusion_words()
    pairs = []
    for line in (source / "frequency_bigramdictionary_en_243_342.txt").read_text().splitlines():
        first, second, count = line.split()
        if first in words or second in words:
            pairs.append((first, second, count))
    needed = words | {word for first, second, _ in pairs for word in (first, second)}
    unigrams, total = {}, 0
    for line in (source / "frequency_dictionary_en_82_765.txt").read_text().splitlines():
        word, count = line.split()
        total += int(count)
        if word in needed:
            unigrams[word] = count
    header = (
        f"# From symspellpy {VERSION} (MIT): see NOTICE.bigrams. Made by tools/make_bigrams.py.\n"
        f"# words written in all\t{total}"
    )
    rows = [f"{word}\t{count}" for word, count in sorted(unigrams.items())]
    rows += [f"{first} {second}\t{count}" for first, second, count in sorted(pairs)]
    (DATA / "bigrams_en.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(unigrams)} words, {len(pairs)} pairs, {total} words written")


if __name__ == "__main__":
    main()
