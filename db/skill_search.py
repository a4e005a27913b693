"""The skill posts' full-text index: SQLite FTS5, filled by triggers (docs/architecture.md,
"The skills board").

One document per post on the board: its title, its description, and its tags — every label of
every tag in fr/nl/en, and the author's "other" free text — so that "boekhouding" finds a French
post tagged "Comptabilité". A removed or hidden post has no document (it comes back with it):
a search counts its matches from the index alone, less the expired ones. The tokenizer is
`unicode61 remove_diacritics 2`: "creation" finds "création", case folded. Queries rank by
FTS5's bm25. Prefix indexes of one to three letters keep a search
typed letter by letter quick ("c"*, "co"*, "com"* would otherwise merge the lists of every word
they begin).

The index never syncs and no service writes it: triggers on `skill_post`, `skill_post_tag` and
`skill_tag` keep it in step with every write, a service's or a pulled row's alike. FTS5 rows
are keyed by `skill_search_doc.docid`, an INTEGER PRIMARY KEY that VACUUM keeps (a UUID-keyed
table's own rowid it may renumber).

SQLite drops a table's triggers when a batch migration rebuilds it (copy, drop, rename):
`db/migrations/env.py` runs `ensure` after every upgrade, which recreates what is missing.
"""

from __future__ import annotations

from sqlalchemy import Connection

SEARCH_TABLE = "skill_search"
DOC_TABLE = "skill_search_doc"
TABLES = (SEARCH_TABLE, DOC_TABLE)

TRIGGERS = (
    "skill_search_post_insert",
    "skill_search_post_update",
    "skill_search_post_delete",
    "skill_search_tag_link_insert",
    "skill_search_tag_link_update",
    "skill_search_tag_link_delete",
    "skill_search_tag_update",
)


def owns(table: str) -> bool:
    """Whether `table` is the index's (FTS5 adds shadow tables `skill_search_data`, ...)."""
    return table == SEARCH_TABLE or table.startswith(SEARCH_TABLE + "_")


def compared(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's `include_name`: autogenerate compares every table with the models but the
    index's, which have none."""
    return not (type_ == "table" and name is not None and owns(name))


_TAG_TEXT = """coalesce((
    SELECT group_concat(label.value, ' ')
    FROM skill_post_tag AS link
    JOIN skill_tag AS tag ON tag.id = link.tag_id
    JOIN json_each(tag.label) AS label
    WHERE link.post_id = post.id AND link.deleted_at IS NULL AND tag.deleted_at IS NULL
), '') || ' ' || post.other_tag"""


def _reindex(posts: str) -> str:
    """Statements that (re)write the documents of the posts whose ids `posts` selects.

    No conflict clause (`INSERT OR IGNORE`): in a trigger, the outer statement's overrides it
    (the sync's upsert would turn it into a failure)."""
    return f"""
    INSERT INTO {DOC_TABLE} (post_id) SELECT id FROM skill_post
        WHERE id IN ({posts}) AND id NOT IN (SELECT post_id FROM {DOC_TABLE});
    DELETE FROM {SEARCH_TABLE} WHERE rowid IN (
        SELECT docid FROM {DOC_TABLE} WHERE post_id IN ({posts})
    );
    INSERT INTO {SEARCH_TABLE} (rowid, title, description, tags)
        SELECT doc.docid, post.title, post.description, {_TAG_TEXT}
        FROM skill_post AS post JOIN {DOC_TABLE} AS doc ON doc.post_id = post.id
        WHERE post.id IN ({posts}) AND post.deleted_at IS NULL AND NOT post.hidden;
    """


_TABLES_DDL = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5(
        title, description, tags, tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )""",
    f"""CREATE TABLE IF NOT EXISTS {DOC_TABLE} (
        docid INTEGER PRIMARY KEY, post_id CHAR(32) NOT NULL UNIQUE
    )""",
)

_TRIGGERS_DDL = {
    "skill_search_post_insert": f"""AFTER INSERT ON skill_post BEGIN
        {_reindex("NEW.id")}
    END""",
    "skill_search_post_update": f"""AFTER UPDATE OF title, description, other_tag, hidden,
        deleted_at ON skill_post
    BEGIN
        {_reindex("NEW.id")}
    END""",
    # A purge (the privacy service's hard delete).
    "skill_search_post_delete": f"""AFTER DELETE ON skill_post BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid IN (
            SELECT docid FROM {DOC_TABLE} WHERE post_id = OLD.id
        );
        DELETE FROM {DOC_TABLE} WHERE post_id = OLD.id;
    END""",
    "skill_search_tag_link_insert": f"""AFTER INSERT ON skill_post_tag BEGIN
        {_reindex("NEW.post_id")}
    END""",
    "skill_search_tag_link_update": f"""AFTER UPDATE ON skill_post_tag BEGIN
        {_reindex("NEW.post_id, OLD.post_id")}
    END""",
    "skill_search_tag_link_delete": f"""AFTER DELETE ON skill_post_tag BEGIN
        {_reindex("OLD.post_id")}
    END""",
    "skill_search_tag_update": f"""AFTER UPDATE OF label, deleted_at ON skill_tag BEGIN
        {_reindex("SELECT post_id FROM skill_post_tag WHERE tag_id = NEW.id")}
    END""",
}
assert tuple(_TRIGGERS_DDL) == TRIGGERS


def create(connection: Connection) -> None:
    """Create the index and its triggers, and index every post there is."""
    for statement in _TABLES_DDL:
        connection.exec_driver_sql(statement)
    ensure(connection)


def ensure(connection: Connection) -> None:
    """Recreate any trigger a table rebuild dropped, and index again what it let by (nothing
    to do before the index exists)."""
    if not _exists(connection, SEARCH_TABLE):
        return
    present = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    missing = [name for name in TRIGGERS if name not in present]
    for name in missing:
        connection.exec_driver_sql(f"CREATE TRIGGER {name} {_TRIGGERS_DDL[name]}")
    if missing:
        rebuild(connection)


def rebuild(connection: Connection) -> None:
    """Index every post again (a missing trigger may have let writes by)."""
    connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    connection.exec_driver_sql(f"DELETE FROM {DOC_TABLE}")
    for statement in _reindex("SELECT id FROM skill_post").split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {DOC_TABLE}")


def _exists(connection: Connection, table: str) -> bool:
    row = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).first()
    return row is not None
