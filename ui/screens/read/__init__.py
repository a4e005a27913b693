"""The read screen."""
