"""The dashboard's rules: who may see what, and how long a login lasts. Pure."""
