"""The project's one root exception; each layer groups its own errors under it."""


class MeedenkersError(Exception):
    """Something the program can name and explain in one line."""
