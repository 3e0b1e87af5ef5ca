"""Alembic environment: migrations run on a connection handed over by briefing.store."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from briefing.model import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through briefing.store.engine.open_store()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
