"""The PPID's records: decisions on information requests and objections to them."""
