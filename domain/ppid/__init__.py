"""The PPID's rules (UU 14/2008 on public information, Perki 1/2021): the requester's
contact, decision kinds, exemption grounds (art. 17), objection grounds (art. 35) and
the working-day windows of requests and objections. Pure; no I/O."""
