"""Each persona's own route through the intake, end to end on the offline Bot API."""

from __future__ import annotations

from tests.e2e.conftest import BotProcess
from tests.e2e.journeys import (
    NEED_LABELS,
    URGENT_OFFER,
    Answers,
    enrol,
    next_page,
    requests_of,
    to_question,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

CALL_ME = "Bel mij zo snel mogelijk"


def _alerts_about(coordinator, request_id: int) -> list:
    return [m for m in coordinator.messages if f"aanmelding #{request_id})" in m.plain.lower()]


def test_arie_is_called_back_and_the_coordinator_has_his_number_at_once(
    bot: BotProcess, coordinator, new_user
) -> None:
    arie = new_user(first_name="Arie")
    to_question(arie, Answers(gemeente="Lisse"))
    arie.send("Ik heb schulden en ik kan de huur niet betalen")
    arie.press("Klaar", arie.expect("Stap 3 van 8"))
    arie.press(NEED_LABELS["arie"], arie.expect("Stap 4 van 8"))
    offer = arie.expect(URGENT_OFFER)
    assert offer.button_labels[:2] == [CALL_ME, "Ik ga liever verder met de vragen"]
    arie.press(CALL_ME, offer)
    arie.expect("Op welk nummer")
    arie.send_contact("+31612345678")
    alert = coordinator.expect("Bel terug", "+31612345678")
    assert "Lisse" in alert.plain and "huur niet betalen" in alert.plain
    assert "Spoed" in alert.plain and "het moet snel" in alert.plain
    arie.expect("Je vraag is verstuurd", "+31612345678")
    arie.expect("Wat gebeurt er nu?", "belt je", "0252")
    # No choices left to make, and 112 only where there is danger now.
    assert not any("Stap 5" in m.plain or "112" in m.plain for m in arie.messages)
    [request] = requests_of(bot, arie.id)
    assert (request["urgent"], request["needs_triage"]) == (1, 1)
    assert (request["contact_method"], request["contact_value"]) == ("phone", "+31612345678")
    assert request["chosen_meedenker_id"] is None
    assert request["escalation_reasons"][0] == "acute"
    # Once: one alert, one request, one line on the desk, whatever Arie sends next.
    arie.send("Hallo?")
    arie.expect("De coördinator kijkt naar je vraag", "0252")
    coordinator.settle()
    assert len(_alerts_about(coordinator, request["id"])) == 1
    assert len(requests_of(bot, arie.id, count=2, timeout=0.3)) == 1
    coordinator.send("/wachtrij")
    queue = coordinator.expect("Wachtrij")
    lines = [line for line in queue.plain.splitlines() if f"#{request['id']} " in line]
    assert len(lines) == 1 and lines[0].startswith("🔴")


def test_urgent_words_in_the_question_bring_the_call_back_before_any_other_step(
    bot: BotProcess, coordinator, new_user
) -> None:
    resident = new_user()
    to_question(resident, Answers(gemeente="Hillegom"))
    resident.send("Het gaat niet goed. Ik heb vandaag nog hulp nodig met mijn post.")
    resident.press(CALL_ME, resident.expect(URGENT_OFFER))
    resident.send("06 1234 5678")
    alert = coordinator.expect("Bel terug", "0612345678")
    assert "Hillegom" in alert.plain and "met mijn post" in alert.plain
    resident.expect("Wat gebeurt er nu?")
    assert not any("Stap 3" in m.plain for m in resident.messages)
    [request] = requests_of(bot, resident.id)
    assert request["urgent"] == 1 and request["persona"] == "arie"


def test_lois_may_say_weet_ik_niet_at_every_step_and_sees_the_youth_meedenker_first(
    bot: BotProcess, coordinator, new_user
) -> None:
    lois = new_user(first_name="Lois")
    lois.send("/start")
    lois.press("Ja, dat is goed", lois.expect("gegevens"))
    lois.press("Weet ik niet", lois.expect("Stap 1 van 8", "gemeente"))
    lois.expect("Stap 1 van 8", "dorp of stad", "Bijvoorbeeld")
    lois.send("Sassenheim")
    lois.expect("Stap 2 van 8", "Bijvoorbeeld")
    lois.send("Ik wil het huis uit maar ik weet niet hoe ik dat regel")
    lois.press("Weet ik niet", lois.expect("Stap 3 van 8"))
    lois.press(NEED_LABELS["lois"], lois.expect("Stap 4 van 8"))
    lois.press("Weet ik niet", lois.expect("Stap 5 van 8", "Bijvoorbeeld"))
    lois.press("Nederlands", lois.expect("Stap 6 van 8", "Bijvoorbeeld"))
    choice = lois.expect("Stap 7 van 8")
    picks = [b for b in choice.button_labels if b.startswith("Kies ") and b != "Kies jij maar"]
    assert picks[0] == "Kies Karin"  # works with young people; by name she would come later
    first_card = choice.plain.split("Karin", 1)[1].split("\n\n", 1)[0]
    assert "werkt veel met jongeren" in first_card
    lois.press("Kies Karin", choice)
    lois.press("Hier in deze chat", lois.expect("Stap 8 van 8", "Bijvoorbeeld"))
    lois.press("Sla over", lois.expect("Hoe heb je ons gevonden"))
    summary = lois.expect("Klopt dit?")
    assert "Teylingen" in summary.plain and "Weet ik niet" in summary.plain
    lois.press("Ja, versturen", summary)
    lois.expect("verstuurd")
    [request] = requests_of(bot, lois.id)
    assert (request["gemeente"], request["persona"], request["preference"]) == (
        "Teylingen",
        "lois",
        "geen",
    )
    assert request["levensgebieden"] == []
    assert request["chosen_meedenker_id"] == "m-karin"
    assert request["needs_triage"] == 0  # not knowing is no reason for the desk


def test_typed_answers_at_the_need_step_take_each_persona_on_its_own_route(
    bot: BotProcess, new_user
) -> None:
    lois, kay = new_user(first_name="Lois"), new_user(first_name="Kay")
    for resident in (lois, kay):
        to_question(resident, Answers(gemeente="Lisse"))
        resident.send("Ik heb vragen over mijn geld")
        resident.press("Klaar", resident.expect("Stap 3 van 8"))
        resident.expect("Stap 4 van 8")
    lois.send("geen idee")
    lois.expect("Stap 5 van 8")  # Lois goes on to the next question
    kay.send("alleen advies")
    kay.expect("Wil je toch met iemand praten")  # Kay reads the information first
    assert not any("Stap 5" in m.plain for m in kay.messages)


def test_vivian_asks_for_her_parents_and_the_meedenker_reads_it_was_on_their_behalf(
    bot: BotProcess, coordinator, new_user
) -> None:
    nel, vivian = new_user(first_name="Nel"), new_user(first_name="Vivian")
    enrol(coordinator, nel, "m-nel")
    vivian.send("/start")
    vivian.press("Ja, ik vraag het voor iemand anders", vivian.expect("gegevens"))
    relation = vivian.expect("Wie ben jij voor die persoon?")
    vivian.press("Familie, een vriend of iemand uit de straat", relation)
    vivian.press("Ja, het is goed", vivian.expect("Weet die persoon"))
    vivian.press("Lisse", vivian.expect("Stap 1 van 8"))
    vivian.expect("Stap 2 van 8")
    vivian.send("Mijn ouders worden ouder. Welke hulp en zorg thuis kunnen ze krijgen?")
    vivian.press("Klaar", vivian.expect("Stap 3 van 8"))
    vivian.press(NEED_LABELS["vivian"], vivian.expect("Stap 4 van 8"))
    vivian.press("Een vrijwilliger", vivian.expect("Stap 5 van 8"))
    vivian.press("Nederlands", vivian.expect("Stap 6 van 8"))
    choice = vivian.expect("Stap 7 van 8")
    assert "Gezondheid en zorg" in choice.plain  # the first fit knows about care
    for _ in range(8):
        if "Kies Nel" in choice.button_labels:
            break
        next_page(vivian, choice)
    vivian.press("Kies Nel", choice)
    vivian.press("Met mij", vivian.expect("Stap 8 van 8", "Met wie neemt de Meedenker"))
    vivian.press("Hier in deze chat", vivian.expect("Stap 8 van 8"))
    vivian.press("Sla over", vivian.expect("Hoe heb je ons gevonden"))
    vivian.press("Ja, versturen", vivian.expect("Klopt dit?", "voor iemand anders"))
    vivian.expect("verstuurd")
    introduction = nel.expect("Nieuwe vraag voor jou")
    assert "iemand anders stuurde deze vraag" in introduction.plain
    assert "Familie, een vriend of iemand uit de straat" in introduction.plain
    assert "degene die het meldde" in introduction.plain  # whose details Nel will get
    assert "Vivian" not in introduction.plain
    [request] = requests_of(bot, vivian.id)
    assert (request["source"], request["contact_person"]) == ("naaste", "registrant")
