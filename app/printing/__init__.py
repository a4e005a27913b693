"""Printing: PDFs (badges, attendance sheets) to a CUPS queue, with retries and a fallback."""
