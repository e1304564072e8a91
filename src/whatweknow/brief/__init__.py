"""Renderers: one document's extraction, and the "What we know" brief over many."""

from .build import build, jsonable
from .extraction import extraction_markdown
from .html import brief_html
from .markdown import brief_markdown

__all__ = ["brief_html", "brief_markdown", "build", "extraction_markdown", "jsonable"]
