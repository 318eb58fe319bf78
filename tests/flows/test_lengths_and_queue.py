"""Lengths as Telegram counts them (UTF-16 units), and the coordinator's queue in pages."""

from __future__ import annotations

import pytest

from flows import desk, notices
from flows.notices import QUESTION_SHOWN_MAX, RequestFacts
from flows.render import Lines, Text
from flows.text import ELLIPSIS, shorten, utf16_len
from flows.validators import EMAIL_MAX, QUESTION_MAX, parse_email, parse_question


def test_utf16_length_counts_an_emoji_twice() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len("😟") == 2
    assert utf16_len("é€") == 2  # inside the Basic Multilingual Plane: one unit each
    assert utf16_len("👍🏽") == 4  # an emoji with a skin tone: two code points, four units


@pytest.mark.parametrize("limit", [1, 2, 5, 17, 100])
def test_shorten_fits_the_limit_and_never_splits_an_emoji(limit) -> None:
    text = "Ik 😟 heb 🏠 schulden " * 10
    short = shorten(text, limit)
    assert utf16_len(short) <= limit
    assert short.endswith(ELLIPSIS)
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in short)  # no half surrogate pair
    assert text.startswith(short.removesuffix(ELLIPSIS))


def test_shorten_leaves_a_text_that_fits_alone() -> None:
    assert shorten("😟" * 50, 100) == "😟" * 50
    assert shorten("😟" * 50, 99) != "😟" * 50


def test_the_question_cap_counts_utf16_units() -> None:
    longest = "Mijn huur 🏠 " * 307 + "a" * 9  # 13 units a time: 4000 units
    assert utf16_len(longest) == QUESTION_MAX
    assert parse_question(longest) == longest
    with pytest.raises(ValueError, match="question.too_long"):
        parse_question(longest + "b")
    emoji_heavy = "Help 😟" * 600  # 3600 code points, but 4200 units
    assert len(emoji_heavy) < QUESTION_MAX < utf16_len(emoji_heavy)
    with pytest.raises(ValueError, match="question.too_long"):
        parse_question(emoji_heavy)


def test_a_too_long_email_address_gets_its_own_kind_message() -> None:
    longest = "a" * 64 + "@" + "b" * (EMAIL_MAX - 68) + ".nl"
    assert len(longest) == EMAIL_MAX and parse_email(longest) == longest
    with pytest.raises(ValueError, match="contact.email_too_long"):
        parse_email("a" * 64 + "@" + "b" * EMAIL_MAX + ".nl")


def facts(question: str) -> RequestFacts:
    return RequestFacts(1, "Lisse", question, ("geld",), "kay", "telegram", None, "Sam", 5)


def test_a_long_question_is_shortened_where_it_shares_a_message() -> None:
    question = "Mijn post 📬 stapelt zich op. " * 140  # about 4000 units
    shown = notices.introduction(facts(question)).text.params["question"]
    assert utf16_len(shown) <= QUESTION_SHOWN_MAX and shown.endswith(ELLIPSIS)
    detail = notices.request_detail(facts(question), "escalated").params["question"]
    assert utf16_len(detail) <= QUESTION_SHOWN_MAX
    assert notices.introduction(facts("Kort")).text.params["question"] == "Kort"


def items(n: int) -> list[desk.QueueItem]:
    return [
        desk.QueueItem(i, "Lisse", i % 7 == 0, ("coordinator_picks",), i) for i in range(1, n + 1)
    ]


def queue(queued: list[desk.QueueItem], page: int = 0):
    """As the coordinator's /wachtrij asks it: the page, then only that page's requests."""
    page = desk.queue_page(page, len(queued))
    shown = queued[page * desk.QUEUE_PAGE : (page + 1) * desk.QUEUE_PAGE]
    return desk.queue(shown, len(queued), page)


def page_of(say) -> tuple[list[int], list[str]]:
    values = [b.value for row in say.buttons for b in row]
    opened = [v.request for v in values if isinstance(v, desk.OpenRequest)]
    return opened, [v.page for v in values if isinstance(v, desk.QueuePage)]


def test_sixty_queued_requests_page_through_ten_at_a_time() -> None:
    queued = items(60)
    seen, page, pages = [], 0, 0
    while page is not None:
        say = queue(queued, page)
        title = say.text.items[0]
        assert isinstance(title, Lines)
        assert title.items[0] == Text("desk.queue_title", {"count": 60})
        assert title.items[1] == Text("desk.queue_page", {"page": page + 1, "pages": 6})
        opened, turns = page_of(say)
        assert len(opened) == desk.QUEUE_PAGE == len(say.text.items) - 1
        seen += opened
        pages += 1
        assert (page - 1 in turns) == (page > 0)  # Vorige
        page = page + 1 if page + 1 in turns else None  # Volgende
    assert pages == 6 and seen == list(range(1, 61))


def test_a_short_queue_has_no_pages_and_a_page_too_far_shows_the_last() -> None:
    say = queue(items(3))
    assert page_of(say) == ([1, 2, 3], [])
    assert len(say.text.items[0].items) == 1  # only the title and the count
    opened, turns = page_of(queue(items(25), page=99))
    assert opened == [21, 22, 23, 24, 25] and turns == [1]
    assert queue([]).text == Text("desk.queue_empty")


def test_the_desk_view_keeps_a_long_question_and_history_within_one_message() -> None:
    question = "Mijn post 📬 stapelt zich op. " * 140
    history = Lines(tuple(f"stap {n}" for n in range(40)))
    say = desk.opened(facts(question), "escalated", ("danger",), [], history)
    detail, *_, shown_history = say.text.items
    assert utf16_len(detail.params["question"]) <= QUESTION_SHOWN_MAX
    assert shown_history.params["history"].items == tuple(f"stap {n}" for n in range(28, 40))
