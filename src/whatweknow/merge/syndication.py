"""Wire copies and near-copies: one story printed by several outlets counts once.

A document is a copy of an earlier one when their word 5-gram shingles are near-identical
(MinHash, `datasketch`) or when one is contained in the other (a cut-down reprint keeps most of
its shingles inside the original). A wire credit in the metadata or the dateline ("(AP) —",
"Reuters") names the agency, which then stands as the source for independence.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # datasketch (and scipy under it) loads only when signatures are made
    from datasketch import MinHash

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only valid under it
SHINGLE = 5
# LSH finds candidates from Jaccard 0.3 (a reprint half the original's length is about 0.5);
# a candidate is a copy when one text's shingles lie at least 80% inside the other's.
CANDIDATE_THRESHOLD = 0.3
# The LSH bands x rows datasketch's MinHashLSH(threshold=0.3, num_perm=128) uses.
BANDS, ROWS = 37, 3
CONTAINMENT_THRESHOLD = 0.8
_WORD = re.compile(r"\w+")
WIRES = {
    "associated press": "Associated Press",
    "ap": "Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "yonhap": "Yonhap",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "ansa": "ANSA",
    "efe": "EFE",
    "pa media": "PA Media",
    "press association": "PA Media",
    "upi": "UPI",
}
_WIRE = re.compile(
    r"(?i)\b(" + "|".join(re.escape(w) for w in sorted(WIRES, key=len, reverse=True)) + r")\b"
)
_DATELINE = re.compile(
    r"(?i)^[A-Z .,'-]{0,40}\((AP|Reuters|AFP|dpa|Yonhap|Xinhua|Kyodo|UPI)\)\s*[-—–]"
)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    import numpy as np

    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def containment(a: set[bytes], b: set[bytes]) -> float:
    """How much of the smaller shingle set lies inside the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def wire_credit(metadata: dict[str, Any], text: str) -> str | None:
    """The news agency a document credits, from its byline, outlet or dateline."""
    for key in ("author", "outlet"):
        value = metadata.get(key) or ""
        match = _WIRE.search(value)
        if match and (key == "outlet" or len(value) < 60):
            return WIRES[match.group(1).lower()]
    dateline = _DATELINE.match(text[:200])
    if dateline:
        return WIRES[dateline.group(1).lower()]
    return None


def band_keys(blob: bytes) -> list[tuple[int, int]]:
    """(band, key) for each LSH band of a stored signature: the bands and rows datasketch's
    MinHashLSH picks for CANDIDATE_THRESHOLD and NUM_PERM, each band's hash values hashed to
    one signed 64-bit key. Two documents sharing any key are candidates."""
    width = ROWS * 8  # bytes of one band: ROWS uint64 hash values
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(blob[band * width : (band + 1) * width], digest_size=8).digest(),
                "big",
                signed=True,
            ),
        )
        for band in range(BANDS)
    ]


class Linker:
    """Links each new document to an earlier one it copies. The LSH index lives in the store
    (a table of band keys), so linking needs no memory that grows with the store."""

    def __init__(self, store: Any):
        self.store = store

    def link(self, document_id: str, text: str, published: str | None) -> dict[str, Any] | None:
        """Record the document's signature; if it copies an earlier document, link them."""
        blob = to_bytes(signature(text))
        candidates = sorted(self.store.candidates(band_keys(blob)) - {document_id})
        found = None
        if candidates:
            own = shingles(text)
            texts = self.store.texts(candidates)
            scored = sorted(
                ((containment(own, shingles(other)), cid) for cid, other in texts.items()),
                reverse=True,
            )
            if scored and scored[0][0] >= CONTAINMENT_THRESHOLD:
                score, other = scored[0]
                copy, original = document_id, other
                theirs = self.store.published([other]).get(other)
                if published and theirs and published < theirs:
                    copy, original = other, document_id  # the new one was printed first
                kind = "near-copy" if score >= 0.95 else "reprint"
                self.store.add_copy(copy, original, kind, round(score, 3))
                found = {"copy": copy, "original": original, "kind": kind, "similarity": score}
        self.store.add_signature(document_id, blob)
        return found


def groups(copies: dict[str, dict[str, Any]], document_ids: list[str]) -> dict[str, str]:
    """Document id -> the id of the original its copy chain leads to (itself if none)."""
    root: dict[str, str] = {}

    def find(node: str) -> str:
        seen = set()
        while node in copies and node not in seen:
            seen.add(node)
            node = copies[node]["original"]
        return node

    for document_id in document_ids:
        root[document_id] = find(document_id)
    return root
