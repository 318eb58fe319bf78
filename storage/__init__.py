"""Persistence: models, repositories, migrations and the directory import.

This package owns every SQL statement; `bot/` and `flows/` never write SQL.
"""
