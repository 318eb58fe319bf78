"""Fill a bot's database before it starts: many stored requests, or a full outbox.

Rows go in through the models' own tables, so free texts are encrypted as the bot stores
them (storage/crypto.py's column types) and every default applies.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import insert

from bot.notify import payload
from flows.domain import LEVENSGEBIEDEN, Persona, RequestStatus
from flows.render import Text
from storage import outbox
from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import Request, RequestEvent, Resident, utcnow
from storage.uow import unit_of_work

GEMEENTEN = ("Hillegom", "Lisse", "Teylingen", "Noordwijk")
CHUNK = 5_000
# The mix of 100,000 requests: most finished, some under way, one in a hundred on the
# coordinator's desk. All changed within the last 300 days, so the retention run at start-up
# has nothing to do and the figure is the bot's, not the clean-up's.
MIX = (
    (RequestStatus.CLOSED, 0.80),
    (RequestStatus.WITHDRAWN, 0.06),
    (RequestStatus.ACCEPTED, 0.05),
    (RequestStatus.CONTACTED, 0.05),
    (RequestStatus.INTRODUCED, 0.03),
    (RequestStatus.ESCALATED, 0.01),
)
RESIDENT_IDS = 10_000_000  # Telegram ids of the seeded residents start here


async def requests(url: str, count: int) -> int:
    """Store `count` requests of as many residents; returns how many wait on the desk."""
    engine = create_engine(url)
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    shuffle = random.Random(16)
    statuses = [s for s, share in MIX for _ in range(round(share * 100))]
    now, desk = utcnow(), 0
    for start in range(0, count, CHUNK):
        residents, rows, events = [], [], []
        for n in range(start, min(start + CHUNK, count)):
            status = statuses[n % len(statuses)]
            created = now - timedelta(minutes=shuffle.randrange(60, 300 * 24 * 60))
            on_desk = status == RequestStatus.ESCALATED
            desk += on_desk
            residents.append(
                {"id": n + 1, "telegram_id": RESIDENT_IDS + n, "consent_at": created}
                | {"consent_version": "2026-11-23", "created_at": created}
            )
            rows.append(
                {
                    "id": n + 1,
                    "resident_id": n + 1,
                    "status": status.value,
                    "gemeente": shuffle.choice(GEMEENTEN),
                    "question": f"Ik heb een vraag over mijn brieven en mijn huur, nummer {n}.",
                    "levensgebieden": shuffle.sample(LEVENSGEBIEDEN, 2),
                    "persona": shuffle.choice(list(Persona)).value,
                    "preference": "geen",
                    "language": "nl",
                    "contact_method": "phone",
                    "contact_value": f"06{n:08d}",
                    "needs_triage": on_desk,
                    "urgent": on_desk and n % 7 == 0,
                    "escalation_reasons": ["no_answer"] if on_desk else [],
                    "created_at": created,
                    "updated_at": created,
                }
            )
            events.append({"request_id": n + 1, "status": status.value, "at": created})
        async with unit_of_work(sessions) as session:
            await session.execute(insert(Resident), residents)
            await session.execute(insert(Request), rows)
            await session.execute(insert(RequestEvent), events)
    await engine.dispose()
    return desk


async def notifications(url: str, chats: list[int], per_chat: int) -> None:
    """Queue `per_chat` messages to each chat, interleaved as a busy day would leave them."""
    engine = create_engine(url)
    await upgrade_to_head(engine)
    sessions = create_sessionmaker(engine)
    async with unit_of_work(sessions) as session:
        for _ in range(per_chat):
            for chat in chats:
                outbox.enqueue(session, chat, "bench", payload(Text("contact.noted"), "nl"))
    await engine.dispose()
