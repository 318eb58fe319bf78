"""What the bot counts for Prometheus (`GET /metrics`). Counts and durations only: no
chat, no name, no text."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

UPDATES = Counter("meedenkers_updates_total", "Telegram updates handled", ["outcome"])
HANDLER_SECONDS = Histogram(
    "meedenkers_handler_seconds",
    "Time to handle one update, replies included",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
OUTBOX_SENT = Counter("meedenkers_outbox_sent_total", "Notifications Telegram accepted")
OUTBOX_FAILED = Counter(
    "meedenkers_outbox_failed_total", "Notifications that could not be delivered", ["why"]
)
OUTBOX_BACKLOG = Gauge("meedenkers_outbox_backlog", "Notifications waiting to be sent")
OUTBOX_OLDEST_SECONDS = Gauge(
    "meedenkers_outbox_oldest_seconds", "Age of the oldest notification waiting"
)
DANGER_ALERTS = Counter("meedenkers_danger_alerts_total", "Danger alerts to the coordinator")
