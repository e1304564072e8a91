"""One exception tree for the whole package.

    WhatWeKnowError
    ├── SettingsError      a settings file that cannot be read or has unknown keys
    ├── ModelError         the spaCy model is missing or cannot be loaded
    ├── IngestError        an input that cannot become a document
    │   ├── FetchError     a URL that cannot be fetched (timeout, HTTP error, too large)
    │   └── DecodeError    bytes that are not text we can read (binary, wrong encoding)
    └── StoreError         a database that cannot be opened or written

Library code raises these; only the CLI turns them into messages and exit codes. Every
message names the input and the fix.
"""

from __future__ import annotations


class WhatWeKnowError(Exception):
    """Base class of every error this package raises on purpose."""


class SettingsError(WhatWeKnowError):
    """A settings file is unreadable or holds a key we do not know."""


class ModelError(WhatWeKnowError):
    """The spaCy model is not installed or cannot be loaded."""


class IngestError(WhatWeKnowError):
    """An input cannot be turned into a document."""


class FetchError(IngestError):
    """A URL cannot be fetched."""


class DecodeError(IngestError):
    """Bytes that are not readable text: binary data or an undeclared encoding."""


class StoreError(WhatWeKnowError):
    """The document store cannot be opened, migrated or written."""
