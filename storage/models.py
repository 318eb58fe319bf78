"""SQLAlchemy 2 models. Changing them means a new Alembic revision in storage/migrations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.crypto import EncryptedJSON, EncryptedText


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Network(Base):
    """The network itself (one row): its name, gemeenten and the human route."""

    __tablename__ = "network"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    gemeenten: Mapped[list[str]] = mapped_column(default=list)
    phone: Mapped[str] = mapped_column(String(64))
    email: Mapped[str] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    places: Mapped[dict[str, Any]] = mapped_column(default=dict)  # village -> gemeente
    # Up by one with every import: a process's copy of the directory is then out of date.
    directory_version: Mapped[int] = mapped_column(default=0, server_default="0")
    # Up by one with every status change of a request: the loads in memory are then stale.
    loads_version: Mapped[int] = mapped_column(default=0, server_default="0")


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)


class Meedenker(Base):
    """A person in the coordinator's directory; imported from the directory file."""

    __tablename__ = "meedenker"
    __table_args__ = (Index("ix_meedenker_updated_at", "updated_at"),)  # the newest change

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[str] = mapped_column(String(16))
    ervaringsdeskundig: Mapped[bool] = mapped_column(default=False)
    levensgebieden: Mapped[list[str]] = mapped_column(default=list)
    gemeenten: Mapped[list[str]] = mapped_column(default=list)
    talen: Mapped[list[str]] = mapped_column(default=list)
    doelgroepen: Mapped[list[str]] = mapped_column(default=list)  # ranking.TARGET_GROUPS
    intro: Mapped[str] = mapped_column(Text, default="")  # in Dutch
    intros: Mapped[dict[str, Any]] = mapped_column(default=dict)  # other languages: {"en": ...}
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    absent_until: Mapped[date | None] = mapped_column(Date)
    locale: Mapped[str] = mapped_column(String(8), default="nl")
    last_seen_at: Mapped[datetime | None]
    blocked_bot: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    organisation: Mapped[Organisation] = relationship(lazy="joined")

    @property
    def reachable(self) -> bool:
        """Connected to the bot, and has not blocked it."""
        return self.telegram_id is not None and not self.blocked_bot


class Invite(Base):
    """A one-time link that connects a Meedenker's Telegram account to their entry.

    Only a hash of the code is kept: the database alone does not let anyone enrol."""

    __tablename__ = "invite"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    meedenker_id: Mapped[str] = mapped_column(ForeignKey("meedenker.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[int | None] = mapped_column(BigInteger)  # the account that opened it first


class Resident(Base):
    """An inwoner known by their Telegram account; created only after consent."""

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Their chat: a Telegram user id, or a web conversation's own id (storage/webchat.py).
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    channel: Mapped[str] = mapped_column(String(16), default="telegram")  # telegram | web
    locale: Mapped[str] = mapped_column(String(8), default="nl")
    consent_at: Mapped[datetime | None]
    consent_version: Mapped[str | None] = mapped_column(String(16))  # the text agreed to
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Request(Base):
    """An aanmelding: one question of one resident, from intake to closure."""

    __tablename__ = "request"
    __table_args__ = (
        Index("ix_request_resident_status", "resident_id", "status"),  # a resident's open one
        Index("ix_request_status_meedenker", "status", "chosen_meedenker_id"),  # loads
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # None once the request is anonymised (retention): the figures stay, the person goes.
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    gemeente: Mapped[str | None] = mapped_column(String(64))
    question: Mapped[str | None] = mapped_column(EncryptedText)
    levensgebieden: Mapped[list[str]] = mapped_column(default=list)
    persona: Mapped[str | None] = mapped_column(String(16))
    preference: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    contact_method: Mapped[str | None] = mapped_column(String(16))
    contact_value: Mapped[str | None] = mapped_column(EncryptedText)
    # Shared only with its Meedenker.
    display_name: Mapped[str | None] = mapped_column(EncryptedText)
    excluded: Mapped[list[str]] = mapped_column(default=list)  # Meedenkers who passed
    # The coordinator's desk: why this request needs them, and how soon.
    needs_triage: Mapped[bool] = mapped_column(default=False, index=True)
    urgent: Mapped[bool] = mapped_column(default=False)
    escalation_reasons: Mapped[list[str]] = mapped_column(default=list)
    outcome: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="self")
    # The Meedenker's "Contact gehad" (the first time): time to first contact in the figures.
    first_contact_at: Mapped[datetime | None]
    found_via: Mapped[str | None] = mapped_column(String(32))  # the intake's "how found us"
    # On behalf of someone ("via naaste" and the like in `source`): who the person asking is
    # to the resident, and whose contact details the Meedenker uses (registrant / resident).
    relation: Mapped[str | None] = mapped_column(String(16))
    contact_person: Mapped[str | None] = mapped_column(String(16))
    chosen_meedenker_id: Mapped[str | None] = mapped_column(ForeignKey("meedenker.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)  # the figures' period
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request",
        order_by="RequestEvent.id",
        cascade="all, delete-orphan",
        lazy="selectin",
    )
    resident: Mapped[Resident | None] = relationship(lazy="joined")
    chosen_meedenker: Mapped[Meedenker | None] = relationship(lazy="joined")


class RequestEvent(Base):
    """One step in a request's status history (who, when, why)."""

    __tablename__ = "request_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)  # every reason at once, comma-separated
    actor: Mapped[str] = mapped_column(String(32), default="system")
    at: Mapped[datetime] = mapped_column(default=utcnow)

    request: Mapped[Request] = relationship(back_populates="events")


class SurveyAnswer(Base):
    """The resident's answers about one request: keyed by the request, never the person.

    Made when the survey is offered; `step` is the question asked now ("done" at the end)."""

    __tablename__ = "survey_answer"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    step: Mapped[str] = mapped_column(String(16))
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
    reminded_at: Mapped[datetime | None]
    network_mark: Mapped[int | None]
    knowledge_mark: Mapped[int | None]
    overall_mark: Mapped[int | None]
    free_choice: Mapped[str | None] = mapped_column(String(16))
    comment: Mapped[str | None] = mapped_column(EncryptedText)
    answered_at: Mapped[datetime | None]


class InformationCount(Base):
    """How often the information was enough ("alleen informatie"), per quarter and topic:
    a levensgebied, "none" when none was ticked, or "total" (once per resident). Only
    counts: no person, no request, no time of day."""

    __tablename__ = "information_count"

    quarter: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    topic: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Introduction(Base):
    """A request put before one Meedenker, who accepts or declines it."""

    __tablename__ = "introduction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    meedenker_id: Mapped[str] = mapped_column(ForeignKey("meedenker.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decline_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]

    request: Mapped[Request] = relationship(lazy="joined")
    meedenker: Mapped[Meedenker] = relationship(lazy="joined")


class Notification(Base):
    """The transactional outbox: a message to deliver once, written with the change it tells of."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    # None once emptied by retention, some time after it was sent.
    payload: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A sender has taken it until then; after that another sender may (it died, say).
    claimed_until: Mapped[datetime | None]
    # The request it tells of, if any, so a message that cannot be delivered can be named.
    # No foreign key: a request may be deleted (/stop) while its notices stay as a record.
    request_id: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    # Telegram's id of the message once sent, so the bot can delete it again (erasure).
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)


class SendLane(Base):
    """When the next message may go out, for the whole bot (lane 0) and for one chat, so
    Telegram's limits hold for every process sending. A chat's row is gone soon after."""

    __tablename__ = "send_lane"

    lane: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    next_at: Mapped[float] = mapped_column(Float, index=True)  # Unix time, in seconds


class AuditEvent(Base):
    """Who opened, changed, exported or erased which request, and when. No free text, and
    never the resident: a resident's own steps name only their role."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(16))  # coordinator | meedenker | resident
    actor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)  # staff only
    what: Mapped[str] = mapped_column(String(16))  # opened | changed | exported | erased
    detail: Mapped[str | None] = mapped_column(String(32))  # the action, for "changed"
    # No foreign key: the audit outlives what it tells of.
    request_id: Mapped[int | None] = mapped_column(Integer, index=True)


class WebConversation(Base):
    """A resident's conversation in the web chat, known by the hash of its cookie's token."""

    __tablename__ = "web_conversation"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ConversationState(Base):
    """aiogram's FSM state and data for one chat, so a restart loses nothing."""

    __tablename__ = "conversation_state"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(100))
    data: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ProcessedUpdate(Base):
    """Telegram update ids already handled, so a redelivered update is handled once."""

    __tablename__ = "processed_update"
    __table_args__ = (Index("ix_processed_update_processed_at", "processed_at"),)  # retention

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Its replies were made (after the commit); empty if the process died before that.
    answered_at: Mapped[datetime | None]
