"""Sessions people sign up for: the domain, its calendars and its attendance sheets."""
