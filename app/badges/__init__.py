"""QR badges: tokens, issue/verify/revoke, and the printable PDF (DESIGN.md, "Badges")."""
