"""Antenne's data layer: SQLAlchemy 2 typed models, engine, Alembic migrations (no Qt)."""
