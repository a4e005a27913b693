"""The skills board: members ' offers and needs, search, matching, introductions (docs/architecture.md, "The skills board")."""
