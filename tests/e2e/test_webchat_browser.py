"""The web chat in a real headless Chromium (Debian's `chromium`, driven by Playwright):
the six personas complete the intake along different paths, in four languages, with and
without JavaScript; axe-core checks every step; a danger phrase shows the crisis help; a
Meedenker's "Aannemen" in Telegram reaches the page.

Skipped, with the reason, when Chromium, Playwright or axe-core is missing (`make
browser-tools` fetches axe-core; `.ci/run` installs Chromium). Set MEEDENKERS_SCREENSHOTS
to a folder to keep a screenshot of every step (`make screenshots`).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.botapi import FakeTelegram
from tests.e2e.conftest import COORDINATOR_ID, BotProcess
from tests.e2e.journeys import enrol, requests_of
from tests.e2e.web import free_port

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / ".venv" / "axe" / "axe.min.js"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = os.environ.get("MEEDENKERS_SCREENSHOTS")

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="Playwright is not installed (pip)"),
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM),
        reason=f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)",
    ),
    pytest.mark.skipif(
        not AXE.exists(), reason=f"no axe-core at {AXE}: run `make browser-tools` (needs npm)"
    ),
]


@pytest.fixture(scope="module")
def bot(fake: FakeTelegram, tmp_path_factory) -> Iterator[BotProcess]:
    fake.known_chats.add(COORDINATOR_ID)
    port = free_port()
    process = BotProcess(
        fake, tmp_path_factory.mktemp("bot"), WEB_CHAT="on", WEB_PORT=str(port)
    ).start()
    process.base_url = f"http://127.0.0.1:{port}"
    yield process
    process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=shutil.which(CHROMIUM) or CHROMIUM, args=LAUNCH_ARGS, headless=True
        )
        yield launched
        launched.close()


@dataclass
class Resident:
    """One person's browser tab; `tap` and `type` wait until the next step is shown."""

    page: Page
    name: str
    javascript: bool
    shots: int = 0

    checker: Page | None = None  # without JavaScript: the same page, opened to run axe

    def check(self) -> None:
        """No serious or critical accessibility problem on what is shown now."""
        page = self.page
        if not self.javascript:  # axe needs JavaScript: look at the same step in a tab with it
            if self.checker is None:
                self.checker = self.page.context.browser.new_context(
                    bypass_csp=True, viewport={"width": 390, "height": 844}
                ).new_page()
            self.checker.context.add_cookies(self.page.context.cookies())
            self.checker.goto(self.page.url)
            page = self.checker
        page.add_script_tag(path=str(AXE))
        found = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                 .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(
                    n => n.target.join(' ') + ': ' + n.failureSummary)}))"""
        )
        bad = [v for v in found if v["impact"] in ("serious", "critical")]
        assert not bad, f"{self.name}: {bad} on\n{self.text()}"
        if SCREENSHOTS:
            self.shots += 1
            path = Path(SCREENSHOTS) / f"{self.name}-{self.shots:02d}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(path), full_page=True)
            _shrink(path)

    def text(self) -> str:
        return self.page.inner_text("#step")

    def _answer(self, act) -> None:
        before = self.page.inner_html("#step")
        if self.javascript:
            act()
            self.page.wait_for_function(
                "b => document.getElementById('step').innerHTML !== b", arg=before, polling=50
            )
        else:
            with self.page.expect_navigation():
                act()
        self.check()

    def tap(self, value: str) -> None:
        self._answer(lambda: self.page.click(f'#step button[name=tap][value="{value}"]'))

    def type(self, text: str) -> None:
        def act() -> None:
            self.page.fill("#answer", text)
            self.page.click("#step .answer button")

        self._answer(act)

    def progress(self) -> str:
        return self.page.inner_text("#progress")


def _shrink(path: Path) -> None:
    """64 colours are plenty for text on a plain page, and a quarter of the bytes."""
    from PIL import Image  # comes with matplotlib

    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=64)
    small.save(path, optimize=True)


def open_chat(browser: Browser, bot: BotProcess, name: str, locale="nl", javascript=True):
    # bypass_csp: only so that the test can put axe-core into the page.
    context = browser.new_context(
        java_script_enabled=javascript,
        locale=locale,
        bypass_csp=True,
        viewport={"width": 390, "height": 844},
    )
    page = context.new_page()
    page.goto(f"{bot.base_url}/chat")
    resident = Resident(page, name, javascript)
    resident.check()
    return resident


def pick_first(resident: Resident) -> str:
    button = resident.page.locator('#step button[name=tap][value^="pick."]').first
    value = button.get_attribute("value")
    resident.tap(value)
    return value


@dataclass(frozen=True)
class Persona:
    name: str
    locale: str
    javascript: bool
    gemeente: str
    question: str
    contact: str  # phone | email
    contact_value: str
    for_someone: bool = False
    any_meedenker: bool = False
    edit_question: str | None = None


PERSONAS = (
    Persona("lois", "nl", True, "Lisse", "Ik wil het huis uit, mijn vader drinkt.", "email",
            "lois@example.org"),
    Persona("arie", "nl", False, "Hillegom", "Ik heb mijn werk en mijn auto verloren.", "phone",
            "06 1111 2222"),
    Persona("mariam", "tr", True, "Noordwijk", "Eşim öldü, faturalar ve sigorta için yardım.",
            "phone", "06 3333 4444"),
    Persona("vivian", "en", True, "Teylingen", "My parents are getting older: what can they get?",
            "email", "vivian@example.org", for_someone=True),
    Persona("willem", "nl", False, "Lisse", "Mijn vrouw is ziek en mijn rug is op.", "email",
            "willem@example.org", any_meedenker=True),
    Persona("kay", "ar", True, "Hillegom", "Ik wil advies over mijn belastingaangifte.", "phone",
            "06 5555 6666", edit_question="Ik wil advies over toeslagen."),
)  # fmt: skip


def complete(resident: Resident, persona: Persona) -> None:
    assert resident.page.get_attribute("html", "lang") == persona.locale
    if persona.locale == "ar":
        assert resident.page.get_attribute("html", "dir") == "rtl"
    resident.tap("yes_other" if persona.for_someone else "yes")
    if persona.for_someone:
        resident.tap("familie")
        resident.tap("yes")
    assert re.search(r"\b1\b.*\b8\b", resident.progress())  # "Stap 1 van 8", in any language
    resident.tap(persona.gemeente)
    resident.type(persona.question)
    ticked = resident.page.locator('#step button[name=tap]:has-text("✅")').count()
    resident.tap("done" if ticked else "unknown")  # what the question names, or "weet ik niet"
    resident.tap(persona.name)
    if persona.name == "arie":  # "het moet snel": the call back, and nothing more to answer
        resident.tap("call")
        resident.type(persona.contact_value)
        return
    if persona.name in ("kay", "willem"):  # information first, then a person after all
        assert "https://" in resident.text()
        resident.tap("talk")
    resident.tap("geen")
    resident.tap("nl")
    assert re.search(r"\b7\b.*\b8\b", resident.progress())
    if persona.any_meedenker:
        resident.tap("any")
    else:
        pick_first(resident)
    if persona.for_someone:
        resident.tap("registrant")
    assert resident.page.locator('#step button[value="telegram"]').count() == 0
    resident.tap(persona.contact)
    resident.type(persona.contact_value)
    resident.tap("skip")
    if persona.edit_question:
        resident.tap("edit")
        resident.tap("question")
        resident.type(persona.edit_question)
    resident.tap("send")
    assert resident.page.locator("#message-list").count() == 1


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_each_persona_completes_the_web_intake(
    bot: BotProcess, browser: Browser, coordinator, persona: Persona
) -> None:
    resident = open_chat(browser, bot, persona.name, persona.locale, persona.javascript)
    complete(resident, persona)
    news = (
        coordinator.expect("Bel terug")
        if persona.name == "arie"
        else coordinator.expect("Nieuwe aanmelding", "website")
    )
    assert persona.contact_value.replace(" ", "") in news.plain.replace(" ", "")
    resident.page.context.close()


def test_a_danger_phrase_shows_the_crisis_help_in_a_live_region(
    bot: BotProcess, browser: Browser, coordinator
) -> None:
    resident = open_chat(browser, bot, "crisis")
    resident.tap("yes")
    resident.tap("Lisse")
    resident.type("Ik zie het niet meer zitten, ik wil dood")
    crisis = resident.page.locator(".crisis[role=alert]")
    assert crisis.is_visible() and "112" in crisis.inner_text()
    coordinator.expect("113")
    resident.page.context.close()


def test_a_meedenkers_acceptance_in_telegram_reaches_the_page(
    bot: BotProcess, browser: Browser, coordinator, new_user
) -> None:
    anna = new_user(first_name="Anna")
    enrol(coordinator, anna, "m-anna")
    resident = open_chat(browser, bot, "accepted")
    resident.tap("yes")
    resident.tap("Lisse")
    resident.type("Ik heb hulp nodig met mijn post en mijn geld.")
    resident.tap("done")
    resident.tap("kay")
    resident.tap("talk")
    resident.tap("geen")
    resident.tap("nl")
    while resident.page.locator('#step button[value="pick.m-anna"]').count() == 0:
        resident.tap("more")
    resident.tap("pick.m-anna")
    resident.tap("email")
    resident.type("bewoner@example.org")
    resident.tap("skip")
    resident.tap("send")
    # Requests of the persona tests that chose Anna reach her too once she enrols.
    introduction = anna.expect("Nieuwe vraag voor jou", "mijn post en mijn geld")
    anna.press("Aannemen", introduction)
    # The page's small poll brings the news without a reload.
    bot.fake.wait_until(
        lambda: "Anna" in resident.page.inner_text("#message-list"), timeout=40, what="the news"
    )
    resident.check()
    assert "Goed nieuws" in resident.page.inner_text("#message-list")
    [request] = [
        r
        for r in requests_of(bot, _newest_web_resident(bot))
        if r["chosen_meedenker_id"] == "m-anna"
    ]
    assert request["contact_value"] == "bewoner@example.org"
    resident.page.context.close()


def _newest_web_resident(bot: BotProcess) -> int:
    import sqlite3

    with sqlite3.connect(bot.workdir / "bot.db") as db:
        query = "SELECT telegram_id FROM resident WHERE channel = 'web' ORDER BY id DESC"
        return db.execute(query).fetchone()[0]


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_text_at_200_percent_needs_no_sideways_scrolling(
    bot: BotProcess, browser: Browser, locale: str
) -> None:
    """A 390 pixel phone zoomed to 200 % is a 195 pixel wide page."""
    context = browser.new_context(locale=locale, viewport={"width": 195, "height": 600})
    page = context.new_page()
    page.goto(f"{bot.base_url}/chat")
    for tap, shown in (('[value="yes"]', "[value=Lisse]"), ("[value=Lisse]", "#answer"), ("", "")):
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 195, f"{locale}: the page is {width} pixels wide"
        if tap:
            page.click(f"#step button{tap}")
            page.wait_for_selector(f"#step {shown}")
    context.close()
