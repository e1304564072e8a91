"""Bytes to text: binary detection, encodings, and what kind of document the bytes hold."""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

from ..errors import DecodeError, IngestError

_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")


def gunzip(data: bytes, origin: str, max_bytes: int) -> bytes:
    """`data` unpacked if it is gzipped, reading at most `max_bytes`: a small file that unpacks
    to gigabytes (a gzip bomb) stops at the limit instead of filling the memory."""
    if not is_gzip(data):
        return data
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        return read_unpacked(stream, origin, max_bytes)


def read_unpacked(stream: gzip.GzipFile, origin: str, max_bytes: int) -> bytes:
    """At most `max_bytes` from a gzip stream; an error past the limit or on a broken file."""
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise DecodeError(
            f"{origin}: a broken gzip file ({err}). Re-download or unpack it."
        ) from None
    if len(data) > max_bytes:
        raise IngestError(
            f"{origin}: over the {max_bytes / 1e6:g} MB limit for one document once unpacked. "
            "Split it (a gzipped JSONL streams any size), or raise ingest.max_document_bytes."
        )
    return data


def _wide(encoding: str | None) -> bool:
    """UTF-16 and UTF-32: text in them is full of NUL bytes."""
    try:
        name = codecs.lookup(encoding).name if encoding else ""
    except LookupError:
        return False
    return name.startswith(("utf-16", "utf-32"))


def check_not_binary(data: bytes, origin: str, encoding: str | None = None) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(
                f"{origin}: not text or HTML (looks like {kind}). "
                "Convert it to text first, or leave it out."
            )
    head = data[:8192]
    if _wide(encoding):
        return  # NUL bytes are half of UTF-16; the decoded text is checked instead
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeError(
            f"{origin}: not text or HTML (binary data, NUL bytes). "
            "Convert it to text first, or leave it out."
        )


def decode(
    data: bytes, origin: str, encoding: str | None = None, declared: str | None = None
) -> str:
    """Decode bytes as text: an explicit encoding, a BOM, UTF-8, then a declared charset.

    We never guess an undeclared encoding: a wrong guess corrupts names silently.
    """
    check_not_binary(data, origin, encoding)
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise DecodeError(
                f"{origin}: unknown encoding {encoding!r}. Pass a valid --encoding."
            ) from None
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"{origin}: not valid {encoding} (byte {err.start}). Pass the right --encoding."
            ) from None
        if "\x00" in text[:8192]:
            raise DecodeError(
                f"{origin}: not text in {encoding} (NUL characters). "
                "Pass the right --encoding, or leave it out."
            )
        return text
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    declared = declared or _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    raise DecodeError(
        f"{origin}: not UTF-8 (byte {utf8_error.start}) and no charset declared. "
        "Pass --encoding, e.g. --encoding latin-1."
    )


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        match = re.search(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""", data[:512])
    return match.group(1).decode("ascii") if match else None


def sniff(data: bytes, name: str = "") -> str:
    """The kind of document in `data`: html, feed, jsonl or text."""
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"  # a .json document too, whatever it opens on ("[]", "[[…")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lower.endswith((".rss", ".atom")) or (
        (head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"))
        and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)
    ):
        return "feed"
    if lower.endswith((".html", ".htm", ".xhtml")) or head.startswith(
        (b"<!doctype html", b"<html")
    ):
        return "html"
    if head.startswith(b"<") and (
        b"<body" in head or b"<head" in head or b"<div" in head or b"<p>" in head
    ):
        return "html"
    if head.startswith(b"{") or (head.startswith(b"[") and head[1:].lstrip().startswith(b"{")):
        return "jsonl"  # a list of article objects too, as `jsonl` reads a laid-out document
    return "text"
