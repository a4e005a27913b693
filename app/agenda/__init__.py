"""Members' items on a body's agenda (proposed, co-signed by badge, answered by the hub) and
travel-aid requests for national and international meetings."""
