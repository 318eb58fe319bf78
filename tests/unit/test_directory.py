"""The directory file: the example network, precise errors, idempotent import."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from flows.domain import LEVENSGEBIEDEN
from storage.directory import DirectoryError, import_directory, load_directory, parse_directory
from storage.models import Meedenker, Network
from storage.uow import unit_of_work
from tests.conftest import EXAMPLE_DIRECTORY


def example() -> dict:
    return yaml.safe_load(EXAMPLE_DIRECTORY.read_text())


def test_example_network_is_complete() -> None:
    directory = load_directory(EXAMPLE_DIRECTORY)
    active = [m for m in directory.meedenkers if m.active]
    assert len(active) >= 16
    assert {m.kind for m in active} == {"formeel", "informeel"}
    assert {g for m in active for g in m.levensgebieden} == set(LEVENSGEBIEDEN)
    assert len({t for m in active for t in m.talen}) >= 3
    assert {g for m in active for g in m.gemeenten} == {
        "Hillegom",
        "Lisse",
        "Teylingen",
        "Noordwijk",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["meedenkers"][2].update(kind="vrijwilliger"),
            "meedenkers[2] (id m-carla), field 'kind'",
        ),
        (
            lambda d: d["meedenkers"][1].update(gemeenten=["Leiden"]),
            "meedenkers[1] (id m-bert), field 'gemeenten': 'Leiden' is not a gemeente",
        ),
        (
            lambda d: d["meedenkers"][0].update(levensgebieden=["geld", "tuinieren"]),
            "meedenkers[0] (id m-anna), field 'levensgebieden': unknown levensgebied 'tuinieren'",
        ),
        (
            lambda d: d["meedenkers"][3].update(organisation="nope"),
            "meedenkers[3] (id m-daan), field 'organisation': unknown organisation 'nope'",
        ),
        (lambda d: d["meedenkers"][4].update(id="m-anna"), "'m-anna' appears more than once"),
        (lambda d: d["meedenkers"][5].pop("intro"), "meedenkers[5] (id m-frank), field 'intro'"),
        (
            lambda d: d["meedenkers"][6].update(colour="blue"),
            "meedenkers[6] (id m-greet), field 'colour'",
        ),
        (lambda d: d["network"].update(email="not-an-address"), "network, field 'email'"),
        (
            lambda d: d["meedenkers"][7].update(talen=["Arabic"]),
            "meedenkers[7] (id m-hassan), field 'talen",
        ),
    ],
)
def test_a_broken_entry_is_named_precisely(change, message) -> None:
    data = example()
    change(data)
    with pytest.raises(DirectoryError) as problem:
        parse_directory(yaml.safe_dump(data), "dir.yaml")
    assert message in str(problem.value)
    assert str(problem.value).startswith("dir.yaml: ")


def test_not_yaml_says_so_with_the_line() -> None:
    with pytest.raises(DirectoryError, match=r"not valid YAML \(line 2\)"):
        parse_directory("network:\n  name: [open", "dir.yaml")


async def test_import_is_idempotent_and_deactivates_without_deleting(sessions) -> None:
    directory = load_directory(EXAMPLE_DIRECTORY)
    async with unit_of_work(sessions) as session:
        first = await import_directory(session, directory)
    async with unit_of_work(sessions) as session:
        again = await import_directory(session, directory)
    assert first.added == len(directory.meedenkers) and first.updated == 0
    assert again.added == 0 and again.updated == len(directory.meedenkers)
    assert again.deactivated == 0

    data = example()
    data["meedenkers"] = [m for m in data["meedenkers"] if m["id"] != "m-anna"]
    data["meedenkers"][0]["intro"] = "Nieuwe tekst."
    async with unit_of_work(sessions) as session:
        result = await import_directory(session, parse_directory(yaml.safe_dump(data)))
    assert result.deactivated == 1
    async with unit_of_work(sessions) as session:
        anna = await session.get(Meedenker, "m-anna")
        bert = await session.get(Meedenker, "m-bert")
        assert anna is not None and not anna.active  # kept for history, hidden from choice
        assert bert.intro == "Nieuwe tekst."
        assert (await session.get(Network, 1)).gemeenten == [
            "Hillegom",
            "Lisse",
            "Teylingen",
            "Noordwijk",
        ]


async def test_an_enrolment_survives_a_reimport_without_telegram_id(sessions) -> None:
    directory = load_directory(EXAMPLE_DIRECTORY)
    async with unit_of_work(sessions) as session:
        await import_directory(session, directory)
        (await session.get(Meedenker, "m-bert")).telegram_id = 555
    async with unit_of_work(sessions) as session:
        await import_directory(session, directory)
    async with unit_of_work(sessions) as session:
        assert (await session.get(Meedenker, "m-bert")).telegram_id == 555


def test_command_line_import_refuses_a_broken_file_and_keeps_the_directory(tmp_path) -> None:
    def run_import(path):
        return subprocess.run(
            [sys.executable, "-m", "storage.directory", "import", str(path)],
            env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'd.db'}", "PATH": ""},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )

    good = run_import(EXAMPLE_DIRECTORY)
    assert good.returncode == 0, good.stderr
    assert "19 added" in good.stdout

    data = example()
    data["meedenkers"][0]["kind"] = "vrijwilliger"
    data["meedenkers"] = data["meedenkers"][:3]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data))
    bad = run_import(broken)
    assert bad.returncode == 2
    assert "meedenkers[0] (id m-anna), field 'kind'" in bad.stderr
    again = run_import(EXAMPLE_DIRECTORY)
    assert "0 added, 19 updated, 0 deactivated" in again.stdout  # nothing was touched


async def test_directory_view_loads_profiles_with_load(sessions) -> None:
    from storage import directory_view

    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        profiles = await directory_view.profiles(session)
        network = await directory_view.network_info(session)
    assert len(profiles) == 19 and all(p.load == 0 for p in profiles)
    assert network.gemeenten == ("Hillegom", "Lisse", "Teylingen", "Noordwijk")


def test_a_place_must_belong_to_a_gemeente_of_the_network() -> None:
    data = example()
    data["network"]["places"] = {"Katwijk": "Katwijk"}
    with pytest.raises(DirectoryError, match="network, field 'places': Katwijk belongs to"):
        parse_directory(yaml.safe_dump(data), "dir.yaml")


def test_an_intro_may_come_in_several_languages_with_dutch_among_them() -> None:
    data = example()
    data["meedenkers"][0]["intro"] = {"nl": "Hallo, ik ben Anna.", "en": "Hello, I am Anna."}
    anna = parse_directory(yaml.safe_dump(data)).meedenkers[0]
    assert anna.intros() == ("Hallo, ik ben Anna.", {"en": "Hello, I am Anna."})
    data["meedenkers"][0]["intro"] = {"en": "Hello, I am Anna."}
    with pytest.raises(DirectoryError, match=r"meedenkers\[0\] \(id m-anna\), field 'intro'"):
        parse_directory(yaml.safe_dump(data))


async def test_the_intros_in_other_languages_reach_the_profiles(sessions) -> None:
    from storage import directory_view

    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        profiles = {p.id: p for p in await directory_view.profiles(session)}
    hassan = profiles["m-hassan"]
    assert hassan.intro.startswith("Ik kwam") and set(hassan.intros) == {"en", "ar"}
    assert profiles["m-bert"].intros == {}


def test_doelgroepen_are_optional_and_checked() -> None:
    data = example()
    data["meedenkers"][0]["doelgroepen"] = ["studenten"]
    with pytest.raises(
        DirectoryError, match=r"m-anna\), field 'doelgroepen': unknown doelgroep 'studenten'"
    ):
        parse_directory(yaml.safe_dump(data), "dir.yaml")
    data["meedenkers"][0].pop("doelgroepen")
    assert parse_directory(yaml.safe_dump(data)).meedenkers[0].doelgroepen == []


async def test_the_doelgroepen_reach_the_profiles(sessions) -> None:
    from storage import directory_view

    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        profiles = {p.id: p for p in await directory_view.profiles(session)}
    assert "jongeren" in profiles["m-sanne"].doelgroepen
    assert profiles["m-anna"].doelgroepen == ()


async def test_the_directory_in_memory_follows_imports_and_availability(sessions) -> None:
    from datetime import date

    from storage import directory_view

    directory = load_directory(EXAMPLE_DIRECTORY)
    async with unit_of_work(sessions) as session:
        await import_directory(session, directory)
    async with unit_of_work(sessions) as session:
        before = {p.id: p for p in await directory_view.profiles(session)}
        assert before["m-anna"].absent_until is None
    async with unit_of_work(sessions) as session:  # Anna says she is away
        (await session.get(Meedenker, "m-anna")).absent_until = date(2099, 1, 1)
    async with unit_of_work(sessions) as session:
        after = {p.id: p for p in await directory_view.profiles(session)}
        assert after["m-anna"].absent_until == date(2099, 1, 1)
    renamed = directory.model_copy(
        update={"network": directory.network.model_copy(update={"name": "Ander netwerk"})}
    )
    async with unit_of_work(sessions) as session:  # another process imports a new file
        await import_directory(session, renamed)
    async with unit_of_work(sessions) as session:
        assert (await directory_view.network_info(session)).name == "Ander netwerk"


async def test_a_meedenker_seen_again_leaves_the_directory_in_memory_as_it_was(sessions) -> None:
    from storage import directory_view, requests

    async with unit_of_work(sessions) as session:
        await import_directory(session, load_directory(EXAMPLE_DIRECTORY))
    async with unit_of_work(sessions) as session:
        before = await directory_view._directory(session)
    async with unit_of_work(sessions) as session:  # Anna writes to the bot
        requests.seen(await session.get(Meedenker, "m-anna"))
    async with unit_of_work(sessions) as session:
        anna = await session.get(Meedenker, "m-anna")
        assert anna.last_seen_at is not None and not anna.blocked_bot
        assert await directory_view._directory(session) is before  # not built again
