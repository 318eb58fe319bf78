"""A small network to drive the engine with."""

from __future__ import annotations

from datetime import date

from flows.domain import MeedenkerKind
from flows.intake import Context, Network, Reply
from flows.ranking import Profile
from flows.render import Lines, Say, Text

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


def keys(reply: Reply) -> list[str]:
    """The message ids of what the reply says, in order: a message that answers what the
    resident did and shows the step again gives both (`_reshow`)."""
    found = []
    for say in (s for s in reply.says if isinstance(s, Say)):
        parts = say.text.items if isinstance(say.text, Lines) else (say.text,)
        found += [part.key for part in parts if isinstance(part, Text)]
    return found


def buttons(reply: Reply) -> list[str]:
    """The values of the buttons under the reply's last message."""
    say = [s for s in reply.says if isinstance(s, Say)][-1]
    return [b.value for row in say.buttons for b in row]
