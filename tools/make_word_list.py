"""Make data/en_CA.words, every word form the en_CA dictionary accepts, sorted, after a change
to en_CA.dic or en_CA.aff:

    .venv/bin/python tools/make_word_list.py

The checker reads this list instead of starting Hunspell (see followup/lib/checker/wordlist.py);
a test fails while it is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup.lib.checker.wordlist import expand, file_text  # noqa: E402

DATA = ROOT / "followup" / "lib" / "checker" / "data"
HEADER = (
    "Every word form en_CA.dic and en_CA.aff accept as written (affixes applied), one a line,\n"
    "sorted by code point. Made by tools/make_word_list.py; licence: that of the dictionary\n"
    "(see NOTICE and LICENSE.en_CA)."
)


def main() -> None:
    words = expand(
        (DATA / "en_CA.dic").read_text(encoding="utf-8"),
        (DATA / "en_CA.aff").read_text(encoding="utf-8"),
    )
    path = DATA / "en_CA.words"
    path.write_text(file_text(words, HEADER), encoding="utf-8")
    print(f"wrote {path}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
