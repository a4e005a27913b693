"""Sync with the cooperative's hub: the wire protocol and entity policies (pure, shared with
the hub), the HTTP client, and the kiosk's push/pull service."""
