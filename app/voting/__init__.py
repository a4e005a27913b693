"""Voting: the tally engine (`tally/`) and the `antenne tally` command."""
