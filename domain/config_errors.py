"""The error every part of the agencies file raises (its agencies, ``areas`` and
agencies' ``categories``): the message says which file, entry and key."""

from __future__ import annotations


class AgenciesFileError(Exception):
    """The agencies file is missing or malformed; the message says where."""
