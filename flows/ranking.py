"""Which Meedenkers to show a resident, best fit first, each with the reasons why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flows.domain import MeedenkerKind

# Preference answers of the intake.
PREFER_VOLUNTEER = "informeel"
PREFER_PROFESSIONAL = "formeel"
NO_PREFERENCE = "geen"


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


@dataclass(frozen=True)
class Match:
    profile: Profile
    shared_levensgebieden: tuple[str, ...] = ()
    kind_fits: bool = False
    speaks_language: bool = False
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
) -> list[Match]:
    """Meedenkers who serve `gemeente` and can take a request, ordered by fit.

    Order: preferred kind, then most shared levensgebieden, then speaks the language,
    then the lowest current load (spreads the work), then name (stable for paging).
    """
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
        reasons = _reasons(shared, kind_fits, speaks, profile, preference)
        matches.append(Match(profile, shared, kind_fits, speaks, reasons))
    matches.sort(
        key=lambda m: (
            not m.kind_fits,
            -len(m.shared_levensgebieden),
            not m.speaks_language,
            not (preference == PREFER_VOLUNTEER and m.profile.ervaringsdeskundig),
            m.profile.load,
            m.profile.name,
        )
    )
    return matches


def _reasons(shared, kind_fits, speaks, profile: Profile, preference: str) -> tuple[str, ...]:
    """Reason codes, most telling first; bot/ turns them into words."""
    reasons = []
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
