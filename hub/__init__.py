"""The cooperative's central hub: kiosks push their outbox here and pull the change log.

FastAPI + SQLAlchemy on PostgreSQL (SQLite for development). It imports `db` (the synced
schema version) and the pure protocol modules of `app.sync`, never the kiosk's UI.
"""
