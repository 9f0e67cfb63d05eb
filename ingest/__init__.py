"""Dateline: news articles in, a dated event timeline in SQLite out.

Pipeline: sources (read) -> clean (strip page furniture) -> timex (find and
resolve date expressions) -> events (dated sentences) -> db (one writer).
"""

__version__ = "0.1.0"
