"""People: finding a person by name (welcome desk, roll call, badge printing)."""
