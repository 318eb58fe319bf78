"""The web chat end to end, without a browser: the real bot process serves /chat, a resident
answers with plain form posts (as without JavaScript), and Meedenkers and the coordinator
stay in Telegram (the offline fake)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.botapi import FakeTelegram
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.database import rows
from tests.e2e.journeys import NEED_LABELS, enrol, open_request, requests_of
from tests.e2e.web import WebResident, free_port

# The core journeys run on the embedded database and on PostgreSQL (tests/e2e/conftest.py).
ON_POSTGRESQL = True

QUESTION = "Ik heb schulden en ik krijg veel brieven van de bank."


@pytest.fixture(scope="module")
def bot(fake: FakeTelegram, database, tmp_path_factory) -> Iterator[BotProcess]:
    fake.known_chats.add(COORDINATOR_ID)
    port = free_port()
    process = BotProcess(
        fake,
        tmp_path_factory.mktemp("bot"),
        WEB_CHAT="on",
        WEB_PORT=str(port),
        WEB_CHAT_PER_ADDRESS="10000",
        WEB_CHAT_PER_CONVERSATION="40",
        **database,
    ).start()
    process.base_url = f"http://127.0.0.1:{port}"
    yield process
    process.kill()


def to_choice(resident: WebResident, gemeente: str = "Lisse", question: str = QUESTION) -> None:
    page = resident.open()
    assert "computer" in page.plain and "gegevens" in page.plain
    assert "Stap 1 van 8" in resident.press("Ja, dat is goed").plain
    assert "Stap 2 van 8" in resident.press(gemeente).plain
    assert "Stap 3 van 8" in resident.type(question).plain
    assert "Stap 4 van 8" in resident.press("Klaar").plain
    assert "Stap 5 van 8" in resident.press(NEED_LABELS["mariam"]).plain
    assert "Stap 6 van 8" in resident.press("Maakt mij niet uit").plain
    assert "Stap 7 van 8" in resident.press("Nederlands").plain


def send(resident: WebResident, name: str, phone: str = "06 1234 5678") -> None:
    for _ in range(8):
        if f"Kies {name}" in resident.labels():
            break
        resident.press("Laat anderen zien")
    contact = resident.press(f"Kies {name}")
    assert "Stap 8 van 8" in contact.plain
    # No Telegram chat to be reached in: a phone number or an e-mail address.
    assert "Hier in deze chat" not in resident.labels()
    resident.press("Bel mij")
    resident.type(phone)
    resident.press("Sla over")
    assert "Klopt dit?" in resident.page.plain
    assert "verstuurd" in resident.press("Ja, versturen").plain


def web_chat_id(bot: BotProcess) -> list[int]:
    return [row["chat_id"] for row in rows(bot, "SELECT chat_id FROM web_conversation")]


def newest_web_resident(bot: BotProcess) -> int:
    query = "SELECT telegram_id FROM resident WHERE channel = 'web' ORDER BY id DESC"
    return rows(bot, query)[0]["telegram_id"]


def test_a_whole_intake_through_the_web_reaches_meedenker_and_coordinator(
    bot: BotProcess, coordinator, new_user
) -> None:
    karin = new_user(first_name="Karin")
    enrol(coordinator, karin, "m-karin")
    resident = WebResident(bot.base_url)
    to_choice(resident)
    send(resident, "Karin")
    assert resident.page.url.endswith("/chat")  # nothing personal in an address
    news = coordinator.expect("Nieuwe aanmelding", "website")
    assert "0612345678" in news.plain and "tg://user" not in news.text
    introduction = karin.expect("Nieuwe vraag voor jou", "schulden")
    assert "0612345678" not in introduction.plain  # not before Aannemen
    [web_resident] = rows(bot, "SELECT telegram_id FROM resident WHERE channel = 'web'")
    chat_id = web_resident["telegram_id"]
    [request] = requests_of(bot, chat_id)
    assert request["chosen_meedenker_id"] == "m-karin" and request["contact_method"] == "phone"
    # The Meedenker takes it on in Telegram; the resident reads it on their page.
    assert "Goed nieuws" not in resident.open().plain
    karin.press("Aannemen", introduction)
    bot.fake.wait_until(
        lambda: "Goed nieuws" in resident.request("/chat/berichten").plain, what="the news"
    )
    page = resident.open()
    assert "Karin" in page.plain and "Berichten voor jou" in page.plain
    # ... and the Meedenker now has the number, and knows the resident is not in Telegram.
    bot.fake.wait_until(lambda: "0612345678" in introduction.plain, what="the number")
    assert "website" in introduction.plain


def test_a_danger_phrase_shows_the_crisis_help_and_alerts_the_coordinator(
    bot: BotProcess, coordinator
) -> None:
    resident = WebResident(bot.base_url)
    resident.open()
    resident.press("Ja, dat is goed")
    resident.press("Teylingen")
    page = resident.type("Ik wil niet meer leven, alles is te veel")
    assert 'class="crisis" role="alert"' in page.body and "112" in page.plain
    alert = coordinator.expect("113")
    assert "alles is te veel" in alert.plain  # consent was given: the words go along
    assert "op de website" in alert.plain and "tg://user" not in alert.text  # no chat to open


def test_forms_without_the_page_token_are_refused(bot: BotProcess) -> None:
    resident = WebResident(bot.base_url)
    resident.open()
    before = web_chat_id(bot)
    refused = resident.request("/chat", {"command": "start"})
    assert refused.status == 403 and "te oud" in refused.plain
    form = resident.page.forms[0]
    resident.open()
    token = next(f.fields["csrf"] for f in resident.page.forms if "csrf" in f.fields)
    elsewhere = resident.request(
        "/chat", {"csrf": token, "command": "start"}, {"Origin": "https://evil.example"}
    )
    assert elsewhere.status == 403
    wrong = resident.request("/chat", {"csrf": "0" * 64, "command": "start"})
    assert wrong.status == 403 and form.action
    assert web_chat_id(bot) == before  # nothing was begun


def test_cookie_headers_and_limits(bot: BotProcess) -> None:
    resident = WebResident(bot.base_url)
    page = resident.open()
    cookie = page.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert len(resident.cookie().value) >= 40
    behind_https = WebResident(bot.base_url).request(
        "/chat", headers={"X-Forwarded-Proto": "https"}
    )
    assert "Secure" in behind_https.headers["Set-Cookie"]
    csp = page.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "<script>" not in page.body and " style=" not in page.body
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    token = resident.page.forms[0].fields["csrf"]
    too_big = resident.request("/chat", {"csrf": token, "text": "x" * 20_000})
    assert too_big.status == 413 and "te lang" in too_big.plain
    statuses = [resident.request("/chat", {"csrf": token, "text": "hoi"}).status for _ in range(45)]
    assert 429 in statuses
    limited = resident.request("/chat", {"csrf": token, "text": "hoi"})
    assert limited.status == 429 and "Wacht even een minuut" in limited.plain
    assert limited.headers["Retry-After"] == "60"


def test_language_switch_arabic_is_right_to_left(bot: BotProcess) -> None:
    resident = WebResident(bot.base_url)
    resident.open()
    page = resident.press("العربية")
    assert '<html lang="ar" dir="rtl">' in page.body
    english = WebResident(bot.base_url, language="en").open()
    assert '<html lang="en" dir="ltr">' in english.body and "Step" not in english.plain


def test_my_data_and_forget_me_erase_every_trace(bot: BotProcess, coordinator, new_user) -> None:
    nel = new_user(first_name="Nel")
    enrol(coordinator, nel, "m-nel")
    resident = WebResident(bot.base_url)
    to_choice(resident, question="Mijn huur is te hoog en ik slaap slecht.")
    send(resident, "Nel", phone="06 8765 4321")
    nel.expect("Nieuwe vraag voor jou")
    chat_id = newest_web_resident(bot)
    ids = [r["id"] for r in requests_of(bot, chat_id)]
    mine = resident.request("/chat/mijngegevens")
    assert "huur is te hoog" in mine.plain and "0687654321" in mine.plain
    exported = resident.request("/chat/mijngegevens.json")
    assert "huur is te hoog" in exported.body
    resident.open()
    asked = resident.type("/vergeetmij")  # typed, as in Telegram: the same question
    assert asked.url.endswith("/chat/vergeet") and "Ja, wis alles" in resident.labels()
    resident.open()
    resident.press("Vergeet mij")
    done = resident.press("Ja, wis alles")
    assert done.status == 200 and "gewist" in done.plain
    assert "Max-Age=0" in done.headers["Set-Cookie"]  # the cookie goes too
    nel.expect("teruggetrokken")
    coordinator.expect("gewist")
    assert requests_of(bot, chat_id, timeout=0) == []  # no link to them
    [kept] = rows(
        bot, "SELECT question, contact_value, status FROM request WHERE id = :id", id=ids[0]
    )
    assert kept == {"question": None, "contact_value": None, "status": "withdrawn"}
    assert rows(bot, "SELECT 1 FROM resident WHERE telegram_id = :id", id=chat_id) == []
    assert rows(bot, "SELECT 1 FROM web_conversation WHERE chat_id = :id", id=chat_id) == []


def test_a_meedenker_passing_offers_the_web_resident_a_new_choice(
    bot: BotProcess, coordinator, new_user
) -> None:
    omar = new_user(first_name="Omar")
    enrol(coordinator, omar, "m-omar")
    resident = WebResident(bot.base_url)
    to_choice(resident)
    send(resident, "Omar")
    introduction = omar.expect("Nieuwe vraag voor jou")
    omar.press("Doorgeven", introduction)
    bot.fake.wait_until(lambda: "Ik heb nu geen tijd" in introduction.button_labels, what="reasons")
    omar.press("Ik heb nu geen tijd", introduction)
    coordinator.expect("Omar gaf de vraag door")
    # The page shows the choice again (without Omar), and the news among the messages.
    again = bot.fake.wait_until(
        lambda: (page := resident.open()) and "Stap 7 van 8" in page.plain and page,
        what="the choice again",
    )
    assert "kan je vraag helaas niet aannemen" in again.plain
    assert "Kies Omar" not in resident.labels()
    pick = next(b for b in resident.labels() if b.startswith("Kies ") and b != "Kies jij maar")
    resident.press(pick)
    assert "verstuurd" in resident.press("Ja, versturen").plain
    chat_id = newest_web_resident(bot)
    bot.fake.wait_until(
        lambda: requests_of(bot, chat_id)[0]["chosen_meedenker_id"] != "m-omar",
        what="the new choice stored",
    )
    assert len(requests_of(bot, chat_id)) == 1


def test_the_coordinator_talks_with_a_web_resident_through_the_page(
    bot: BotProcess, coordinator
) -> None:
    resident = WebResident(bot.base_url)
    to_choice(resident)
    resident.press("Kies jij maar")
    resident.press("Mail mij")
    resident.type("sam@example.org")
    resident.press("Sla over")
    assert "verstuurd" in resident.press("Ja, versturen").plain
    [request] = requests_of(bot, newest_web_resident(bot))
    coordinator.skip_unread()
    coordinator.press("Zelf contact", open_request(coordinator, request["id"]))
    coordinator.expect("Je praat nu met")
    coordinator.send("Hallo, zal ik je morgen bellen?")
    coordinator.expect(f"Verstuurd naar de bewoner van #{request['id']}")
    bot.fake.wait_until(
        lambda: "morgen bellen" in resident.request("/chat/berichten").plain, what="the message"
    )
    page = resident.open()
    shown = resident.type("Ja graag, na tien uur")
    assert "naar de coördinator gestuurd" in shown.plain
    coordinator.expect("na tien uur")
    assert page.status == 200
