"""The PPID's work on information requests: decisions and written notices (staff),
objections (requesters) and the superior's answers, and their deadlines."""
