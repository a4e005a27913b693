"""Sessions people sign up for at the kiosk (drop-ins, co-working, trainings, meet-the-board):
the domain, its calendars and its attendance sheets."""
