"""Facilitator mode: PIN accounts, lockout, and the audit log of every facilitator action."""
