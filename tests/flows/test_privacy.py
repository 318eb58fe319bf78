"""flows.privacy: what a resident is shown and given about their own data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flows.privacy import FORGET_ME, StoredData, StoredRequest, export, kept_until, overview
from flows.render import Lines, Text
from flows.retention import RetentionRules

RULES = RetentionRules(finished_requests=timedelta(days=100))
MOMENT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _request(status: str, accepted: tuple[str, ...] = ()) -> StoredRequest:
    return StoredRequest(
        id=7,
        status=status,
        gemeente="Lisse",
        question="Ik heb schulden",
        levensgebieden=("geld",),
        persona="kay",
        contact_method="phone",
        contact_value="+31612345678",
        introduced_to=("Anna", "Bert"),
        accepted_by=accepted,
        created_at=MOMENT,
        updated_at=MOMENT,
    )


def _keys(item) -> list[str]:
    """Every catalog key in a Text tree."""
    if isinstance(item, Lines):
        return [key for part in item.items for key in _keys(part)]
    if isinstance(item, Text):
        return [item.key, *(k for value in item.params.values() for k in _keys(value))]
    return []


def test_nothing_stored_is_said_kindly_and_offers_no_file() -> None:
    say = overview(StoredData(None, None, None, (), None), RULES)
    assert _keys(say.text) == ["mydata.nothing"] and not say.buttons


def test_an_open_request_is_kept_while_open_a_finished_one_until_a_date() -> None:
    assert kept_until(_request("introduced"), RULES) is None
    assert kept_until(_request("closed"), RULES) == "09-02-2027"


def test_the_overview_names_who_sees_the_question_and_who_the_contact() -> None:
    data = StoredData(MOMENT, "2026-11-23", "nl", (_request("accepted", ("Anna",)),), None)
    say = overview(data, RULES)
    keys = _keys(say.text)
    assert "mydata.sees_all" in keys and "mydata.sees_question" in keys
    assert "mydata.until_open" in keys and "mydata.consent" in keys
    assert say.buttons[0][0].value == FORGET_ME


def test_the_file_holds_everything_shown() -> None:
    data = StoredData(MOMENT, "2026-11-23", "nl", (_request("closed", ("Anna",)),), None)
    [request] = export(data, RULES)["requests"]
    assert request["question"] == "Ik heb schulden" and request["contact"] == "+31612345678"
    assert request["seen_by"]["meedenkers_with_contact"] == ["Anna"]
    assert request["seen_by"]["meedenkers_question_only"] == ["Bert"]
    assert request["kept_until"] == "09-02-2027"
    assert export(data, RULES)["consent"]["version"] == "2026-11-23"


def test_answers_not_yet_sent_are_shown_and_given_too() -> None:
    draft = {"gemeente": "Lisse", "question": "Ik zoek werk"}
    data = StoredData(MOMENT, "2026-11-23", "nl", (), draft)
    assert "mydata.draft" in _keys(overview(data, RULES).text)
    assert export(data, RULES)["intake_not_sent"] == draft
