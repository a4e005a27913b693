"""QR badges: tokens, issue/verify/revoke, and the printable PDF (docs/architecture.md,
"Badges")."""
