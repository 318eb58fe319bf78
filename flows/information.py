"""The information-only route: what a resident can do first, per levensgebied, and where
reliable public help is.

Pure data: per levensgebied a short text (a catalog id) and its sources. A source's name
and address are the same in every language, so they are data, never translated. Only
home pages of well-known public services: an address deep in a site changes too often.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from flows.domain import LEVENSGEBIEDEN, Persona
from flows.render import Lines, Text
from flows.text import N_


@dataclass(frozen=True)
class Source:
    name: str
    url: str


JURIDISCH_LOKET = Source("Het Juridisch Loket", "https://www.juridischloket.nl")
NIBUD = Source("Nibud", "https://www.nibud.nl")
GELDFIT = Source("Geldfit", "https://www.geldfit.nl")
BELASTINGDIENST = Source("Belastingdienst (toeslagen)", "https://www.belastingdienst.nl")
HUURCOMMISSIE = Source("Huurcommissie", "https://www.huurcommissie.nl")
UWV = Source("UWV", "https://www.uwv.nl")
SVB = Source("Sociale Verzekeringsbank", "https://www.svb.nl")
THUISARTS = Source("Thuisarts", "https://www.thuisarts.nl")
REGELHULP = Source("Regelhulp", "https://www.regelhulp.nl")
ZELFHULP_113 = Source("113 Zelfmoordpreventie", "https://www.113.nl")
LUISTERLIJN = Source("De Luisterlijn", "https://www.deluisterlijn.nl")
VEILIG_THUIS = Source("Veilig Thuis", "https://www.veiligthuis.nl")
OPVOEDEN = Source("Opvoeden.nl", "https://www.opvoeden.nl")
MANTELZORG_NL = Source("MantelzorgNL", "https://www.mantelzorg.nl")
DUO = Source("DUO", "https://www.duo.nl")
LEZEN_EN_SCHRIJVEN = Source("Stichting Lezen & Schrijven", "https://www.lezenenschrijven.nl")
VALYS = Source("Valys", "https://www.valys.nl")
# The access team of the four municipalities (for help that has to be applied for).
VOORIEDER1 = Source("VoorIeder1", "https://www.voorieder1.nl")


@dataclass(frozen=True)
class Answer:
    text: str  # message id: 2 to 4 short sentences, what you can do yourself first
    sources: tuple[Source, ...]


ANSWERS: dict[str, Answer] = {
    "wonen": Answer(N_("information.wonen"), (HUURCOMMISSIE, BELASTINGDIENST, JURIDISCH_LOKET)),
    "geld": Answer(N_("information.geld"), (NIBUD, GELDFIT, BELASTINGDIENST)),
    "werk": Answer(N_("information.werk"), (UWV, JURIDISCH_LOKET)),
    "zorg": Answer(N_("information.zorg"), (THUISARTS, REGELHULP, ZELFHULP_113)),
    "contacten": Answer(N_("information.contacten"), (LUISTERLIJN, VEILIG_THUIS)),
    "opvoeding": Answer(N_("information.opvoeding"), (OPVOEDEN, SVB, VEILIG_THUIS)),
    "mantelzorg": Answer(N_("information.mantelzorg"), (MANTELZORG_NL, REGELHULP)),
    "onderwijs": Answer(N_("information.onderwijs"), (DUO, LEZEN_EN_SCHRIJVEN)),
    "vervoer": Answer(N_("information.vervoer"), (REGELHULP, VALYS)),
    "anders": Answer(N_("information.anders"), (VOORIEDER1, JURIDISCH_LOKET, REGELHULP)),
}
GENERAL = "anders"  # the answer when the resident ticked nothing ("weet ik niet")

# Who gets the information first, and a person only if they still want one: Kay only
# wants advice, Willem would rather do it himself.
FIRST: frozenset[str] = frozenset({Persona.KAY, Persona.WILLEM})


def topics(levensgebieden: Iterable[str]) -> list[str]:
    """The levensgebieden to answer, in the usual order; the general one for none."""
    ticked = set(levensgebieden)
    return [g for g in LEVENSGEBIEDEN if g in ticked and g in ANSWERS] or [GENERAL]


def answer(levensgebieden: Iterable[str], phone: str, email: str) -> Lines:
    """One block per levensgebied (its name, the text, its sources), then the question
    whether they still want to talk with someone, with the network's own phone and mail."""
    blocks = tuple(_block(g) for g in topics(levensgebieden))
    closing = Text(N_("information.ask"), {"phone": phone, "email": email})
    return Lines((Text(N_("information.intro")), *blocks, closing), sep="\n\n")


def _block(levensgebied: str) -> Lines:
    found = ANSWERS[levensgebied]
    title = Text(N_("information.title"), {"topic": Text(f"levensgebied.{levensgebied}")})
    sources = tuple(
        Text(N_("information.source"), {"name": s.name, "url": s.url}) for s in found.sources
    )
    return Lines((title, Text(found.text), *sources))
