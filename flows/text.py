"""Marks message ids for extraction (`pybabel extract -k N_`); translation happens in bot/."""


def N_(key: str) -> str:  # noqa: N802 - the gettext convention
    return key
