"""Derive the nouns news writers describe one person by, from PolNeAR train (kept in
`lexicon.PERSON_NOUNS`).

A noun is a person noun when the corpus writes it, in lower case, as the title right before a
person's name ("real estate mogul Donald Trump", "GOP front-runner Ted Cruz") or in apposition
to one ("Kellyanne Conway, the campaign manager"; "the lawyer, Mark Sheridan"), at least
MIN_TIMES times in MIN_ARTICLES articles; or beside a name at least once and, as the last
word of a definite source the annotators marked ("the real estate mogul said"), at least
MIN_SOURCES times. A noun the corpus follows with "which" or "that" more often than with
"who" ("the organization, which", "a week that", "hopeful that") names things, not people, and
is left out. A title the corpus writes only capitalised before a name ("Justice Antonin
Scalia", "Chief Justice Roberts") is never counted here, so `lexicon.ROLE_NOUNS` keeps it
("justice", beside "judge"). Run by hand:

    .venv/bin/python evaluation/person_nouns.py ../shared/data/polnear/train
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from whatweknow.extract.attribution.descriptions import nouns_beside_names
from whatweknow.nlp import load_nlp, parse

MIN_TIMES = 3
# What the counts take beside a name that names no person: a unit after a poll figure ("Trump,
# 40 percent"), a document ("a summary, the memo"), the head of "think tank", the split prefix
# of "co-chairman". Read off the derived list, not off any story.
NOT_PEOPLE = frozenset("percent summary tank co".split())
MIN_ARTICLES = 2
MIN_SOURCES = 2
# "the real estate mogul", "The former secretary of state": a definite source, last word kept
_DEFINITE_SOURCE = re.compile(r"^[Tt]he (?:[\w.’'-]+ )*([a-z][a-z-]*[a-z])$")


def definite_sources(folder: Path) -> Counter[str]:
    """The last word of each definite source span in the annotations (first annotator)."""
    found: Counter[str] = Counter()
    seen: set[str] = set()
    for path in sorted((folder / "attributions").glob("*.ann")):
        article = path.stem.rsplit("_", 1)[0]
        if article in seen:
            continue
        seen.add(article)
        for line in path.read_text().splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].startswith("Source "):
                match = _DEFINITE_SOURCE.match(parts[2].strip())
                if match:
                    found[match.group(1)] += 1
    return found


def a_person(noun: str, text: str) -> bool:
    """The corpus's `text` (folded) follows `noun` with "who" at least as often as with "which"
    or "that"."""
    word = re.escape(noun)
    who = len(re.findall(rf"\b{word},? who\b", text))
    which = len(re.findall(rf"\b{word},? (?:which|that)\b", text))
    return who >= which


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="e.g. ../shared/data/polnear/train")
    args = parser.parse_args()
    texts = sorted((args.folder / "text").glob("*.txt"))
    times: Counter[str] = Counter()
    articles: defaultdict[str, set[str]] = defaultdict(set)
    nlp = load_nlp()
    for path, doc in zip(texts, parse(nlp, (p.read_text() for p in texts)), strict=True):
        for noun in nouns_beside_names(doc):
            times[noun] += 1
            articles[noun].add(path.stem)
    sources = definite_sources(args.folder)
    folded = " ".join(p.read_text() for p in texts).lower()
    kept = sorted(
        n
        for n, c in times.items()
        if ((c >= MIN_TIMES and len(articles[n]) >= MIN_ARTICLES) or sources[n] >= MIN_SOURCES)
        and a_person(n, folded)
        and n not in NOT_PEOPLE
    )
    print(len(kept), "nouns")
    print(" ".join(kept))


if __name__ == "__main__":
    main()
