"""Settings: defaults shipped in the package, overlaid by a user TOML file.

settings = load_settings()                 # defaults, then $WWK_SETTINGS if set
settings = load_settings("mine.toml")      # defaults overlaid by mine.toml
settings["nlp"]["model"]
"""

from __future__ import annotations

import copy
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SettingsError

Settings = dict[str, dict[str, Any]]


@cache
def default_settings() -> Settings:
    text = resources.files("whatweknow").joinpath("data/settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    settings = copy.deepcopy(default_settings())
    path = path or os.environ.get("WWK_SETTINGS")
    if not path:
        return settings
    try:
        overlay = tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: settings file not found. Check the path.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path}: not valid TOML ({err}). Fix the file.") from None
    for section, values in overlay.items():
        if section not in settings or not isinstance(values, dict):
            known = ", ".join(sorted(settings))
            raise SettingsError(f"{path}: unknown section [{section}]; known: {known}.")
        for key, value in values.items():
            if key not in settings[section]:
                known = ", ".join(sorted(settings[section]))
                raise SettingsError(f"{path}: unknown key {section}.{key}; known: {known}.")
            _check_type(path, f"{section}.{key}", value, settings[section][key])
            settings[section][key] = value
    return settings


# What a setting must be, by the type of its default: an integer may stand for a float.
_KINDS: dict[type, tuple[tuple[type, ...], str]] = {
    bool: ((bool,), "true or false"),
    int: ((int,), "a whole number"),
    float: ((int, float), "a number"),
    str: ((str,), "a string in quotes"),
    dict: ((dict,), "a table"),
}


def _check_type(path: object, name: str, value: Any, default: Any) -> None:
    """A value of the wrong type is the settings file's fault, said once, not an error in
    every input that reads it."""
    kinds, described = _KINDS.get(type(default), ((type(default),), type(default).__name__))
    wrong = not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not wrong and number and default > 0 and value <= 0:
        raise SettingsError(f"{path}: {name} must be above 0 (got {value!r}). Fix the file.")
    if wrong:
        raise SettingsError(
            f"{path}: {name} must be {described} (got {value!r}, like the default "
            f"{default!r}). Fix the file."
        )
