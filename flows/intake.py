"""The resident's intake, declared as data and run by a small pure engine.

Every step is a `Step` in `STEPS` (see intake.mmd for the picture). The engine takes the
saved `IntakeState` and one event (typed text, a tapped button, a photo, a command) and
returns the new state, what to show, and the effects bot/ must carry out in storage.
No aiogram, no SQLAlchemy, no clock: everything it needs comes in through `Context`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from flows import information, safety, urgency
from flows.domain import LANGUAGE_NAMES, LEVENSGEBIEDEN, Persona
from flows.keywords import suggest_levensgebieden
from flows.privacy import FORGET_ME
from flows.ranking import (
    NO_PREFERENCE,
    PREFER_PROFESSIONAL,
    PREFER_VOLUNTEER,
    Match,
    Profile,
    Ranking,
    rank,
)
from flows.render import Alert, Button, InLanguages, Lines, Say, Text
from flows.text import N_, bare, shorten
from flows.validators import parse_email, parse_phone, parse_question

STEP_COUNT = 8  # the numbered questions; check_steps() holds STEPS to it
PAGE_SIZE = 3
SUMMARY_QUESTION_MAX = 600  # UTF-16 units of the question in the summary
# The levensgebieden the bot ticked from the question and the resident has not touched
# since: they help the match, but only the resident's own choices count for escalation.
GUESSED = "levensgebieden_guessed"
LAST_WORDS_MAX = safety.LAST_WORDS_MAX  # kept of the previous message (see safety.check)


# ----- what comes in ----------------------------------------------------------------------


@dataclass(frozen=True)
class Network:
    name: str
    gemeenten: tuple[str, ...]
    phone: str
    email: str
    places: dict[str, str] = field(default_factory=dict)  # village or town -> its gemeente


@dataclass(frozen=True)
class Context:
    network: Network
    profiles: list[Profile]
    today: date


@dataclass(frozen=True)
class Typed:
    text: str


@dataclass(frozen=True)
class Tapped:
    seq: int
    value: str


@dataclass(frozen=True)
class Media:
    """A sticker, photo, voice message or other non-text message."""

    caption: str | None = None


@dataclass(frozen=True)
class SharedContact:
    phone: str
    own: bool


class Command(StrEnum):
    START = "start"
    STOP = "stop"
    HELP = "help"
    HUMAN = "mens"


@dataclass(frozen=True)
class Refresh:
    """Show the current step again (after the language changed, say). `again`: its first
    showing may have arrived after all (the process died before it could tell), so the
    buttons of that one keep working too."""

    again: bool = False


@dataclass(frozen=True)
class Edited:
    """A message the resident changed afterwards. The conversation has moved on, so it is
    only read for danger (someone may add "ik wil niet meer leven" to an earlier message)."""

    text: str


Event = Typed | Tapped | Media | SharedContact | Command | Refresh | Edited


# ----- what goes out ----------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentGiven:
    """The resident said yes to storing their answers."""


@dataclass(frozen=True)
class Forget:
    """Remove whatever the resident told us in this intake."""


@dataclass(frozen=True)
class Submit:
    """Store the request (status "chosen") with these answers."""

    answers: dict[str, Any]


@dataclass(frozen=True)
class DangerSeen:
    """A sign of danger: the coordinator gets an urgent alert (with the words, if the
    resident has agreed to share what they write)."""

    danger: str
    text: str | None


@dataclass(frozen=True)
class AskedHuman:
    """The resident asked for a person (/mens): the coordinator is told."""


@dataclass(frozen=True)
class InformationOnly:
    """The information was enough: counted for the figures, per levensgebied and without
    anything of the person (a Forget comes with it)."""

    levensgebieden: tuple[str, ...]


@dataclass(frozen=True)
class WroteAgain:
    """The resident writes after sending: the door may say where the request stands now,
    in place of the plain "already sent" the engine shows."""


@dataclass(frozen=True)
class BeganAgain:
    """/start after sending: the door may say that the request sent before still runs."""


Effect = (
    ConsentGiven
    | Forget
    | Submit
    | DangerSeen
    | AskedHuman
    | InformationOnly
    | WroteAgain
    | BeganAgain
)


@dataclass
class IntakeState:
    """Plain, JSON-serialisable; kept in the database between updates."""

    step: str = "consent"
    seq: int = 0  # numbers the shown step; buttons of any other number are old
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    page: int = 0
    editing: bool = False
    resume: str | None = None  # the step to go back to after "start over?" is answered
    # The end of the resident's previous message, only so that danger split over two
    # messages ("ik wil niet meer" + "leven") is seen; replaced by every new event.
    last_words: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> IntakeState | None:
        return cls(**data) if data else None

    @property
    def persona(self) -> str | None:
        return self.answers.get("persona")


@dataclass(frozen=True)
class Reply:
    state: IntakeState | None  # None: the intake is over and nothing is kept
    says: tuple[Say | Alert, ...] = ()
    effects: tuple[Effect, ...] = ()


# ----- the steps ----------------------------------------------------------------------------


class Kind(StrEnum):
    CHOICE = "choice"  # one tap
    MULTI = "multi"  # ticks, then "klaar"
    TEXT = "text"  # typed, checked by `parse`
    PHONE = "phone"  # shared contact or typed number
    PICK = "pick"  # Meedenker profiles, a page at a time
    END = "end"


Options = Callable[[IntakeState, Context], list[tuple[str, Text | str]]]


@dataclass(frozen=True)
class Step:
    """One question of the intake."""

    id: str
    kind: Kind
    prompt: str  # message id
    answer: str | None = None  # where the answer is kept in `answers`
    options: Options | None = None  # (value, label) for CHOICE and MULTI steps
    parse: Callable[[str], Any] | None = None  # TEXT and PHONE steps
    progress: int | None = None  # "stap n van STEP_COUNT"
    back: bool = True  # offers "terug"
    next: Callable[[IntakeState], str] | None = None  # default: the next step in STEPS
    ack: str | None = None  # said once the step is answered (in the persona's tone)
    # A "weet ik niet" button (label, the answer it keeps), on steps where not knowing is fine.
    dont_know: tuple[str, Any] | None = None
    # The answer shows the resident cannot wait: offer a call back first (once).
    urgent_if: Callable[[IntakeState], bool] | None = None
    sends: bool = False  # answering it sends the request at once (the call back)
    # Typed words that count as tapping a button whose label they do not name ("nee").
    words: dict[str, str] = field(default_factory=dict, hash=False)


def _fixed(*pairs: tuple[str, str]) -> Options:
    return lambda state, ctx: [(value, Text(label)) for value, label in pairs]


def _gemeenten(state: IntakeState, ctx: Context) -> list[tuple[str, Text | str]]:
    return [(g, g) for g in ctx.network.gemeenten] + [("anders", Text(N_("gemeente.other")))]


def _languages(state: IntakeState, ctx: Context) -> list[tuple[str, Text | str]]:
    spoken = {code for p in ctx.profiles if p.active for code in p.talen} - {"nl"}
    codes = [
        "nl",
        *sorted(spoken, key=lambda c: list(LANGUAGE_NAMES).index(c) if c in LANGUAGE_NAMES else 99),
    ]
    return [(code, LANGUAGE_NAMES.get(code, code)) for code in codes]


def _levensgebieden(state: IntakeState, ctx: Context) -> list[tuple[str, Text | str]]:
    return [(g, Text(f"levensgebied.{g}")) for g in LEVENSGEBIEDEN if g != "anders"] + [
        ("anders", Text(N_("levensgebied.anders")))
    ]


def _after_contact(state: IntakeState) -> str:
    return {"phone": "contact_phone", "email": "contact_email"}.get(
        state.answers.get("contact_method"), "found_via"
    )


# How the resident found the network (for the figures); optional: "sla over" keeps nothing.
FOUND_VIA: tuple[str, ...] = (
    "gemeente",
    "zorgverlener",
    "website",
    "social_media",
    "kennis",
    "organisatie",
    "anders",
)
SKIP = "skip"

# "Ik vraag het voor iemand anders": who the person asking is to the resident, and the
# request's source in the figures.
FOR_SOMEONE_ELSE = "yes_other"
SOURCE_OF_RELATION: dict[str, str] = {
    "mantelzorger": "naaste",
    "familie": "naaste",
    "professional": "professional",
    "organisatie": "organisation",
}
REGISTRANT, RESIDENT = "registrant", "resident"  # whose contact details the Meedenker uses

# After the information: talk with someone after all (the match goes on), or stop here.
TALK, ENOUGH = "talk", "enough"
YES_WORDS = ("ja", "yes", "oké", "ok", "goed", "graag", "ja graag")
NO_WORDS = ("nee", "no", "nee dank je", "nee bedankt", "genoeg")


# "Het moet snel": the offer of a call back, and where the intake goes on if it is declined.
URGENT = "urgent"
CALLBACK, CALL, CONTINUE = "callback", "call", "continue"
URGENT_RETURN = "urgent_return"
UNKNOWN = "unknown"  # the value of every "weet ik niet" button
DONT_KNOW = N_("answer.unknown")
# Typed instead of tapping "weet ik niet" (after case and sentence marks are taken away).
DONT_KNOW_WORDS = frozenset(
    {
        "weet ik niet",
        "ik weet het niet",
        "weet niet",
        "geen idee",
        "i dont know",
        "dont know",
        "no idea",
        "bilmiyorum",
        "لا اعرف",
        "لا أعرف",
    }
)

# Typed instead of tapping one of the six answers to "what do you need most": the words
# people use for it in their own language (matched whole, after bare).
NEED_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            *DONT_KNOW_WORDS,
            "weet ik niet precies",
            "geen flauw idee",
            "ik weet niet waar te beginnen",
            "snap ik niet",
            "ik snap het niet",
            "geen idee waar ik moet beginnen",
            "not sure",
            "ne yapacagimi bilmiyorum",
            "ne yapacağımı bilmiyorum",
            "ما بعرف",
            "مش عارف",
        ),
        Persona.LOIS,
    ),
    **dict.fromkeys(
        (
            "advies",
            "alleen advies",
            "een advies",
            "informatie",
            "alleen informatie",
            "info",
            "alleen info",
            "tips",
            "een tip",
            "advice",
            "just advice",
            "information",
            "tavsiye",
            "bilgi",
            "نصيحه",
            "نصيحة",
            "معلومات",
        ),
        Persona.KAY,
    ),
    **dict.fromkeys(
        (
            "zelf",
            "zelf doen",
            "ik doe het zelf",
            "ik doe het liever zelf",
            "liefst zelf",
            "myself",
            "on my own",
            "kendim",
            "kendim yapmak istiyorum",
            "بنفسي",
        ),
        Persona.WILLEM,
    ),
    **dict.fromkeys(
        (
            "voorbereiden",
            "voorbereiding",
            "goed voorbereiden",
            "prepare",
            "to prepare",
            "hazirlanmak",
            "hazırlanmak",
            "استعد",
        ),
        Persona.VIVIAN,
    ),
    **dict.fromkeys(
        (
            "hulp",
            "ik heb hulp nodig",
            "ik wil hulp",
            "help",
            "i need help",
            "lukt niet",
            "het lukt niet",
            "lukt me niet",
            "yardim",
            "yardım",
            "yardim istiyorum",
            "yardım istiyorum",
            "مساعده",
            "مساعدة",
            "بدي مساعده",
            "بدي مساعدة",
        ),
        Persona.MARIAM,
    ),
}


def _wants_a_call(state: IntakeState) -> str:
    return "callback_phone" if state.answers.get(CALLBACK) == CALL else state.answers[URGENT_RETURN]


def source_of(answers: dict[str, Any]) -> str:
    """zelf / via naaste / via professional / via organisatie."""
    if not answers.get("for_other"):
        return "self"
    return SOURCE_OF_RELATION.get(answers.get("relation"), "naaste")


STEPS: tuple[Step, ...] = (
    Step(
        "consent",
        Kind.CHOICE,
        N_("consent.ask"),
        back=False,
        options=_fixed(
            ("yes", N_("consent.yes")),
            (FOR_SOMEONE_ELSE, N_("consent.for_other")),
            ("no", N_("consent.no")),
            ("more", N_("consent.more")),
            ("human", N_("button.human")),
        ),
        next=lambda s: "relation" if s.answers.get("for_other") else "gemeente",
    ),
    # On behalf of someone: who they are to the resident, and that the resident agrees.
    Step(
        "relation",
        Kind.CHOICE,
        N_("on_behalf.relation_ask"),
        "relation",
        options=_fixed(*((r, f"on_behalf.relation.{r}") for r in SOURCE_OF_RELATION)),
    ),
    Step(
        "agrees",
        Kind.CHOICE,
        N_("on_behalf.agrees_ask"),
        "agrees",
        options=_fixed(("yes", N_("on_behalf.agrees_yes")), ("no", N_("on_behalf.agrees_no"))),
    ),
    Step(
        "gemeente",
        Kind.CHOICE,
        N_("gemeente.ask"),
        "gemeente",
        _gemeenten,
        progress=1,
        dont_know=(DONT_KNOW, None),
        next=lambda s: "question" if s.answers.get("gemeente") else "gemeente_place",
    ),
    # Not sure of the gemeente: the name of the village or town will do (typed); not
    # known either, then the coordinator sorts it out.
    Step(
        "gemeente_place",
        Kind.CHOICE,
        N_("gemeente.place_ask"),
        "gemeente",
        lambda state, ctx: [],
        progress=1,
        dont_know=(DONT_KNOW, None),
    ),
    Step(
        "question",
        Kind.TEXT,
        N_("question.ask"),
        "question",
        parse=parse_question,
        progress=2,
        urgent_if=lambda s: urgency.sounds_urgent(s.answers.get("question")),
    ),
    Step(
        "levensgebieden",
        Kind.MULTI,
        N_("levensgebieden.ask"),
        "levensgebieden",
        _levensgebieden,
        progress=3,
    ),
    Step(
        "need",
        Kind.CHOICE,
        N_("need.ask"),
        "persona",
        progress=4,
        ack=N_("need.ack"),
        urgent_if=lambda s: s.persona == Persona.ARIE,
        options=_fixed(
            (Persona.LOIS, N_("need.lois")),
            (Persona.ARIE, N_("need.arie")),
            (Persona.MARIAM, N_("need.mariam")),
            (Persona.VIVIAN, N_("need.vivian")),
            (Persona.WILLEM, N_("need.willem")),
            (Persona.KAY, N_("need.kay")),
        ),
        words=NEED_WORDS,
        next=lambda s: "information" if s.persona in information.FIRST else "preference",
    ),
    # Kay and Willem first read what they can do themselves (flows/information.py); a
    # person only if they still want one. An answer, not a numbered question: who stops
    # here has seen steps 1 to 4, who goes on finds step 5 next.
    Step(
        "information",
        Kind.CHOICE,
        N_("information.ask"),
        progress=None,
        options=_fixed((TALK, N_("information.talk")), (ENOUGH, N_("information.enough"))),
        words={**dict.fromkeys(YES_WORDS, TALK), **dict.fromkeys(NO_WORDS, ENOUGH)},
        next=lambda s: "preference",
    ),
    Step(
        "preference",
        Kind.CHOICE,
        N_("preference.ask"),
        "preference",
        progress=5,
        options=_fixed(
            (PREFER_VOLUNTEER, N_("preference.volunteer")),
            (PREFER_PROFESSIONAL, N_("preference.professional")),
            (NO_PREFERENCE, N_("preference.none")),
        ),
        dont_know=(DONT_KNOW, NO_PREFERENCE),
    ),
    Step("language", Kind.CHOICE, N_("language.meedenker"), "language", _languages, progress=6),
    Step(
        "choice",
        Kind.PICK,
        N_("choice.ask"),
        "meedenker",
        progress=7,
        next=lambda s: "contact_person" if s.answers.get("for_other") else "contact",
    ),
    Step(
        "contact_person",
        Kind.CHOICE,
        N_("on_behalf.contact_ask"),
        "contact_person",
        progress=8,
        options=_fixed(
            (REGISTRANT, N_("on_behalf.contact_registrant")),
            (RESIDENT, N_("on_behalf.contact_resident")),
        ),
    ),
    Step(
        "contact",
        Kind.CHOICE,
        N_("contact.ask"),
        "contact_method",
        progress=8,
        options=_fixed(
            ("telegram", N_("contact.telegram")),
            ("phone", N_("contact.phone")),
            ("email", N_("contact.email")),
        ),
        next=_after_contact,
    ),
    Step(
        "contact_phone",
        Kind.PHONE,
        N_("contact.phone_ask"),
        "contact_value",
        parse=parse_phone,
        progress=8,
        next=lambda s: "found_via",
    ),
    Step(
        "contact_email",
        Kind.TEXT,
        N_("contact.email_ask"),
        "contact_value",
        parse=parse_email,
        progress=8,
    ),
    Step(
        "found_via",
        Kind.CHOICE,
        N_("found_via.ask"),
        "found_via",
        progress=None,  # one optional question, not a numbered step
        options=_fixed(
            *((value, f"found_via.{value}") for value in FOUND_VIA),
            (SKIP, N_("found_via.skip")),
        ),
    ),
    Step(
        "summary",
        Kind.CHOICE,
        N_("summary.ask"),
        progress=None,
        options=_fixed(("send", N_("summary.send")), ("edit", N_("summary.edit"))),
    ),
    Step(
        "edit",
        Kind.CHOICE,
        N_("edit.ask"),
        options=_fixed(
            ("gemeente", N_("edit.gemeente")),
            ("question", N_("edit.question")),
            ("levensgebieden", N_("edit.levensgebieden")),
            ("preference", N_("edit.preference")),
            ("choice", N_("edit.meedenker")),
            ("contact", N_("edit.contact")),
            ("summary", N_("edit.nothing")),
        ),
    ),
    # "Het moet snel": a call back at once, or on with the questions.
    Step(
        URGENT,
        Kind.CHOICE,
        N_("urgent.ask"),
        CALLBACK,
        options=_fixed((CALL, N_("urgent.call")), (CONTINUE, N_("urgent.continue"))),
        next=_wants_a_call,
    ),
    # The number to call; the request is sent as soon as it is given, so nothing is lost.
    Step(
        "callback_phone",
        Kind.PHONE,
        N_("callback.phone_ask"),
        "contact_value",
        parse=parse_phone,
        sends=True,
    ),
    Step("done", Kind.END, N_("done.body"), back=False),
)
STEP_BY_ID = {step.id: step for step in STEPS}
# Changing these can change who fits, so the resident chooses again.
AFFECTS_MATCH = {"gemeente", "levensgebieden", "preference", "language"}
ANY_MEEDENKER = "any"  # "kies jij maar": the coordinator picks


def check_steps() -> None:
    """Fail fast at start-up on a misbuilt intake."""
    ids = [s.id for s in STEPS]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate step ids in the intake")
    for step in STEPS:
        if step.kind in (Kind.CHOICE, Kind.MULTI) and step.options is None:
            raise ValueError(f"step {step.id} needs options")
        if step.kind in (Kind.TEXT, Kind.PHONE) and step.parse is None:
            raise ValueError(f"step {step.id} needs a parse function")
    # Every question shown has its own number, in order; only the ways to give one
    # answer (contact, then the number or address; the gemeente, or the place) share one.
    shared = ("contact_", "gemeente_")
    numbers = [s.progress for s in STEPS if s.progress and not s.id.startswith(shared)]
    if numbers != list(range(1, STEP_COUNT + 1)):
        raise ValueError(f"steps are numbered {numbers}, not 1 to {STEP_COUNT}")


check_steps()


# ----- the engine ---------------------------------------------------------------------------


def handle(state: IntakeState | None, event: Event, ctx: Context) -> Reply:
    """One event in, the new state and what to show out.

    Whatever the step, words that show danger get the crisis help first; then the
    conversation goes on as it would have.
    """
    words = event.text if isinstance(event, Typed | Edited) else getattr(event, "caption", None)
    if isinstance(event, Edited):  # read on its own: it was written before the last words
        seen = safety.check(None, words)
        return _crisis(state, _after_edit(state, ctx), seen) if seen.danger else Reply(state)
    seen = safety.check(state.last_words if state is not None else None, words)
    reply = _remember(
        _handle(state, event, ctx), seen.last_words if isinstance(event, Typed) else None
    )
    return reply if seen.danger is None else _crisis(state, reply, seen)


def _after_edit(state: IntakeState | None, ctx: Context) -> Reply:
    """After the crisis help for an edited message, the step again, with working buttons."""
    if state is None or state.step not in STEP_BY_ID:
        return Reply(state)
    return _reshow(state, ctx)


def _crisis(state: IntakeState | None, reply: Reply, seen: safety.Seen) -> Reply:
    """The crisis help first, the coordinator alerted, then the conversation as it was."""
    danger = seen.danger
    shared = _consented(reply.state) or _consented(state)
    new_state = reply.state
    if new_state is not None and _consented(new_state):
        new_state = replace(new_state, answers={**new_state.answers, "danger": danger.value})
    alert = DangerSeen(danger.value, seen.words if shared else None)
    # No "tap a button" right after the crisis help: it would read cold.
    says = tuple(s for s in reply.says if not _is(s, N_("input.tap")))
    return Reply(new_state, (Say(Text(N_("crisis.body"))), *says), (*reply.effects, alert))


def _name_on(button: Button) -> str | None:
    """The Meedenker's name on a "Kies Anna" button: typing "anna" picks her too."""
    name = button.label.params.get("name") if isinstance(button.label, Text) else None
    return bare(name) if isinstance(name, str) else None


# Commands typed without the slash, alone: people write "stop" or "help" and mean it.
COMMAND_WORDS: dict[str, Command] = {
    **dict.fromkeys(("stop", "stoppen", "ik wil stoppen", "dur", "توقف"), Command.STOP),
    **dict.fromkeys(("help", "hulp", "yardim", "yardım", "مساعدة"), Command.HELP),
    **dict.fromkeys(("mens", "een mens", "human", "insan", "انسان", "إنسان"), Command.HUMAN),
}


def understood(
    state: IntakeState | None, event: Event, ctx: Context, label: Callable[[Text | str], str]
) -> Event:
    """What typed words mean when they are a command without its slash, or the label of one
    of the current step's buttons as the resident sees it (`label` translates it): "klaar",
    "Terug", "Tamam". Levensgebieden named in words are ticked by the step itself (never
    unticked), so their buttons are left out here."""
    if not isinstance(event, Typed):
        return event
    said = bare(event.text)
    if said in COMMAND_WORDS:
        return COMMAND_WORDS[said]
    if state is None or state.step not in STEP_BY_ID or not said:
        return event
    step = STEP_BY_ID[state.step]
    ticks = {value for value, _ in step.options(state, ctx)} if step.kind is Kind.MULTI else ()
    named = {
        button.value
        for say in _show(state, ctx)
        for row in say.buttons
        for button in row
        if button.value not in ticks and said in (bare(label(button.label)), _name_on(button))
    }
    return Tapped(state.seq, named.pop()) if len(named) == 1 else event


def _remember(reply: Reply, kept: str | None) -> Reply:
    """Keep the end of what was typed until the next event, and nothing once it is erased."""
    if reply.state is None:
        return reply
    if reply.state.last_words == kept:
        return reply
    return replace(reply, state=replace(reply.state, last_words=kept))


def _is(say: Say | Alert, key: str) -> bool:
    return isinstance(say, Say) and isinstance(say.text, Text) and say.text.key == key


def _consented(state: IntakeState | None) -> bool:
    """Past the consent step: the resident agreed we keep and share what they write."""
    if state is None:
        return False
    step = state.resume if state.step == "restart" else state.step
    return step != "consent"


def _handle(state: IntakeState | None, event: Event, ctx: Context) -> Reply:
    if isinstance(event, Command):
        return _command(state, event, ctx)
    if isinstance(event, Refresh):
        if state is None or state.step in ("done", "restart"):
            return Reply(state, (Say(Text(N_("idle.hint"))),) if state is None else ())
        return _reshow(state, ctx, fresh_buttons=not event.again)
    if state is None or state.step == "done":
        return _after_done(state, event, ctx)
    if state.step == "restart":
        return _restart_answer(state, event, ctx)
    step = STEP_BY_ID[state.step]
    if isinstance(event, Tapped):
        if event.seq != state.seq:
            return Reply(state, (Alert(Text(N_("button.old"))),))
        return _tapped(state, step, event.value, ctx)
    if isinstance(event, Media):
        return _reshow(state, ctx, Text(N_("input.media"), _human(ctx)))
    if isinstance(event, SharedContact):
        if step.kind is not Kind.PHONE:
            return _reshow(state, ctx, Text(N_("input.tap")))
        if not event.own:
            return _reshow(state, ctx, Text(N_("contact.not_own")))
        return _answered(state, step, parse_phone(event.phone), ctx)
    return _typed(state, step, event.text, ctx)


def start(ctx: Context) -> Reply:
    state = IntakeState()
    return Reply(state, (Say(Text(N_("welcome.body"), _human(ctx))), *_show(state, ctx)))


def reopen_choice(
    state: IntakeState | None, request_id: int, excluded: list[str], ctx: Context
) -> Reply | None:
    """The chosen Meedenker of request `request_id` passed: choose again without them, then
    confirm the summary (which sends the new choice for that same request).

    None when the answers are gone (/stop) or a new intake is under way: the coordinator
    takes over then.
    """
    if state is None or state.step != "done" or not state.answers.get("question"):
        return None
    answers = {
        **state.answers,
        "meedenker": None,
        "excluded": list(excluded),
        "request": request_id,
    }
    moved = replace(
        state,
        step="choice",
        seq=state.seq + 1,
        answers=answers,
        history=[],
        editing=True,
        page=0,
        resume=None,
    )
    return Reply(moved, _show(moved, ctx))


def _command(state: IntakeState | None, command: Command, ctx: Context) -> Reply:
    if command is Command.START:
        if state is not None and state.step == "done":
            return replace(start(ctx), effects=(BeganAgain(),))
        if state is None or state.step in ("consent", "restart"):
            return start(ctx)
        asking = replace(state, step="restart", resume=state.step, seq=state.seq + 1)
        return Reply(asking, (_restart_question(asking),))
    if command is Command.STOP:
        if state is not None and state.step == "done":
            # Stopping the conversation does not take back what was sent: /vergeet-mij does.
            return Reply(None, (Say(Text(N_("stop.after_sent"), _human(ctx)), _FORGET_ME),))
        effects = (Forget(),) if state and state.answers else ()
        return Reply(None, (Say(Text(N_("stop.done"), _human(ctx)), _FORGET_ME),), effects)
    effects = (AskedHuman(),) if command is Command.HUMAN and _consented(state) else ()
    # /mens alerts the coordinator only once the resident agreed we keep their answers.
    key = N_("human.body") if effects else N_("human.call")
    if command is Command.HELP:
        note = Say(Text(N_("help.body"), _human(ctx)), _FORGET_ME)
    else:
        note = Say(Text(key, _human(ctx)))
    if state is None or state.step in ("done", "restart"):
        return Reply(state, (note,), effects)
    shown = replace(state, seq=state.seq + 1)
    return Reply(shown, (note, *_show(shown, ctx)), effects)


# Erasing everything (bot/routers/privacy.py answers this button in any state).
_FORGET_ME = ((Button(Text(N_("forget.button")), FORGET_ME),),)


def _restart_question(state: IntakeState) -> Say:
    return Say(
        Text(N_("restart.ask")),
        ((Button(Text(N_("restart.yes")), "yes"), Button(Text(N_("restart.no")), "no")),),
    )


def _restart_answer(state: IntakeState, event: Event, ctx: Context) -> Reply:
    value = event.value if isinstance(event, Tapped) and event.seq == state.seq else None
    if isinstance(event, Typed):
        value = {"ja": "yes", "nee": "no"}.get(event.text.strip().lower())
    if value == "yes":
        fresh = start(ctx)
        return replace(fresh, effects=(Forget(),))
    if value == "no":
        back = replace(state, step=state.resume, resume=None, seq=state.seq + 1)
        return Reply(back, _show(back, ctx))
    if isinstance(event, Tapped) and event.seq != state.seq:
        return Reply(state, (Alert(Text(N_("button.old"))),))
    return Reply(state, (Say(Text(N_("input.tap"))), _restart_question(state)))


def _after_done(state: IntakeState | None, event: Event, ctx: Context) -> Reply:
    if isinstance(event, Tapped):
        # With nothing kept (after /stop, or after "dit is genoeg") the tap cannot go on.
        return Reply(state, (Alert(Text(N_("button.old" if state else "button.ended"))),))
    if isinstance(event, Typed) and event.text.strip().startswith("/"):
        return Reply(
            state, (Say(Text(N_("idle.hint") if state is None else N_("input.unknown_command"))),)
        )
    if state is None:  # "hoi" from someone new (or back after /stop): just begin
        return start(ctx)
    return Reply(state, (Say(Text(N_("done.again"))),), (WroteAgain(),))


def _tapped(state: IntakeState, step: Step, value: str, ctx: Context) -> Reply:
    if value == "back" and step.back:
        return _go_back(state, ctx)
    if step.kind is Kind.MULTI:
        return _multi(state, step, value, ctx)
    if step.kind is Kind.PICK:
        return _pick(state, step, value, ctx)
    if value == UNKNOWN and step.dont_know is not None:
        return _answered(state, step, step.dont_know[1], ctx)
    if step.kind is Kind.CHOICE and value in _values(step, state, ctx):
        return _choice(state, step, value, ctx)
    return Reply(state, (Alert(Text(N_("button.old"))),))


def _typed(state: IntakeState, step: Step, text: str, ctx: Context) -> Reply:
    if text.strip().startswith("/"):  # a command we do not know is never an answer
        return _reshow(state, ctx, Text(N_("input.unknown_command")))
    if step.kind in (Kind.TEXT, Kind.PHONE):
        try:
            value = step.parse(text)
        except ValueError as problem:
            return _reshow(state, ctx, Text(str(problem), _human(ctx)))
        return _answered(state, step, value, ctx)
    # Typed instead of tapped: take it when it names exactly one of the buttons
    # ("lisse", "ik woon in Sassenheim" for Teylingen).
    wanted = text.strip().lower()
    if step.kind in (Kind.CHOICE, Kind.MULTI) and wanted:
        named = _named_options(step, state, ctx, wanted)
        if len(named) == 1 and step.id == "gemeente_place":
            return _answered(state, step, named.pop(), ctx)
        if len(named) == 1:
            return _tapped(state, step, named.pop(), ctx)
    if _says_dont_know(wanted) and (step.dont_know is not None or step.kind is Kind.MULTI):
        return _tapped(state, step, UNKNOWN, ctx)
    offered = CALLBACK in state.answers or step.id == URGENT
    if not offered and _consented(state) and urgency.sounds_urgent(text):
        # "Het moet snel" where a tap was expected: the call back first, then this step.
        return _offer_call(state, state.step, ctx)
    if step.id == "gemeente_place":
        return _reshow(state, ctx, Text(N_("gemeente.place_unknown"), {"gemeenten": _listed(ctx)}))
    if (
        step.id == "levensgebieden"
        and state.history[-1:] == ["question"]
        and len(wanted.split()) > 2
    ):
        return _added_to_question(state, text, ctx)
    if step.kind is Kind.MULTI and (found := suggest_levensgebieden(wanted)):
        # "het gaat ook over geld": tick what the words name, and show the list again.
        ticked = set(state.answers.get(step.answer, [])) | set(found)
        ordered = [g for g in LEVENSGEBIEDEN if g in ticked]
        answers = {**state.answers, step.answer: ordered, **_owned(state, found)}
        return _reshow(replace(state, answers=answers), ctx)
    if (value := step.words.get(bare(wanted))) is not None:
        return _tapped(state, step, value, ctx)
    if step.id == "consent" and wanted in ("ja", "yes", "oké", "ok", "goed"):
        return _tapped(state, step, "yes", ctx)
    if step.id == "consent" and wanted in ("nee", "no"):
        return _tapped(state, step, "no", ctx)
    if step.id == "consent" and len(wanted.split()) > 2:  # their story, before we may keep it
        return _reshow(state, ctx, Text(N_("consent.first")))
    return _reshow(state, ctx, Text(N_("input.tap")))


def _added_to_question(state: IntakeState, text: str, ctx: Context) -> Reply:
    """More words right after the question: people type in pieces ("hallo", "ik heb een
    brief", "van de belasting"), so they belong to the question. What they name is ticked
    as a guess, like the question's own words."""
    try:
        question = parse_question(f"{state.answers['question']}\n{text.strip()}")
    except ValueError as problem:
        return _reshow(state, ctx, Text(str(problem), _human(ctx)))
    ticked = state.answers.get("levensgebieden", [])
    guessed = [g for g in suggest_levensgebieden(text) if g not in ticked]
    answers = {
        **state.answers,
        "question": question,
        "levensgebieden": [g for g in LEVENSGEBIEDEN if g in ticked or g in guessed],
        GUESSED: [*state.answers.get(GUESSED, []), *guessed],
    }
    return _reshow(replace(state, answers=answers), ctx, Text(N_("question.added")))


def _says_dont_know(wanted: str) -> bool:
    return re.sub(r"[^\w ]+", "", wanted).strip() in DONT_KNOW_WORDS


def _listed(ctx: Context) -> str:
    return ", ".join(ctx.network.gemeenten)


def _named_options(step: Step, state: IntakeState, ctx: Context, wanted: str) -> set[str]:
    """The options whose (plain) label the text names as a whole word or phrase."""
    names = [(label, value) for value, label in step.options(state, ctx) if isinstance(label, str)]
    if step.id == "gemeente_place":
        names += [(g, g) for g in ctx.network.gemeenten]
    if step.id in ("gemeente", "gemeente_place"):
        names += list(ctx.network.places.items())
    words = re.sub(r"[^\w-]+", " ", wanted)
    padded = f" {words} "
    return {value for label, value in names if f" {label.lower()} " in padded}


def _choice(state: IntakeState, step: Step, value: str, ctx: Context) -> Reply:
    if step.id == "consent":
        if value == "no":
            return Reply(None, (Say(Text(N_("consent.declined"), _human(ctx))),))
        if value == "more":
            shown = replace(state, seq=state.seq + 1)
            return Reply(shown, (Say(Text(N_("consent.details"))), *_show(shown, ctx)))
        if value == "human":
            return _command(state, Command.HUMAN, ctx)
        answers = {**state.answers, "for_other": value == FOR_SOMEONE_ELSE}
        return _advance(replace(state, answers=answers), step, ctx, effects=(ConsentGiven(),))
    if step.id == "information" and value == ENOUGH:
        return _information_only(state, ctx)
    if step.id == "agrees" and value == "no":
        return _reshow(state, ctx, Text(N_("on_behalf.ask_first"), _human(ctx)))
    if step.id == "gemeente" and value == "anders":
        return _reshow(
            state,
            ctx,
            Text(
                N_("gemeente.outside"),
                {"gemeenten": _listed(ctx), **_human(ctx)},
            ),
        )
    if step.id == "summary":
        if value == "edit":
            return _goto(replace(state, editing=False), "edit", ctx)
        answers = {**state.answers, "persona": state.persona}
        done = replace(state, step="done", seq=state.seq + 1, history=[], editing=False)
        chosen = _profile(ctx, state.answers.get("meedenker"))
        thanks = Say(
            Text(N_("done.body"), {"name": chosen.name, **_human(ctx)})
            if chosen
            else Text(N_("done.body_any"), _human(ctx))
        )
        # What happens next: where the first talk can be, who may come, no "klik", complaints.
        next_steps = Say(Text(N_("done.next"), _human(ctx)))
        return Reply(done, (thanks, next_steps), (Submit(answers),))
    if step.id == "edit":
        if value == "summary":
            return _goto(state, "summary", ctx)
        return _goto(replace(state, editing=True), value, ctx)
    if step.id == "found_via" and value == SKIP:
        value = None
    return _answered(state, step, value, ctx)


def _information_only(state: IntakeState, ctx: Context) -> Reply:
    """The information was enough: a kind goodbye, nothing kept of the person (no request,
    no answers; the resident row goes if no request of theirs is left), only a count."""
    topics = tuple(state.answers.get("levensgebieden") or ())
    goodbye = Say(Text(N_("information.done"), _human(ctx)))
    return Reply(None, (goodbye,), (InformationOnly(topics), Forget()))


def _answered(state: IntakeState, step: Step, value: Any, ctx: Context) -> Reply:
    answers = {**state.answers, step.answer: value} if step.answer else state.answers
    return _advance(replace(state, answers=answers), step, ctx)


def _advance(state: IntakeState, step: Step, ctx: Context, effects: tuple = ()) -> Reply:
    following = step.next(state) if step.next else _following(step)
    if state.editing and following != "summary" and step.id not in ("choice", "contact"):
        following = "choice" if step.id in AFFECTS_MATCH else "summary"
    if state.editing and step.id == "choice":
        following = "summary"
    if state.editing and following == "found_via":  # asked once; not part of changing
        following = "summary"
    if step.sends:
        return _call_back(state, ctx)
    ack = (Say(Text(step.ack)),) if step.ack else ()
    if (
        step.urgent_if is not None
        and not state.editing
        and CALLBACK not in state.answers
        and step.urgent_if(state)
    ):
        reply = _offer_call(state, following, ctx)
    else:
        reply = _goto(state, following, ctx)
    return replace(reply, says=ack + reply.says, effects=effects)


def _offer_call(state: IntakeState, then: str, ctx: Context) -> Reply:
    """Offer "bel mij zo snel mogelijk"; declined, the intake goes on at `then`."""
    answers = {**state.answers, URGENT_RETURN: then}
    return _goto(replace(state, answers=answers), URGENT, ctx)


def _call_back(state: IntakeState, ctx: Context) -> Reply:
    """The resident gave the number to call: the request goes out now, urgent, and the
    coordinator picks the Meedenker. What is left is a short summary and what happens next."""
    answers = {
        **state.answers,
        "contact_method": "phone",
        "meedenker": None,
        "persona": state.persona or Persona.ARIE,
    }
    if answers.get("for_other"):  # the coordinator calls the one who asked
        answers["contact_person"] = REGISTRANT
    done = replace(
        state, step="done", seq=state.seq + 1, history=[], editing=False, answers=answers
    )
    crisis = (Say(Text(N_("crisis.body"))),) if answers.get("danger") else ()
    summary = Text(
        N_("callback.sent"),
        {
            "gemeente": answers.get("gemeente") or Text(DONT_KNOW),
            "question": shorten(answers.get("question") or "", SUMMARY_QUESTION_MAX),
            "number": answers["contact_value"],
        },
    )
    next_steps = Text(N_("callback.next"), {"number": answers["contact_value"], **_human(ctx)})
    return Reply(done, (*crisis, Say(summary), Say(next_steps)), (Submit(answers),))


def _following(step: Step) -> str:
    return STEPS[STEPS.index(step) + 1].id


def _goto(state: IntakeState, step_id: str, ctx: Context) -> Reply:
    history = [*state.history, state.step] if state.step != step_id else state.history
    moved = replace(state, step=step_id, seq=state.seq + 1, history=history, page=0)
    if step_id == "levensgebieden" and "levensgebieden" not in moved.answers:
        suggested = suggest_levensgebieden(moved.answers.get("question", ""))
        moved.answers = {**moved.answers, "levensgebieden": suggested, GUESSED: suggested}
    return Reply(moved, _show(moved, ctx))


def _go_back(state: IntakeState, ctx: Context) -> Reply:
    if not state.history:
        return _reshow(state, ctx)
    previous = state.history[-1]
    moved = replace(state, step=previous, seq=state.seq + 1, history=state.history[:-1], page=0)
    return Reply(moved, _show(moved, ctx))


def _reshow(
    state: IntakeState, ctx: Context, note: Text | None = None, fresh_buttons: bool = True
) -> Reply:
    shown = replace(state, seq=state.seq + 1) if fresh_buttons else state
    first, *rest = _show(shown, ctx)
    if note is not None:  # one message: the answer to what they did, then the step again
        first = replace(first, text=Lines((note, first.text), sep="\n\n"))
    return Reply(shown, (first, *rest))


def _multi(state: IntakeState, step: Step, value: str, ctx: Context) -> Reply:
    ticked = list(state.answers.get(step.answer, []))
    if value == "done":
        if not ticked:
            return Reply(state, (Alert(Text(N_("levensgebieden.none"))),))
        return _advance(state, step, ctx)
    if value == "unknown":
        return _answered(state, step, [], ctx)
    if value not in _values(step, state, ctx):
        return Reply(state, (Alert(Text(N_("button.old"))),))
    ticked = [v for v in ticked if v != value] if value in ticked else [*ticked, value]
    ordered = [g for g in LEVENSGEBIEDEN if g in ticked]
    answers = {**state.answers, step.answer: ordered, **_owned(state, [value])}
    changed = replace(state, answers=answers)
    return Reply(changed, (replace(_show(changed, ctx)[0], edit=True),))


def _owned(state: IntakeState, touched: list[str]) -> dict[str, list[str]]:
    """What the resident tapped or named is their own choice now, no longer a guess."""
    return {GUESSED: [g for g in state.answers.get(GUESSED, []) if g not in touched]}


def _pick(state: IntakeState, step: Step, value: str, ctx: Context) -> Reply:
    if value == "more":
        paged = replace(state, page=state.page + 1)
        return Reply(paged, (replace(_show(paged, ctx)[0], edit=True),))
    if value == ANY_MEEDENKER:
        no_match = not _matches(state, ctx)
        picked = replace(state, answers={**state.answers, "no_match": no_match})
        return _answered(picked, step, None, ctx)
    chosen = value.removeprefix("pick.")
    if value.startswith("pick.") and chosen in _matches(state, ctx).ids():
        return _answered(state, step, chosen, ctx)
    return Reply(state, (Alert(Text(N_("button.old"))),))


def _values(step: Step, state: IntakeState, ctx: Context) -> set[str]:
    return {value for value, _ in step.options(state, ctx)}


# ----- showing a step -----------------------------------------------------------------------


def _show(state: IntakeState, ctx: Context) -> tuple[Say, ...]:
    step = STEP_BY_ID[state.step]
    back_row = ((Button(Text(N_("button.back")), "back"),),) if step.back and state.history else ()
    if step.kind is Kind.PICK:
        return _show_choice(state, step, ctx, back_row)
    if step.kind is Kind.MULTI:
        ticked = state.answers.get(step.answer, [])
        rows = _pairs(
            [
                Button(
                    Text(N_("option.ticked"), {"label": label}) if value in ticked else label, value
                )
                for value, label in step.options(state, ctx)
            ]
        )
        rows += (
            (
                Button(Text(N_("levensgebieden.unknown")), "unknown"),
                Button(Text(N_("levensgebieden.done")), "done"),
            ),
        )
        return (Say(_prompt(step, state, ctx), rows + back_row, step=step.progress),)
    if step.kind is Kind.CHOICE:
        rows = tuple((Button(label, value),) for value, label in step.options(state, ctx))
        if step.id == "gemeente":
            rows = _pairs([Button(label, value) for value, label in step.options(state, ctx)])
        if step.dont_know is not None:
            rows += ((Button(Text(step.dont_know[0]), UNKNOWN),),)
        return (Say(_prompt(step, state, ctx), rows + back_row, step=step.progress),)
    return (
        Say(
            _prompt(step, state, ctx),
            back_row,
            ask_contact=step.kind is Kind.PHONE,
            step=step.progress,
        ),
    )


def _prompt(step: Step, state: IntakeState, ctx: Context) -> Text | Lines:
    if step.id == "summary":
        return _summary(state, ctx)
    if step.id == "contact":
        chosen = _profile(ctx, state.answers.get("meedenker"))
        if chosen is None:
            return Text(N_("contact.ask_any"))
        return Text(step.prompt, {"name": chosen.name})
    if step.id in ("gemeente", "gemeente_place"):  # a village of the network as the example
        places = list(ctx.network.places) or list(ctx.network.gemeenten)
        return Text(step.prompt, {"example": places[0] if places else ""})
    if step.id == "information":
        return information.answer(
            state.answers.get("levensgebieden") or (), ctx.network.phone, ctx.network.email
        )
    if step.id == "levensgebieden" and suggest_levensgebieden(state.answers.get("question", "")):
        return Text(N_("levensgebieden.ask_suggested"))  # says some are ticked already
    return Text(step.prompt)


def _pairs(buttons: list[Button]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def _matches(state: IntakeState, ctx: Context) -> Ranking:
    answers = state.answers
    return rank(
        ctx.profiles,
        gemeente=answers.get("gemeente", ""),
        levensgebieden=answers.get("levensgebieden", []),
        preference=answers.get("preference", NO_PREFERENCE),
        language=answers.get("language", "nl"),
        today=ctx.today,
        exclude=frozenset(answers.get("excluded", ())),
        persona=answers.get("persona"),
    )


def _show_choice(state: IntakeState, step: Step, ctx: Context, back_row) -> tuple[Say, ...]:
    matches = _matches(state, ctx)
    any_button = (Button(Text(N_("choice.any")), ANY_MEEDENKER),)
    if not matches:
        return (Say(Text(N_("choice.nobody")), (any_button, *back_row), step=step.progress),)
    pages = (len(matches) + PAGE_SIZE - 1) // PAGE_SIZE
    page = state.page % pages
    shown = matches[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    cards = Lines(tuple(_card(m, state) for m in shown), sep="\n\n")
    rows = [
        (Button(Text(N_("choice.pick"), {"name": m.profile.name}), f"pick.{m.profile.id}"),)
        for m in shown
    ]
    if pages > 1:
        rows.append((Button(Text(N_("choice.more")), "more"),))
    rows.append(any_button)
    text = Text(step.prompt, {"cards": cards, "page": page + 1, "pages": pages})
    return (Say(text, (*rows, *back_row), step=step.progress),)


def _card(match: Match, state: IntakeState) -> Text:
    p = match.profile
    kind = N_("card.kind.informeel") if p.kind == "informeel" else N_("card.kind.formeel")
    why = Lines(tuple(_reason(code, match, state) for code in match.reasons[:2]), sep="; ")
    return Text(
        N_("card.body"),
        {
            "name": p.name,
            "organisation": p.organisation,
            "kind": Text(kind),
            "experience": Text(N_("card.experience")) if p.ervaringsdeskundig else "",
            "why": why,
            "intro": InLanguages({**p.intros, "nl": p.intro}),
        },
    )


def _reason(code: str, match: Match, state: IntakeState) -> Text:
    params: dict[str, Any] = {}
    if code == "knows":
        params["topics"] = Lines(
            tuple(Text(f"levensgebied.{g}") for g in match.shared_levensgebieden), sep=", "
        )
    elif code == "language":
        params["language"] = LANGUAGE_NAMES.get(state.answers.get("language", ""), "")
    elif code == "gemeente":
        params["gemeente"] = state.answers.get("gemeente", "")
    return Text(f"reason.{code}", params)


def _profile(ctx: Context, meedenker_id: str | None) -> Profile | None:
    return next((p for p in ctx.profiles if p.id == meedenker_id), None)


def _summary(state: IntakeState, ctx: Context) -> Text | Lines:
    text = _summary_of_answers(state, ctx)
    if not state.answers.get("for_other"):
        return text
    who = Text(
        N_("on_behalf.summary"),
        {
            "relation": Text(f"on_behalf.relation.{state.answers.get('relation')}"),
            "contact": Text(f"on_behalf.with_{state.answers.get('contact_person')}"),
        },
    )
    return Lines((who, text), sep="\n\n")


def _summary_of_answers(state: IntakeState, ctx: Context) -> Text:
    a = state.answers
    question = a.get("question", "")
    question = shorten(question, SUMMARY_QUESTION_MAX)
    topics = a.get("levensgebieden") or []
    chosen = _profile(ctx, a.get("meedenker"))
    method = a.get("contact_method", "telegram")
    return Text(
        N_("summary.ask"),
        {
            "gemeente": a.get("gemeente") or Text(DONT_KNOW),
            "question": question,
            "topics": Lines(tuple(Text(f"levensgebied.{g}") for g in topics), sep=", ")
            if topics
            else Text(N_("levensgebieden.unknown")),
            "need": Text(f"need.{a.get('persona', 'kay')}"),
            "preference": Text(
                {
                    PREFER_VOLUNTEER: N_("preference.volunteer"),
                    PREFER_PROFESSIONAL: N_("preference.professional"),
                }.get(a.get("preference"), N_("preference.none"))
            ),
            "meedenker": chosen.name if chosen else Text(N_("summary.any")),
            "contact": Text(f"summary.contact.{method}", {"value": a.get("contact_value", "")}),
        },
    )


def _human(ctx: Context) -> dict[str, str]:
    """The human route, for texts that offer it."""
    return {"phone": ctx.network.phone, "email": ctx.network.email}
