"""Content pages a visitor reads: the booklet, the statutes in brief, the stories."""
