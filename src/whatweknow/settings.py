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
            settings[section][key] = value
    return settings
