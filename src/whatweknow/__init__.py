"""whatweknow: a sourced ledger of who claims what in the news.

The chain, one call per stage:

    from whatweknow import read, clean, extract, Store
    for article in read(["examples/north-korean-troops.txt"]):
        document = clean(article)
        extraction = extract(document)
        with Store("news.db") as store:
            store.add(extraction)

or all at once with `run(read(inputs))`.
"""

__version__ = "0.1.0"

from .clean import clean, clean_text
from .errors import (
    DecodeError,
    FetchError,
    IngestError,
    ModelError,
    SettingsError,
    StoreError,
    WhatWeKnowError,
)
from .extract import extract, extract_many
from .ingest import read
from .model import Article, Document, Entity, Extraction, Failure, OffsetMap, Span
from .nlp import load_nlp
from .pipeline import Duplicate, run
from .schema import extraction_schema, validate_extraction
from .settings import load_settings
from .store import Store

__all__ = [
    "Article",
    "DecodeError",
    "Document",
    "Duplicate",
    "Entity",
    "Extraction",
    "Failure",
    "FetchError",
    "IngestError",
    "ModelError",
    "OffsetMap",
    "SettingsError",
    "Span",
    "Store",
    "StoreError",
    "WhatWeKnowError",
    "__version__",
    "clean",
    "clean_text",
    "extract",
    "extract_many",
    "extraction_schema",
    "load_nlp",
    "load_settings",
    "read",
    "run",
    "validate_extraction",
]
