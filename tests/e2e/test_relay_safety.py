"""The safety net in a conversation between a resident and the coordinator through the
bot: each message is read together with the one before, as in the intake."""

from __future__ import annotations

from tests.e2e.journeys import leave_the_choice_to_the_coordinator, open_request, request_id_of

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True


def test_a_thought_split_over_two_relayed_messages_gets_crisis_help(bot, coordinator, new_user):
    resident = new_user()
    leave_the_choice_to_the_coordinator(resident)
    request_id = request_id_of(bot, resident)
    coordinator.skip_unread()
    coordinator.press("Zelf contact", open_request(coordinator, request_id))
    resident.expect("De coördinator wil je graag zelf spreken")
    coordinator.send("Hoe gaat het nu met je?")
    resident.expect("Hoe gaat het nu met je?")

    resident.send("eerlijk gezegd wil ik gewoon gaan slapen")
    coordinator.expect("gewoon gaan slapen")  # relayed, and on its own no danger
    resident.settle()
    assert not any("113" in m.plain for m in resident.messages)

    resident.send("en nooit meer wakker worden")
    crisis = resident.expect("113")
    assert "Veilig Thuis" in crisis.plain
    alert = coordinator.expect("SPOED", "zelfmoord")
    assert "gewoon gaan slapen" in alert.plain and "nooit meer wakker worden" in alert.plain

    resident.send("sorry, ik bedoel dat ik moe ben")  # the alarm is not raised twice
    coordinator.expect("ik bedoel dat ik moe ben")
    resident.settle()
    assert sum("113" in m.plain for m in resident.messages) == 1
