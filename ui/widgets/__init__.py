"""The shared widget kit: every screen builds from these, none copies them."""
