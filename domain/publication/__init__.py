"""What may be published about a ticket, and how its text is masked first. Pure."""
