"""Make followup/lib/checker/data/genders_fr.txt: the gender and number of the French nouns,
adjectives and past participles among the 50,000 most frequent French words
(frequency_fr.tsv), from the morphology of Debian's hunspell-fr-comprehensive 7.0 dictionary
(Dicollecte/Grammalecte, MPL-2.0), whose fr.dic tags each entry "po:nom is:fem".

Run: python make_french_genders.py DIR_WITH_fr.aff_AND_fr.dic > genders_fr.txt"""

import sys
from pathlib import Path

import hunspell

ROOT = Path(__file__).resolve().parents[1]
FREQ = ROOT / "followup/lib/checker/data/frequency_fr.tsv"


def tags(analyses):
    out = set()
    for reading in analyses:
        parts = reading.split()
        po = {p[3:] for p in parts if p.startswith("po:")}
        is_ = {p[3:] for p in parts if p.startswith("is:")}
        gender = "m" if "mas" in is_ else "f" if "fem" in is_ else "e" if "epi" in is_ else "?"
        number = "s" if "sg" in is_ else "p" if "pl" in is_ else "i" if "inv" in is_ else "?"
        if "nom" in po:
            out.add("N" + gender + number)
        if "ppas" in po:
            out.add("P" + gender + number)
        elif "adj" in po:
            out.add("A" + gender + number)
    return out


def main():
    h = hunspell.Hunspell("fr", hunspell_data_dir=sys.argv[1])
    words = []
    for line in FREQ.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        words += line.split("\t", 1)[1].split()
    print("# French nouns (N), adjectives (A) and past participles (P) by gender (m, f, e for")
    print("# both) and number (s, p, i for both): a line holds the readings, a tab, the forms")
    print("# that have exactly those readings. Forms of no known gender are left out.")
    print("# Made by tools/make_french_genders.py from the morphology of Debian's")
    print("# hunspell-fr-comprehensive 1:7.0-1 (Dicollecte, Olivier R., MPL-2.0; see NOTICE), for")
    print("# the words of frequency_fr.tsv.")
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if not word.replace("-", "").isalpha() or word[:1].isupper():
            continue
        found = {t for t in tags(h.analyze(word)) if "?" not in t}
        if any(t[1] in "mf" for t in found):
            groups.setdefault(" ".join(sorted(found)), []).append(word)
    for key in sorted(groups):
        print(key + "\t" + " ".join(groups[key]))


main()
