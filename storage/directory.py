"""The coordinator's directory: one YAML file, validated, then imported idempotently.

    python -m storage.directory import FILE

Re-importing updates what changed and deactivates the Meedenkers that left the file;
nothing is ever deleted, so the history of earlier requests stays intact. A broken file
is refused as a whole with a message naming the entry and the field.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.domain import LEVENSGEBIEDEN, MeedenkerKind
from flows.errors import MeedenkersError
from flows.ranking import TARGET_GROUPS
from storage.models import Meedenker, Network, Organisation

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
NonEmpty = Annotated[str, Field(min_length=1, max_length=200)]
IntroText = Annotated[str, Field(min_length=1, max_length=600)]


class DirectoryError(MeedenkersError):
    """The directory file cannot be used; the message says where and why."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NetworkEntry(_Entry):
    name: NonEmpty
    gemeenten: list[NonEmpty] = Field(min_length=1)
    phone: NonEmpty
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    website: str | None = None
    # Villages and towns people may name instead of their gemeente: {Sassenheim: Teylingen}.
    places: dict[NonEmpty, NonEmpty] = Field(default_factory=dict)


class OrganisationEntry(_Entry):
    id: Slug
    name: NonEmpty


class MeedenkerEntry(_Entry):
    id: Slug
    name: NonEmpty
    organisation: Slug
    kind: MeedenkerKind
    ervaringsdeskundig: bool = False
    levensgebieden: list[str] = Field(min_length=1)
    gemeenten: list[NonEmpty] = Field(min_length=1)
    talen: list[LanguageCode] = Field(default=["nl"], min_length=1)
    # Whom they work with most, if anyone in particular (ranking.TARGET_GROUPS): optional.
    doelgroepen: list[str] = Field(default_factory=list)
    # In Dutch, or in several languages with Dutch among them: {nl: ..., en: ..., tr: ...}.
    intro: IntroText | dict[LanguageCode, IntroText]
    telegram_id: int | None = Field(default=None, gt=0)
    active: bool = True

    @field_validator("intro")
    @classmethod
    def _dutch_intro(cls, intro: str | dict[str, str]) -> str | dict[str, str]:
        if isinstance(intro, dict) and "nl" not in intro:
            raise ValueError("give the intro in Dutch too (nl: ...)")
        return intro

    def intros(self) -> tuple[str, dict[str, str]]:
        """The Dutch intro, and the others by language."""
        if isinstance(self.intro, str):
            return self.intro, {}
        others = {code: text for code, text in self.intro.items() if code != "nl"}
        return self.intro["nl"], others


class Directory(_Entry):
    network: NetworkEntry
    organisations: list[OrganisationEntry] = Field(min_length=1)
    meedenkers: list[MeedenkerEntry]


def parse_directory(text: str, source: str = "directory") -> Directory:
    """Parse and check a directory; raise DirectoryError naming the entry and field."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise DirectoryError(f"{source}: not valid YAML{where}") from exc
    if not isinstance(raw, dict):
        raise DirectoryError(f"{source}: expected the keys network, organisations, meedenkers")
    try:
        directory = Directory.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise DirectoryError(f"{source}: {_locate(raw, first['loc'])}: {first['msg']}") from exc
    _check_references(directory, source)
    return directory


def _locate(raw: dict, loc: tuple) -> str:
    """Turn ('meedenkers', 3, 'kind') into "meedenkers[3] (id m-anna), field 'kind'"."""
    parts: list[str] = []
    node = raw
    for step in loc:
        if isinstance(step, int):
            parts[-1] += f"[{step}]"
            node = node[step] if isinstance(node, list) and step < len(node) else None
            if isinstance(node, dict) and "id" in node:
                parts[-1] += f" (id {node['id']})"
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    if len(parts) == 1:
        return parts[0]
    return f"{'.'.join(parts[:-1])}, field '{parts[-1]}'"


def _check_references(directory: Directory, source: str) -> None:
    gemeenten = set(directory.network.gemeenten)
    organisations = {o.id for o in directory.organisations}
    _require_unique([o.id for o in directory.organisations], f"{source}: organisations")
    _require_unique([m.id for m in directory.meedenkers], f"{source}: meedenkers")
    _require_unique(
        [m.telegram_id for m in directory.meedenkers if m.telegram_id],
        f"{source}: meedenkers telegram_id",
    )
    for place, gemeente in directory.network.places.items():
        if gemeente not in gemeenten:
            raise DirectoryError(
                f"{source}: network, field 'places': {place} belongs to '{gemeente}', "
                "which is not a gemeente of the network"
            )
    for index, m in enumerate(directory.meedenkers):
        where = f"{source}: meedenkers[{index}] (id {m.id})"
        if m.organisation not in organisations:
            raise DirectoryError(
                f"{where}, field 'organisation': unknown organisation '{m.organisation}'"
            )
        for gebied in m.levensgebieden:
            if gebied not in LEVENSGEBIEDEN:
                raise DirectoryError(
                    f"{where}, field 'levensgebieden': unknown levensgebied '{gebied}'"
                    f" (use {', '.join(LEVENSGEBIEDEN)})"
                )
        for group in m.doelgroepen:
            if group not in TARGET_GROUPS:
                raise DirectoryError(
                    f"{where}, field 'doelgroepen': unknown doelgroep '{group}'"
                    f" (use {', '.join(TARGET_GROUPS)})"
                )
        for gemeente in m.gemeenten:
            if gemeente not in gemeenten:
                raise DirectoryError(
                    f"{where}, field 'gemeenten': '{gemeente}' is not a gemeente of the network"
                )


def _require_unique(values: list, what: str) -> None:
    seen = set()
    for value in values:
        if value in seen:
            raise DirectoryError(f"{what}: '{value}' appears more than once")
        seen.add(value)


def load_directory(path: Path) -> Directory:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot read the file ({exc.strerror})") from exc
    return parse_directory(text, str(path))


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    deactivated: int


async def import_directory(session: AsyncSession, directory: Directory) -> ImportResult:
    """Make the database match the directory; call inside one transaction."""
    net = directory.network
    network = await session.get(Network, 1) or Network(id=1)
    network.name, network.gemeenten = net.name, list(net.gemeenten)
    network.phone, network.email, network.website = net.phone, net.email, net.website
    network.places = dict(net.places)
    network.directory_version = (network.directory_version or 0) + 1  # copies in memory: stale
    session.add(network)

    listed_orgs = {o.id for o in directory.organisations}
    for org in (await session.scalars(select(Organisation))).all():
        org.active = org.id in listed_orgs
    for entry in directory.organisations:
        org = await session.get(Organisation, entry.id) or Organisation(id=entry.id)
        org.name, org.active = entry.name, True
        session.add(org)
    await session.flush()

    existing = {m.id: m for m in (await session.scalars(select(Meedenker))).all()}
    added = updated = deactivated = 0
    for entry in directory.meedenkers:
        row = existing.pop(entry.id, None)
        if row is None:
            row = Meedenker(id=entry.id)
            session.add(row)
            added += 1
        else:
            updated += 1
        row.name, row.organisation_id, row.kind = entry.name, entry.organisation, entry.kind.value
        row.ervaringsdeskundig, row.active = entry.ervaringsdeskundig, entry.active
        row.intro, row.intros = entry.intros()
        row.levensgebieden, row.gemeenten = list(entry.levensgebieden), list(entry.gemeenten)
        row.talen, row.doelgroepen = list(entry.talen), list(entry.doelgroepen)
        if entry.telegram_id is not None:  # otherwise keep an enrolment made by invite
            row.telegram_id = entry.telegram_id
    for row in existing.values():
        if row.active:
            row.active = False
            deactivated += 1
    return ImportResult(added=added, updated=updated, deactivated=deactivated)


async def _import_command(path: Path) -> int:
    from storage.db import create_engine, create_sessionmaker
    from storage.migrate import upgrade_to_head
    from storage.settings import StorageSettings, load_settings
    from storage.uow import unit_of_work

    settings = load_settings(StorageSettings)
    try:
        directory = load_directory(path)
    except DirectoryError as exc:
        print(f"Directory not imported: {exc}", file=sys.stderr)
        return 2
    engine = create_engine(settings.database_url)
    try:
        await upgrade_to_head(engine)
        async with unit_of_work(create_sessionmaker(engine)) as session:
            result = await import_directory(session, directory)
    finally:
        await engine.dispose()
    print(
        f"Directory imported: {result.added} added, {result.updated} updated, "
        f"{result.deactivated} deactivated."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storage.directory")
    commands = parser.add_subparsers(dest="command", required=True)
    do_import = commands.add_parser("import", help="import a directory YAML file")
    do_import.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    return asyncio.run(_import_command(args.file))


if __name__ == "__main__":
    sys.exit(main())
