"""The JSON Schema of `wwk extract` output, shipped in the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def extraction_schema() -> dict[str, Any]:
    text = resources.files("whatweknow").joinpath("data/extraction.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validate_extraction(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `record` breaks the contract."""
    import jsonschema

    jsonschema.validate(record, extraction_schema())
