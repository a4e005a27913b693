"""Live votes: console, roll call, booth, show of hands, projector."""
