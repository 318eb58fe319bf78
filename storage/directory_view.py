"""The directory as the conversation sees it: the network and the Meedenkers' profiles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from flows.desk import HealthLine
from flows.domain import MeedenkerKind, RequestStatus
from flows.intake import Context
from flows.intake import Network as NetworkInfo
from flows.ranking import Profile
from storage.db import core
from storage.models import Meedenker, Network, Request, as_utc, utcnow

# A request counts towards a Meedenker's load until it is closed or withdrawn.
OPEN_STATUSES = (
    RequestStatus.CHOSEN,
    RequestStatus.INTRODUCED,
    RequestStatus.ACCEPTED,
    RequestStatus.CONTACTED,
)


async def network_info(session: AsyncSession) -> NetworkInfo:
    return (await _directory(session)).network


async def context(session: AsyncSession) -> Context:
    """Everything the conversation engine reads of the directory, as of today."""
    return Context((await _directory(session)).network, await profiles(session), date.today())


async def profiles(session: AsyncSession) -> list[Profile]:
    """Every Meedenker with their current load; the ranking leaves out who is unavailable."""
    directory = await _directory(session)
    if directory.loaded is None:
        loads = dict(
            (
                await session.execute(
                    select(Request.chosen_meedenker_id, func.count())
                    .where(Request.status.in_([s.value for s in OPEN_STATUSES]))
                    .group_by(Request.chosen_meedenker_id)
                )
            ).all()
        )
        directory.loaded = tuple(replace(p, load=loads.get(p.id, 0)) for p in directory.profiles)
    return list(directory.loaded)


async def is_enrolled(session: AsyncSession, telegram_id: int) -> bool:
    """Whether this Telegram account belongs to a Meedenker in the directory."""
    try:
        return telegram_id in (await _directory(session)).enrolled
    except LookupError:  # nothing imported yet: nobody is a Meedenker
        return False


async def loads_changed(session: AsyncSession) -> None:
    """A request's status changes in this unit of work: every process counts loads again."""
    await session.execute(
        update(Network).where(Network.id == 1).values(loads_version=Network.loads_version + 1)
    )
    session.info.pop(_READ, None)
    session.info[_LOADS_MOVED] = True


@event.listens_for(Session, "after_flush")
def _directory_written(session: Session, _flush_context: Any) -> None:
    """A change to a Meedenker or the network in this unit of work is read back, not the
    copy taken at its start (the lists still show what was flushed)."""
    if _READ in session.info and any(
        isinstance(row, Meedenker | Network)
        for row in (*session.new, *session.dirty, *session.deleted)
    ):
        session.info.pop(_READ, None)


@dataclass
class _Directory:
    version: tuple[Any, ...]  # the directory's: import, newest change, how many Meedenkers
    loads_version: int  # network.loads_version when `loaded` was counted
    network: NetworkInfo
    profiles: tuple[Profile, ...]  # without their load, which changes with every choice
    enrolled: frozenset[int]  # the Telegram accounts of Meedenkers
    loaded: tuple[Profile, ...] | None = None  # with their load, once counted


# The directory changes rarely (an import, a Meedenker's availability) but is read by every
# update: each process keeps a copy per database, checked by one cheap query per unit of
# work (kept in the session's info, so the role check and the conversation share it).
_copies: WeakKeyDictionary[Any, _Directory] = WeakKeyDictionary()
_READ = "meedenkers.directory"
_VERSIONS = select(
    Network.directory_version,
    select(func.max(Meedenker.updated_at)).scalar_subquery(),
    select(func.count(Meedenker.id)).scalar_subquery(),
    Network.loads_version,
).where(Network.id == 1)
_LOADS_MOVED = "meedenkers.loads_moved"  # this unit of work changed a request's status


async def _directory(session: AsyncSession) -> _Directory:
    if (read := session.info.get(_READ)) is not None:
        return read
    found = (await core(session, _VERSIONS)).one_or_none()
    if found is None:
        raise LookupError("no directory imported")
    *version, loads_version = found
    version, own_loads = tuple(version), session.info.get(_LOADS_MOVED, False)
    engine = session.bind.sync_engine
    copy = _copies.get(engine)
    if copy is None or copy.version != version:
        rows = list(await session.scalars(select(Meedenker).order_by(Meedenker.name)))
        enrolled = frozenset(m.telegram_id for m in rows if m.telegram_id is not None)
        copy = _Directory(
            version, loads_version, await _network(session), _profiles(rows), enrolled
        )
    elif copy.loads_version != loads_version or own_loads:
        copy = replace(copy, loads_version=loads_version, loaded=None)
    if not own_loads:
        # Loads counted before this unit of work's own changes are committed stay its own:
        # if it rolled back, another one could commit the same loads_version.
        _copies[engine] = copy
    session.info[_READ] = copy
    return copy


async def _network(session: AsyncSession) -> NetworkInfo:
    network = await session.get(Network, 1)
    return NetworkInfo(
        network.name, tuple(network.gemeenten), network.phone, network.email, dict(network.places)
    )


def _profiles(rows: list[Meedenker]) -> tuple[Profile, ...]:
    return tuple(
        Profile(
            id=m.id,
            name=m.name,
            organisation=m.organisation.name,
            kind=MeedenkerKind(m.kind),
            ervaringsdeskundig=m.ervaringsdeskundig,
            levensgebieden=tuple(m.levensgebieden),
            gemeenten=tuple(m.gemeenten),
            talen=tuple(m.talen),
            doelgroepen=tuple(m.doelgroepen or ()),
            intro=m.intro,
            intros=dict(m.intros or {}),
            active=m.active,
            absent_until=m.absent_until,
            load=0,
        )
        for m in rows
    )


async def health(session: AsyncSession, today: date) -> list[HealthLine]:
    """Every Meedenker with their load and when they were last active."""
    now = utcnow()
    lines = []
    for profile, meedenker in zip(await profiles(session), await _meedenkers(session), strict=True):
        seen = as_utc(meedenker.last_seen_at) if meedenker.last_seen_at else None
        absent = meedenker.absent_until
        absent = absent if absent and absent >= today else None
        lines.append(
            HealthLine(
                name=meedenker.name,
                load=profile.load,
                enrolled=meedenker.telegram_id is not None,
                active=meedenker.active,
                absent_until=absent.strftime("%d-%m-%Y") if absent else None,
                last_seen_days=(now - seen).days if seen else None,
            )
        )
    return lines


async def _meedenkers(session: AsyncSession) -> list[Meedenker]:
    return list(await session.scalars(select(Meedenker).order_by(Meedenker.name)))
