"""What the log says about an error: its type and where, never its message."""

from __future__ import annotations

import json

import pytest

from bot.logsafe import describe
from storage.crypto import EncryptedJSON, keyring

PERSONAL = "Mijn naam is Fatima en mijn nummer is 0612345678"


def test_an_error_is_described_by_type_and_our_place_only() -> None:
    token = keyring.encrypt(PERSONAL)  # not JSON: reading it fails deep inside json
    with pytest.raises(ValueError) as failed:
        EncryptedJSON().process_result_value(token, None)
    described = describe(failed.value)
    assert described.startswith("JSONDecodeError at storage.crypto:"), described
    assert "(raised in json.decoder:" in described
    assert "Fatima" not in described and "0612345678" not in described


def test_outside_our_code_the_innermost_place_is_named() -> None:
    with pytest.raises(ValueError) as failed:
        json.loads(PERSONAL)
    assert describe(failed.value).startswith("JSONDecodeError at json.decoder:")


def test_an_error_that_was_never_raised_has_only_its_type() -> None:
    assert describe(KeyError("Fatima")) == "KeyError"
