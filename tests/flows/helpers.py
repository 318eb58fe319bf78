"""A small network to drive the engine with."""

from __future__ import annotations

from datetime import date

from flows.domain import MeedenkerKind
from flows.intake import Context, Network
from flows.ranking import Profile

TODAY = date(2026, 11, 23)
NETWORK = Network("Netwerk", ("Hillegom", "Lisse"), "0252 000 000", "info@example.org")


def profile(
    id: str,
    kind: str = "informeel",
    gebieden=("geld",),
    gemeenten=("Lisse",),
    talen=("nl",),
    **extra,
) -> Profile:
    return Profile(
        id=id,
        name=id.removeprefix("m-").title(),
        organisation="Org",
        kind=MeedenkerKind(kind),
        ervaringsdeskundig=extra.pop("ervaringsdeskundig", False),
        levensgebieden=tuple(gebieden),
        gemeenten=tuple(gemeenten),
        talen=tuple(talen),
        intro="Hallo.",
        **extra,
    )


def context(*profiles: Profile) -> Context:
    return Context(NETWORK, list(profiles), TODAY)
