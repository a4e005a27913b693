"""The hub's HTTP API, one module per version."""
