"""Channel adapters: translate platform updates to and from :mod:`domain.messages`."""
