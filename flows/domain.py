"""The fixed vocabulary of the domain, shared by the directory, the intake and the reports."""

from __future__ import annotations

from enum import StrEnum

# Life domains a request can touch. Keys are stable (they are stored and used in the
# directory file); the labels a person reads come from the catalogs.
LEVENSGEBIEDEN: tuple[str, ...] = (
    "wonen",
    "geld",
    "werk",
    "zorg",
    "contacten",
    "opvoeding",
    "mantelzorg",
    "onderwijs",
    "vervoer",
    "anders",
)


class MeedenkerKind(StrEnum):
    """Volunteers are `informeel`; professionals are `formeel`."""

    FORMEEL = "formeel"
    INFORMEEL = "informeel"


class Persona(StrEnum):
    """The six faces of the communication plan; each gets its own tone."""

    LOIS = "lois"  # does not know where to start
    ARIE = "arie"  # acute: it has to be quick
    MARIAM = "mariam"  # cannot manage alone
    VIVIAN = "vivian"  # wants to prepare
    WILLEM = "willem"  # would rather do it alone
    KAY = "kay"  # only wants advice


class RequestStatus(StrEnum):
    """Where a request (aanmelding) stands; every change is kept in its history."""

    DRAFT = "draft"
    CHOSEN = "chosen"  # the resident chose (or left it to the coordinator)
    INTRODUCED = "introduced"  # the chosen Meedenker has been asked
    DECLINED = "declined"  # the Meedenker passed; the resident chooses again
    ACCEPTED = "accepted"
    ESCALATED = "escalated"
    CONTACTED = "contacted"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


# Languages a resident can ask to speak with their Meedenker, named in that language
# (someone looking for their own language recognises its own name best).
LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "pl": "Polski",
    "de": "Deutsch",
    "fr": "Français",
    "uk": "Українська",
}


class IntroductionStatus(StrEnum):
    PENDING = "pending"  # waiting for the Meedenker's answer
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"  # no answer in time: the coordinator took over
    ENDED = "ended"  # the request moved on (closed, withdrawn, given to someone else)


DECLINE_REASONS: tuple[str, ...] = ("geen_tijd", "past_niet", "anders")


# Where a request can be referred onwards (by the coordinator, or by a Meedenker at Afgerond).
REFERRAL_TARGETS: tuple[str, ...] = ("integrale_toegang", "huisarts", "schuldhulp", "elders")
REFERRED = "referred"  # a stored outcome "referred:<target>"
