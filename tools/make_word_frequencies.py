"""Make the checker's word-frequency lists from `wordfreq`, once, by hand.

    python3 -m venv /tmp/wordfreq-env && /tmp/wordfreq-env/bin/pip install wordfreq==3.1.1
    /tmp/wordfreq-env/bin/python tools/make_word_frequencies.py

writes followup/lib/checker/data/frequency_en.tsv and frequency_fr.tsv: the most frequent words
of each language, most frequent first, one line per frequency: `zipf×100<TAB>word word …` (Zipf 6
is once per thousand words, 3 once per million). One line per value keeps loading fast.
wordfreq is a tool for this script only, not a dependency of Followup; its data is
CC BY-SA 4.0 (see data/NOTICE.wordfreq).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordfreq

DATA = Path(__file__).resolve().parents[1] / "followup" / "lib" / "checker" / "data"
VERSION = "3.1.1"
SIZES = {"en": 80_000, "fr": 50_000}
# Words only: letters (any Latin script), with inner apostrophes or hyphens; no digits.
WORD_RE = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


def rows(language: str, size: int) -> list[str]:
    by_zipf: dict[int, list[str]] = {}
    count = 0
    for word in wordfreq.top_n_list(language, size * 2, wordlist="large"):
        word = word.replace("\u2019", "'")
        if not WORD_RE.fullmatch(word):
            continue
        zipf = round(wordfreq.zipf_frequency(word, language, wordlist="large") * 100)
        by_zipf.setdefault(zipf, []).append(word)
        count += 1
        if count == size:
            break
    return [f"{zipf}\t{' '.join(words)}" for zipf, words in sorted(by_zipf.items(), reverse=True)]


def main() -> None:
    for language, size in SIZES.items():
        header = (
            f"# The {size} most frequent {language} words (wordfreq {VERSION}, "
            "large list), one line per frequency: Zipf × 100, a tab, the words.\n"
            "# Made by tools/make_word_frequencies.py. Data: CC BY-SA 4.0, see NOTICE.wordfreq.\n"
        )
        path = DATA / f"frequency_{language}.tsv"
        path.write_text(header + "\n".join(rows(language, size)) + "\n", encoding="utf-8")
        print(f"wrote {path} ", file=sys.stderr)


if __name__ == "__main__":
    main()
