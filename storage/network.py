"""The network's own details: name, gemeenten and the human route."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Network


async def get(session: AsyncSession) -> Network | None:
    return await session.get(Network, 1)
