"""Fixed word lists for the demo antenne (names, skills, topics), kept apart from the builder.

The two sizes live here, not in `db.demo`, so that `antenne --help` can show them without
importing SQLAlchemy.
"""

from __future__ import annotations

# People in the demo directory (members, visitors and staff).
DEFAULT_MEMBERS = 200
# Below this the governance bodies cannot all be filled with distinct people.
MIN_MEMBERS = 60
