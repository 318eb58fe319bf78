"""Which Meedenkers to show a resident, best fit first, each with the reasons why."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from flows.domain import MeedenkerKind, Persona

# Preference answers of the intake.
PREFER_VOLUNTEER = "informeel"
PREFER_PROFESSIONAL = "formeel"
NO_PREFERENCE = "geen"

# Whom a Meedenker works with most (the directory's optional `doelgroepen`), and which
# persona of the intake leans to them: Lois, almost 18, is best helped by someone who
# knows young people.
YOUNG_PEOPLE = "jongeren"
TARGET_GROUPS: tuple[str, ...] = (YOUNG_PEOPLE, "ouderen", "gezinnen", "mantelzorgers")
GROUP_OF_PERSONA: dict[str, str] = {Persona.LOIS: YOUNG_PEOPLE}


@dataclass(frozen=True)
class Profile:
    """What the intake knows of a Meedenker (no contact details: they are not shown)."""

    id: str
    name: str
    organisation: str
    kind: MeedenkerKind
    ervaringsdeskundig: bool
    levensgebieden: tuple[str, ...]
    gemeenten: tuple[str, ...]
    talen: tuple[str, ...]
    intro: str  # in Dutch
    active: bool = True
    absent_until: date | None = None
    load: int = 0  # open requests now
    intros: dict[str, str] = field(default_factory=dict, hash=False)  # other languages
    doelgroepen: tuple[str, ...] = ()  # TARGET_GROUPS this Meedenker works with most


@dataclass(frozen=True)
class Match:
    profile: Profile
    shared_levensgebieden: tuple[str, ...] = ()
    kind_fits: bool = False
    speaks_language: bool = False
    serves_group: bool = False  # works with the group the resident's persona belongs to
    reasons: tuple[str, ...] = field(default=())


def available(profile: Profile, today: date) -> bool:
    return profile.active and (profile.absent_until is None or profile.absent_until < today)


PARTIAL_UP_TO = 60  # the first pages come from a partial sort; further ones sort all


class Ranking(Sequence[Match]):
    """The Meedenkers who fit, best first. Ordering thousands is cheap, explaining them is
    not: a Match (with its reasons) is made only for the ones looked at, a page at a time."""

    def __init__(
        self, keyed: list[tuple[tuple, Profile]], explain: Callable[[tuple, Profile], Match]
    ) -> None:
        self._keyed = keyed  # (sort key, profile), not yet in order
        self._explain = explain
        self._ordered: list[tuple[tuple, Profile]] | None = None

    def __len__(self) -> int:
        return len(self._keyed)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self._keyed))
            return [self._explain(*pair) for pair in self._best(stop)[start:stop:step]]
        if index < 0:
            index += len(self._keyed)
        return self._explain(*self._best(index + 1)[index])

    def _best(self, count: int) -> list[tuple[tuple, Profile]]:
        if self._ordered is not None or count > PARTIAL_UP_TO:
            if self._ordered is None:
                self._ordered = sorted(self._keyed, key=itemgetter(0))
            return self._ordered
        return heapq.nsmallest(count, self._keyed, key=itemgetter(0))

    def ids(self) -> frozenset[str]:
        return frozenset(p.id for _, p in self._keyed)


def rank(
    profiles: list[Profile],
    *,
    gemeente: str,
    levensgebieden: list[str],
    preference: str,
    language: str,
    today: date,
    exclude: frozenset[str] = frozenset(),
    persona: str | None = None,
) -> Ranking:
    """Meedenkers who serve `gemeente` and can take a request, ordered by fit.

    Order: preferred kind, then works with the persona's group (young people for Lois),
    then most shared levensgebieden, then speaks the language, then the lowest current
    load (spreads the work), then name (stable for paging).
    """
    group = GROUP_OF_PERSONA.get(persona or "")
    wanted = set(levensgebieden)
    lean_to_experience = preference == PREFER_VOLUNTEER
    keyed = []
    for profile in profiles:
        if (
            gemeente not in profile.gemeenten
            or profile.id in exclude
            or not available(profile, today)
        ):
            continue
        key = (
            preference == NO_PREFERENCE or profile.kind != preference,
            group is None or group not in profile.doelgroepen,
            -len(wanted.intersection(profile.levensgebieden)),
            language == "nl" or language not in profile.talen,
            not (lean_to_experience and profile.ervaringsdeskundig),
            profile.load,
            profile.name,
            profile.id,
        )
        keyed.append((key, profile))

    def explain(key: tuple, profile: Profile) -> Match:
        """The Match, from the facts its sort key already holds."""
        other_kind, other_group, _, other_language = key[:4]
        shared = tuple(g for g in levensgebieden if g in profile.levensgebieden)
        reasons = _reasons(
            shared,
            not other_kind,
            not other_language,
            profile,
            preference,
            None if other_group else group,
        )
        return Match(profile, shared, not other_kind, not other_language, not other_group, reasons)

    return Ranking(keyed, explain)


def _reasons(
    shared, kind_fits, speaks, profile: Profile, preference: str, group: str | None
) -> tuple[str, ...]:
    """Reason codes, most telling first; bot/ turns them into words."""
    reasons = [f"group_{group}"] if group else []
    if shared:
        reasons.append("knows")
    if kind_fits:
        reasons.append("volunteer" if preference == PREFER_VOLUNTEER else "professional")
    if profile.ervaringsdeskundig:
        reasons.append("experience")
    if speaks:
        reasons.append("language")
    reasons.append("gemeente")
    return tuple(reasons)
