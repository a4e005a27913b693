"""Looking after the kiosk's database: migrations and the demo antenne (commands only)."""
