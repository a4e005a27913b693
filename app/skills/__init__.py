"""The skills board: members' offers and needs, search, matching and introductions
(docs/architecture.md, "The skills board")."""
