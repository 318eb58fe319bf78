"""Tellen én vertellen, end to end: the Meedenker's outcome at Afgerond, the resident's
survey, and the coordinator's /cijfers as a text, a chart and a CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

from storage.crypto import keyring
from storage.models import Request, SurveyAnswer
from tests.e2e.database import rows, run_on
from tests.e2e.journeys import (
    NEED_LABELS,
    Answers,
    choose,
    enrol,
    open_from_notice,
    request_id_of,
    requests_of,
)

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

LISSE = Answers(gemeente="Lisse", question="Ik heb schulden en veel post")


def _survey_row(bot, request_id: int, step: str = "done") -> dict:
    """The survey's row once it reached `step` (the bot commits just after it answers)."""

    def read():
        query = "SELECT * FROM survey_answer WHERE request_id = :id AND step = :step"
        found = rows(bot, query, id=request_id, step=step)
        return found[0] if found else None

    return bot.fake.wait_until(read, what=f"the survey at {step}")


def _accepted(bot, anna, resident):
    choose(resident, "Anna", LISSE)
    introduction = anna.expect("Nieuwe vraag voor jou")
    anna.press("Aannemen", introduction)
    resident.expect("Goed nieuws", "Anna")
    bot.fake.wait_until(lambda: "Afgerond" in introduction.button_labels, what="accepted")
    return introduction


def _finish(bot, anna, introduction, *labels: str) -> None:
    """Afgerond, then the outcome in a tap (or two, for a referral)."""
    anna.press("Afgerond", introduction)
    bot.fake.wait_until(lambda: "Geholpen" in introduction.button_labels, what="outcomes")
    for label in labels:
        before = introduction.edits
        anna.press(label, introduction)
        if label == labels[-1]:
            break
        bot.fake.wait_until(lambda b=before: introduction.edits > b, what="the next question")
    anna.settle()
    assert "afgerond" in anna.last_callback_answer["text"]


def test_afgerond_asks_the_outcome_and_the_resident_answers_or_skips_the_survey(
    bot, coordinator, new_user
):
    anna, answering, declining = new_user(first_name="Anna"), new_user(), new_user()
    enrol(coordinator, anna, "m-anna")

    introduction = _accepted(bot, anna, answering)
    anna.press("Contact gehad", introduction)
    anna.settle()
    _finish(bot, anna, introduction, "Doorverwezen naar …", "Huisarts")
    [request] = requests_of(bot, answering.id)
    assert request["status"] == "closed" and request["outcome"] == "referred:huisarts"
    assert request["first_contact_at"] is not None

    answering.press("Ja, dat is goed", answering.expect("Hoe ging het?"))
    first = answering.expect("Vraag 1 van 5", "netwerk")
    old_eight = next(b["callback_data"] for b in first.inline_buttons if b["text"] == "8")
    answering.press("8", first)
    answering.press("Sla over", answering.expect("Vraag 2 van 5", "kennis"))
    answering.expect("Vraag 3 van 5")
    answering.send("een 9")  # typed instead of tapped
    answering.press("Een beetje", answering.expect("Vraag 4 van 5", "vrij om zelf te kiezen"))
    answering.expect("Vraag 5 van 5", "één zin")
    answering.send("Fijn dat er iemand meedacht.")
    answering.expect("Dank je wel voor je antwoorden")
    answering.tap_data(old_eight, first)  # an answered question's button again
    answering.settle()
    assert "werkt niet meer" in answering.last_callback_answer["text"]

    row = _survey_row(bot, request["id"])
    assert "resident_id" not in row  # kept by request, never by person
    assert (row["network_mark"], row["knowledge_mark"], row["overall_mark"]) == (8, None, 9)
    assert row["free_choice"] == "een_beetje"
    assert "meedacht" not in row["comment"]  # encrypted at rest
    assert keyring.decrypt(row["comment"]) == "Fijn dat er iemand meedacht."

    introduction = _accepted(bot, anna, declining)
    _finish(bot, anna, introduction, "Geholpen")
    declining.expect("Hoe ging het?")
    declining.send("Nee.")
    declining.expect("We vragen het niet meer")
    row = _survey_row(bot, request_id_of(bot, declining))
    assert row["network_mark"] is None
    [request] = requests_of(bot, declining.id)
    assert request["outcome"] == "helped" and request["first_contact_at"] is None


def test_danger_in_the_survey_sentence_gets_help_at_once(bot, coordinator, new_user):
    anna, resident = new_user(first_name="Anna"), new_user()
    enrol(coordinator, anna, "m-anna")  # again, from this account: the link moves here
    _finish(bot, anna, _accepted(bot, anna, resident), "Geen contact gekregen")
    resident.press("Ja, dat is goed", resident.expect("Hoe ging het?"))
    for question in range(1, 5):
        resident.press("Sla over", resident.expect(f"Vraag {question} van 5"))
    resident.expect("Vraag 5 van 5")
    coordinator.skip_unread()
    resident.send("Het hielp niet, ik wil dood")
    resident.expect("Is er nu gevaar?", "112")
    resident.expect("Dank je wel voor je antwoorden")
    coordinator.expect("SPOED")
    row = _survey_row(bot, request_id_of(bot, resident))
    assert row["comment"] is not None and row["overall_mark"] is None


# ----- /cijfers over a seeded quarter -------------------------------------------------------

Q3_DAY = datetime(2026, 8, 4, 10, 0, tzinfo=UTC)


# (gemeente, source, levensgebieden, outcome, days to first contact, found_via, survey)
SEEDED = [
    ("Lisse", "self", ["geld"], "helped", 1, "website", (8, 7, "ja")),
    ("Lisse", "self", ["geld", "wonen"], "helped", 2, "website", (6, None, "ja")),
    ("Lisse", "self", ["geld"], "helped", 3, "website", (9, 9, "nee")),
    ("Lisse", "self", ["wonen"], "referred:huisarts", 4, "website", (7, None, "ja")),
    ("Lisse", "self", ["geld"], "referred:huisarts", 10, "website", (10, 8, "ja")),
    ("Lisse", "professional", ["zorg"], "helped", None, "website", (8, None, "nee")),
    ("Lisse", "self", ["geld"], "no_contact", None, "kennis", None),
    ("Hillegom", "self", ["wonen"], "helped", None, "kennis", None),
    ("Hillegom", "professional", ["geld", "wonen"], "referred:schuldhulp", None, None, None),
    ("Hillegom", "self", [], "helped", None, None, None),
]


def _seed(bot) -> None:
    """Ten requests registered in 2026Q3, anonymised (no resident), straight in the database."""

    async def seed(session) -> None:
        for i, (gemeente, source, topics, outcome, days, found_via, survey) in enumerate(SEEDED):
            created = Q3_DAY + timedelta(days=i)
            request = Request(
                resident_id=None,
                status="closed",
                gemeente=gemeente,
                levensgebieden=topics,
                excluded=[],
                needs_triage=False,
                urgent=False,
                escalation_reasons=["danger"] if i == 0 else [],
                outcome=outcome,
                source=source,
                created_at=created,
                updated_at=created,
                first_contact_at=created + timedelta(days=days) if days is not None else None,
                found_via=found_via,
            )
            session.add(request)
            await session.flush()
            if survey:
                network, knowledge, free = survey
                session.add(
                    SurveyAnswer(
                        request_id=request.id,
                        step="done",
                        asked_at=created,
                        network_mark=network,
                        knowledge_mark=knowledge,
                        overall_mark=network,
                        free_choice=free,
                    )
                )

    run_on(bot, seed)


def _csv(message) -> dict[tuple[str, str], str]:
    assert message.kind == "document" and message.filename.endswith(".csv")
    reader = csv.DictReader(io.StringIO(message.file.decode("utf-8")))
    return {(row["section"], row["key"]): row["value"] for row in reader}


def test_cijfers_sends_a_text_a_chart_and_a_csv_that_match_a_hand_count(bot, coordinator):
    _seed(bot)
    coordinator.send("/cijfers")  # the last full quarter: 2026Q3
    text = coordinator.expect("Cijfers over 2026Q3")
    chart = coordinator.expect_file("photo")  # an alert of another test may come between
    table = coordinator.expect_file()

    plain = text.plain
    assert "Nieuwe vragen: 10" in plain
    assert "zelf 8" in plain and "via een professional < 5" in plain
    assert "Lisse 7" in plain and "Hillegom < 5" in plain
    assert "Geld en rekeningen 6" in plain and "Wonen < 5" in plain
    assert "de helft binnen 3,0, 9 van de 10 binnen 10,0" in plain
    assert "Het netwerk: 8,0 (van 6)" in plain
    assert "Kennis van de Meedenker: - (van < 5)" in plain
    assert "zelf te kiezen: 67% (van 6)" in plain
    assert "website 6" in plain and "iemand die ze kennen < 5" in plain

    assert chart.kind == "photo" and chart.file.startswith(b"\x89PNG")
    assert "2026Q3" in chart.plain

    figures = _csv(table)
    assert figures[("registrations", "total")] == "10"
    assert figures[("source", "self")] == "8" and figures[("source", "professional")] == "< 5"
    assert figures[("gemeente", "Lisse")] == "7" and figures[("gemeente", "Hillegom")] == "< 5"
    assert figures[("levensgebied", "geld")] == "6" and figures[("levensgebied", "wonen")] == "< 5"
    assert figures[("levensgebied", "zorg")] == "< 5"
    assert figures[("escalation", "total")] == "< 5"
    assert figures[("outcome", "helped")] == "6" and figures[("outcome", "referred")] == "< 5"
    assert figures[("referral", "huisarts")] == "< 5"
    assert figures[("first_contact_days", "n")] == "5"
    assert figures[("first_contact_days", "median")] == "3,0"
    assert figures[("first_contact_days", "p90")] == "10,0"
    assert figures[("mark_network", "mean")] == "8,0" and figures[("mark_network", "n")] == "6"
    assert figures[("mark_knowledge", "n")] == "< 5"
    assert figures[("mark_knowledge", "mean")] == "-"
    assert figures[("free_choice", "percent_ja")] == "67"
    assert figures[("found_via", "website")] == "6"
    assert figures[("found_via", "kennis")] == "< 5"
    assert figures[("found_via", "none")] == "< 5"


def test_cijfers_for_a_year_and_a_period_it_does_not_know(bot, coordinator):
    coordinator.send("/cijfers 2026")
    coordinator.expect("Cijfers over 2026")
    coordinator.expect_file("photo")
    assert _csv(coordinator.expect_file())[("registrations", "total")] != "0"
    coordinator.send("/cijfers gisteren")
    coordinator.expect("geen periode die ik ken", "/cijfers 2026Q3", "/cijfers nu")
    coordinator.settle()
    coordinator.skip_unread()
    today = date.today()
    coordinator.send("/cijfers nu")  # the quarter under way
    coordinator.expect(f"Cijfers over {today.year}Q{(today.month - 1) // 3 + 1}")


def test_cijfers_is_for_the_coordinator_only(bot, new_user):
    resident = new_user()
    resident.send("/cijfers")
    reply = resident.next_message()
    assert "Cijfers over" not in reply.plain


def test_on_behalf_of_someone_records_its_source_and_counts_in_the_figures(
    bot, coordinator, new_user
):
    carer = new_user(first_name="Mila")
    carer.send("/start")
    carer.press("Ja, ik vraag het voor iemand anders", carer.expect("gegevens"))
    carer.press("Ik zorg voor deze persoon", carer.expect("Wie ben jij voor die persoon?"))
    carer.press("Nee, nog niet", carer.expect("Weet die persoon"))
    asked_again = carer.expect("Vraag het dan eerst aan die persoon", "Weet die persoon")
    carer.press("Ja, het is goed", asked_again)
    carer.press("Lisse", carer.expect("Stap 1 van 8"))
    carer.expect("Stap 2 van 8")
    carer.send("Mijn moeder krijgt veel brieven over schulden")
    carer.press("Klaar", carer.expect("Stap 3 van 8"))
    carer.press(NEED_LABELS["mariam"], carer.expect("Stap 4 van 8"))
    carer.press("Een vrijwilliger", carer.expect("Stap 5 van 8", "Met wie"))
    carer.press("Nederlands", carer.expect("Stap 6 van 8", "taal"))
    carer.press("Kies jij maar", carer.expect("Stap 7 van 8"))
    carer.press("Met mij", carer.expect("Stap 8 van 8", "Met wie neemt de Meedenker"))
    carer.press("Hier in deze chat", carer.expect("Stap 8 van 8"))
    carer.press("Via een organisatie", carer.expect("Hoe heb je ons gevonden"))
    carer.press("Ja, versturen", carer.expect("Klopt dit?", "voor iemand anders", "met jou"))
    carer.expect("verstuurd")
    [request] = requests_of(bot, carer.id)
    opened = open_from_notice(coordinator, request["id"])
    assert "iemand anders stuurde deze vraag" in opened.plain
    assert "Ik zorg voor deze persoon" in opened.plain
    assert (request["source"], request["relation"]) == ("naaste", "mantelzorger")
    assert (request["contact_person"], request["found_via"]) == ("registrant", "organisatie")
    coordinator.send("/cijfers 2026Q4")
    coordinator.expect("Cijfers over 2026Q4", "via een naaste < 5")
    coordinator.next_message()  # the chart
    figures = _csv(coordinator.next_message())
    assert figures[("source", "naaste")] == "< 5"
    assert figures[("found_via", "organisatie")] == "< 5"
