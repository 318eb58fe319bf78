"""The directory as the conversation sees it: the network and the Meedenkers' profiles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.desk import HealthLine
from flows.domain import MeedenkerKind, RequestStatus
from flows.intake import Context
from flows.intake import Network as NetworkInfo
from flows.ranking import Profile
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
    directory = await _directory(session)  # checked once per update, not per part
    return Context(directory.network, await _loaded(session, directory), date.today())


async def profiles(session: AsyncSession) -> list[Profile]:
    """Every Meedenker with their current load; the ranking leaves out who is unavailable."""
    return await _loaded(session, await _directory(session))


async def _loaded(session: AsyncSession, directory: _Directory) -> list[Profile]:
    loads = dict(
        (
            await session.execute(
                select(Request.chosen_meedenker_id, func.count())
                .where(Request.status.in_([s.value for s in OPEN_STATUSES]))
                .group_by(Request.chosen_meedenker_id)
            )
        ).all()
    )
    return [replace(p, load=loads.get(p.id, 0)) for p in directory.profiles]


@dataclass(frozen=True)
class _Directory:
    version: tuple[Any, ...]
    network: NetworkInfo
    profiles: tuple[Profile, ...]  # without their load, which changes with every choice


# The directory changes rarely (an import, a Meedenker's availability) but is read by every
# update: each process keeps a copy per database, checked by one cheap query per read.
_copies: WeakKeyDictionary[Any, _Directory] = WeakKeyDictionary()


async def _directory(session: AsyncSession) -> _Directory:
    version = tuple(
        (
            await session.execute(
                select(
                    Network.directory_version,
                    select(func.max(Meedenker.updated_at)).scalar_subquery(),
                    select(func.count(Meedenker.id)).scalar_subquery(),
                ).where(Network.id == 1)
            )
        ).one_or_none()
        or ()
    )
    if not version:
        raise LookupError("no directory imported")
    engine = session.bind.sync_engine
    copy = _copies.get(engine)
    if copy is None or copy.version != version:
        copy = _Directory(version, await _network(session), tuple(await _profiles(session)))
        _copies[engine] = copy
    return copy


async def _network(session: AsyncSession) -> NetworkInfo:
    network = await session.get(Network, 1)
    return NetworkInfo(
        network.name, tuple(network.gemeenten), network.phone, network.email, dict(network.places)
    )


async def _profiles(session: AsyncSession) -> list[Profile]:
    rows = await session.scalars(select(Meedenker).order_by(Meedenker.name))
    return [
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
    ]


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
