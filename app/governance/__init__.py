"""Governance: the map of bodies, a body and its people, where a member fits, printed boards."""
