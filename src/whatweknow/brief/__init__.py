"""Renderers: records to Markdown (and, with the merge, briefs)."""

from .extraction import extraction_markdown

__all__ = ["extraction_markdown"]
