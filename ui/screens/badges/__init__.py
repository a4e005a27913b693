"""Badges: find a person, preview, print, reprint, stop a lost badge, batch print."""
