"""Which Meedenkers to show a resident, best fit first, each with the reasons why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
) -> list[Match]:
    """Meedenkers who serve `gemeente` and can take a request, ordered by fit.

    Order: preferred kind, then works with the persona's group (young people for Lois),
    then most shared levensgebieden, then speaks the language, then the lowest current
    load (spreads the work), then name (stable for paging).
    """
    group = GROUP_OF_PERSONA.get(persona or "")
    matches = []
    for profile in profiles:
        if (
            profile.id in exclude
            or not available(profile, today)
            or gemeente not in profile.gemeenten
        ):
            continue
        shared = tuple(g for g in levensgebieden if g in profile.levensgebieden)
        kind_fits = preference != NO_PREFERENCE and profile.kind == preference
        speaks = language != "nl" and language in profile.talen
        serves = group is not None and group in profile.doelgroepen
        reasons = _reasons(
            shared, kind_fits, speaks, profile, preference, group if serves else None
        )
        matches.append(Match(profile, shared, kind_fits, speaks, serves, reasons))
    matches.sort(
        key=lambda m: (
            not m.kind_fits,
            not m.serves_group,
            -len(m.shared_levensgebieden),
            not m.speaks_language,
            not (preference == PREFER_VOLUNTEER and m.profile.ervaringsdeskundig),
            m.profile.load,
            m.profile.name,
        )
    )
    return matches


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
