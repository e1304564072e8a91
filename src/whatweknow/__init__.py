"""whatweknow: a sourced ledger of who claims what in the news.

The chain, one call per stage:

    from whatweknow import read, clean, extract, Store
    for article in read(["examples/north-korean-troops.txt"]):
        document = clean(article)
        extraction = extract(document)
        with Store("news.db") as store:
            store.add(extraction)

or all at once: `run(read(inputs))` yields the extractions, and `ingest_into(store,
read(inputs))` stores them and links copies, as `wwk ingest` does.
"""

__version__ = "0.1.0"

import sys
from importlib import import_module
from types import ModuleType
from typing import Any

# Where each public name lives. They load on first use, so `wwk brief` or the web server
# never import spaCy, and `import whatweknow` stays cheap.
_HOMES = {
    "clean": ".clean",
    "clean_text": ".clean",
    "DecodeError": ".errors",
    "FetchError": ".errors",
    "IngestError": ".errors",
    "ModelError": ".errors",
    "SettingsError": ".errors",
    "StoreError": ".errors",
    "WhatWeKnowError": ".errors",
    "extract": ".extract",
    "extract_many": ".extract",
    "read": ".ingest",
    "Article": ".model",
    "Document": ".model",
    "Entity": ".model",
    "Extraction": ".model",
    "Failure": ".model",
    "OffsetMap": ".model",
    "Span": ".model",
    "load_nlp": ".nlp",
    "Duplicate": ".pipeline",
    "run": ".pipeline",
    "ingest_into": ".pipeline",
    "extraction_schema": ".schema",
    "validate_extraction": ".schema",
    "load_settings": ".settings",
    "Store": ".store",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(import_module(_HOMES[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(ModuleType):
    """`whatweknow.extract` and `whatweknow.clean` are functions, though subpackages share
    their names: importing a subpackage must not rebind the name to the module."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and name in _HOMES:
            return  # the subpackage stays in sys.modules; the name keeps the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
    "ingest_into",
    "load_nlp",
    "load_settings",
    "read",
    "run",
    "validate_extraction",
]
