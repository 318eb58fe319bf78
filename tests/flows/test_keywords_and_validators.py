import pytest

from flows.keywords import suggest_levensgebieden
from flows.validators import parse_email, parse_phone, parse_question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik heb schulden en mijn huur is te hoog", ["wonen", "geld"]),
        ("Mijn vader drinkt. Ik wil uit huis.", ["wonen", "zorg"]),
        ("Mijn ouders worden ouder, wat kan ik nu al regelen?", ["mantelzorg"]),
        ("Ik ben mijn werk en mijn auto kwijt en kan slecht lopen", ["werk", "zorg", "vervoer"]),
        ("Mijn zoon wil niet meer naar school", ["opvoeding", "onderwijs"]),
        ("Ik voel me eenzaam", ["contacten"]),
        ("Hallo", []),
    ],
)
def test_keywords_suggest_levensgebieden(text, expected) -> None:
    assert suggest_levensgebieden(text) == expected


@pytest.mark.parametrize("harmless", ["Mijn man is overleden", "Ik moet veel lezen", "lesbisch"])
def test_whole_word_keywords_do_not_match_inside_other_words(harmless) -> None:
    assert "vervoer" not in suggest_levensgebieden(harmless)
    assert "onderwijs" not in suggest_levensgebieden(harmless)


def test_question_is_kept_whole_but_needs_a_few_letters() -> None:
    assert parse_question("  Ik heb hulp nodig  ") == "Ik heb hulp nodig"
    long = "woord " * 580
    assert parse_question(long) == long.strip()
    for bad in ("", "  ", "??", "12345", "ok"):
        with pytest.raises(ValueError, match="question.too_short"):
            parse_question(bad)
    with pytest.raises(ValueError, match="question.too_long"):
        parse_question("a" * 5000)


@pytest.mark.parametrize("good", ["sam@voorbeeld.nl", " <Sam.de.Vries@mail.example.com> "])
def test_email_accepted(good) -> None:
    assert "@" in parse_email(good) and " " not in parse_email(good)


@pytest.mark.parametrize("bad", ["sam", "sam@", "sam @voorbeeld.nl", "@voorbeeld.nl", "a@b"])
def test_email_refused(bad) -> None:
    with pytest.raises(ValueError, match="contact.email_invalid"):
        parse_email(bad)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12345678", "0612345678"),
        ("+31 6-1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("(0252) 123 456", "0252123456"),
    ],
)
def test_phone_numbers_are_normalised(typed, stored) -> None:
    assert parse_phone(typed) == stored


@pytest.mark.parametrize("bad", ["bel me", "1234", "06-123", "+31 6 1234 5678 9999 1"])
def test_phone_refused(bad) -> None:
    with pytest.raises(ValueError, match="contact.phone_invalid"):
        parse_phone(bad)
