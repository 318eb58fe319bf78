"""Checks a Bot API call against the official machine-readable spec."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

# Kept in the repository (see spec/README.md): the tests need nothing outside it.
SPEC_FILE = Path(__file__).resolve().parent / "spec" / "api.json"


class SpecError(ValueError):
    """The call does not fit the spec; the message is Telegram-like."""


@cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC_FILE.read_text(encoding="utf-8"))


def check_call(method: str, params: dict[str, Any]) -> None:
    """Raise SpecError unless `method` exists and `params` fit its fields."""
    methods = {name.lower(): m for name, m in spec()["methods"].items()}
    definition = methods.get(method.lower())
    if definition is None:
        raise SpecError(f"Not Found: method '{method}' does not exist")
    _check_fields(definition.get("fields", []), params, method)


def _check_fields(fields: list[dict], values: dict[str, Any], where: str) -> None:
    known = {f["name"]: f for f in fields}
    for name in values:
        if name not in known:
            raise SpecError(f"Bad Request: unknown parameter '{name}' in {where}")
    for field in fields:
        name = field["name"]
        if name not in values or values[name] is None:
            if field["required"]:
                raise SpecError(f"Bad Request: parameter '{name}' is required in {where}")
            continue
        if not any(_fits(values[name], t) for t in field["types"]):
            raise SpecError(
                f"Bad Request: parameter '{name}' in {where} must be {' or '.join(field['types'])}"
            )
        must_be = re.search(r"must be (\w+)$", field.get("description", ""))
        if must_be and field["types"] == ["String"] and values[name] != must_be.group(1):
            raise SpecError(f"Bad Request: '{name}' in {where} must be '{must_be.group(1)}'")


def _fits(value: Any, type_name: str) -> bool:
    if type_name.startswith("Array of "):
        return isinstance(value, list) and all(_fits(v, type_name[9:]) for v in value)
    if type_name == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "Float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name == "String":
        return isinstance(value, str)
    if type_name == "Boolean":
        return isinstance(value, bool)
    if type_name == "InputFile":
        return isinstance(value, str | bytes) or hasattr(value, "filename")
    definition = spec()["types"].get(type_name)
    if definition is None or not isinstance(value, dict):
        return False
    if "subtypes" in definition:
        return any(_fits(value, sub) for sub in definition["subtypes"])
    try:
        _check_fields(definition.get("fields", []), value, type_name)
    except SpecError:
        return False
    return True
