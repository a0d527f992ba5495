"""Channel-neutral conversations, per actor: resident, staff group, other groups."""
