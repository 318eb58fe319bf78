from datetime import date

from flows.ranking import NO_PREFERENCE, PREFER_PROFESSIONAL, PREFER_VOLUNTEER, rank
from tests.flows.helpers import TODAY, profile


def ranked(profiles, **wishes):
    defaults = dict(
        gemeente="Lisse",
        levensgebieden=["geld"],
        preference=NO_PREFERENCE,
        language="nl",
        today=TODAY,
    )
    return [m.profile.id for m in rank(profiles, **{**defaults, **wishes})]


def test_only_available_meedenkers_of_the_gemeente_are_shown() -> None:
    profiles = [
        profile("m-a"),
        profile("m-b", gemeenten=("Hillegom",)),
        profile("m-c", active=False),
        profile("m-d", absent_until=date(2026, 12, 1)),
        profile("m-e", absent_until=date(2026, 11, 1)),  # back again
    ]
    assert ranked(profiles) == ["m-a", "m-e"]


def test_preferred_kind_comes_first_then_shared_levensgebieden() -> None:
    profiles = [
        profile("m-pro", kind="formeel", gebieden=("geld", "wonen")),
        profile("m-vol", kind="informeel", gebieden=("zorg",)),
        profile("m-vol2", kind="informeel", gebieden=("geld", "wonen")),
    ]
    assert ranked(profiles, preference=PREFER_VOLUNTEER, levensgebieden=["geld", "wonen"]) == [
        "m-vol2",
        "m-vol",
        "m-pro",
    ]
    assert (
        ranked(profiles, preference=PREFER_PROFESSIONAL, levensgebieden=["geld", "wonen"])[0]
        == "m-pro"
    )
    assert ranked(profiles, levensgebieden=["geld", "wonen"])[-1] == "m-vol"


def test_language_then_experience_then_lowest_load() -> None:
    profiles = [
        profile("m-busy", load=3),
        profile("m-free", load=0),
        profile("m-turks", talen=("nl", "tr"), load=5),
    ]
    assert ranked(profiles, language="tr") == ["m-turks", "m-free", "m-busy"]
    assert ranked(profiles) == ["m-free", "m-busy", "m-turks"]
    experienced = profile("m-ervaren", ervaringsdeskundig=True, load=9)
    assert ranked([*profiles, experienced], preference=PREFER_VOLUNTEER)[0] == "m-ervaren"


def test_reasons_say_why() -> None:
    [match] = rank(
        [profile("m-a", talen=("nl", "ar"), ervaringsdeskundig=True)],
        gemeente="Lisse",
        levensgebieden=["geld"],
        preference=PREFER_VOLUNTEER,
        language="ar",
        today=TODAY,
    )
    assert match.reasons == ("knows", "volunteer", "experience", "language", "gemeente")
    assert match.shared_levensgebieden == ("geld",)
