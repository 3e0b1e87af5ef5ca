"""Writing many rows into PostgreSQL with ``COPY … FROM STDIN``, inside the caller's transaction.

An import's big tables (facts, their links, translations, figures, the search index) went
out as SQLAlchemy's multi-row INSERTs (insertmanyvalues, 1,000 rows a statement): at
100,000 facts that was ~8 s of the client's CPU building parameter dicts and statements,
and the server parsed a 20,000-parameter statement per page. ``COPY`` takes the rows as
one stream of text the server reads without planning anything.

The stream goes through the same DBAPI connection, so the rows join the transaction the
import is in: a failure anywhere later (or in the COPY itself) rolls all of them back.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

# Below this many rows an INSERT is as cheap and keeps SQLAlchemy's own error handling
# (one fact saved from the form, a small edit's links).
MIN_ROWS = 100
CHUNK = 10_000  # rows a COPY stream holds

NULL = "\\N"


def _escaped(value: str) -> str:
    """``value`` in COPY's text format: backslash, tab, newline and carriage return escaped
    (four C-level replaces; a text without them, nearly all, is returned as it is)."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    return value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _field(value: object) -> str:
    """One value as a COPY text field (None is NULL)."""
    if value is None:
        return NULL
    if isinstance(value, str):
        return _escaped(value)
    if isinstance(value, bool):  # before int: True is an int
        return "t" if value else "f"
    if isinstance(value, int | float):
        return repr(value)  # float repr round-trips exactly; 'inf'/'nan' PostgreSQL reads
    if isinstance(value, dt.date):  # datetime too: ISO 8601 with its offset
        return value.isoformat()
    raise TypeError(f"cannot COPY a {type(value).__name__} value")


def copy_rows(
    conn: Connection, table: Any, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Write ``rows`` (tuples in ``names`` order) into ``table`` with COPY, CHUNK rows a
    stream (one stream of a 100,000-fact import's statements held ~70 MB more at once)."""
    if not rows:
        return
    processors: list[Callable[[Any], Any] | None] = [
        table.c[n].type.bind_processor(conn.dialect) for n in names
    ]
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(map(quote, names))
    # The stream is UTF-8 bytes (a str buffer held 4 bytes a Cyrillic character), whatever
    # the connection's client encoding.
    sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN WITH (ENCODING 'UTF8')"
    dbapi = conn.dialect.loaded_dbapi
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor: Any = raw.cursor()  # psycopg2's: copy_expert is not in the DBAPI's protocol
    try:
        for start in range(0, len(rows), CHUNK):
            stream = _stream(rows[start : start + CHUNK], processors)
            cursor.copy_expert(sql, stream, size=1 << 20)
    except dbapi.Error as exc:  # as SQLAlchemy would raise it: IntegrityError, …
        raise DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


def _stream(
    rows: Sequence[tuple[Any, ...]], processors: Sequence[Callable[[Any], Any] | None]
) -> io.BytesIO:
    """``rows`` in COPY's text format. Each column's values first go through its SQLAlchemy
    type's bind processor (JSON to its text, as an INSERT would send it); the text is built
    column by column, so the per-value work is a ``map`` over one function."""
    columns = []
    for i, proc in enumerate(processors):
        values = [row[i] for row in rows]
        if proc is not None:
            values = [None if v is None else proc(v) for v in values]
        columns.append(map(_field, values))
    lines = map("\t".join, zip(*columns, strict=True))
    return io.BytesIO("".join(f"{line}\n" for line in lines).encode())
