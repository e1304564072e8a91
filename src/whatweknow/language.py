"""The language of an article: whatweknow reads English only (the model and every rule are
English), so an article in another language is refused with a clear Failure, not stored as
nonsense ("Millionen Euro" as a person, "500" for 500 million).

    detected = detect(document.text, declared=document.locale)   # Detected("de", 1.0, "text")
    failure = language_failure(document, settings)                # Failure | None

The text decides (py3langid, a naive Bayes model over byte n-grams shipped in its wheel): on
the 119 real pages of shared/data/html it finds the 11 pages not in English, and it is right on
the 3 whose page declares the wrong language (two English pages declare `de`, a German page
`en`). The page's declared language (`Document.locale`) counts only where the text is too short
to say.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import SettingsError
from .model import Document, Failure
from .settings import Settings, load_settings

__all__ = ["Detected", "detect", "language_failure", "language_name"]

SUPPORTED = "en"
# The text is not in English when the model gives English a probability below this. Tuned on
# what we have: the English texts (924 PolNeAR and 216 BASIL articles, 108 English pages, 297
# NewsQuant sentences) get at least 0.018 (a 21-character sentence, "a 352 μm pixel pitch."),
# articles at least 0.71; the 11 pages in other languages get at most 2e-12, and 60-character
# snippets of German and French news 1e-4.
MAX_ENGLISH = 0.001
# The first characters are enough: a full article is no more certain, only slower.
SAMPLE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Detected:
    code: str  # ISO 639 code: "en", "de"
    probability: float  # the model's for that language
    basis: str  # text | declared

    @property
    def name(self) -> str:
        return language_name(self.code)


def detect(text: str, declared: str | None = None) -> Detected:
    """The language of `text`. English unless the text rules it out; a page's declared
    language (`declared`, "de-DE") counts where the text leans the same way but too short to
    rule English out."""
    ranked = _identifier().rank(text[:SAMPLE_CHARS])
    top, probability = ranked[0]
    english = next((p for code, p in ranked if code == SUPPORTED), 0.0)
    if english < MAX_ENGLISH:
        return Detected(top, probability, "text")
    if declared and top != SUPPORTED and declared.replace("_", "-").split("-")[0].lower() == top:
        return Detected(top, probability, "declared")
    return Detected(SUPPORTED, english, "text")


def language_failure(document: Document, settings: Settings | None = None) -> Failure | None:
    """A Failure naming the language and the override when `document` is not in English;
    None when it is, or when settings force English (`--language en`)."""
    setting = (settings or load_settings())["ingest"]["language"]
    if setting == SUPPORTED:
        return None
    if setting != "auto":
        raise SettingsError(
            f"ingest.language is {setting!r}; it must be 'auto' (detect each article's "
            "language) or 'en' (treat every article as English)."
        )
    detected = detect(document.text, document.locale)
    if detected.code == SUPPORTED:
        return None
    how = "detected" if detected.basis == "text" else "as declared, and the text agrees"
    return Failure(
        document.origin,
        "language",
        f"{document.origin}: written in {detected.name} ({detected.code}, {how}), not English; "
        "whatweknow reads English only, so nothing was extracted. "
        "If it is in English, pass --language en.",
    )


def language_name(code: str) -> str:
    """The English name of a language code ("de" -> "German"); the code when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale(code).get_language_name("en")
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return name or code


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once per process (about 0.2 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
