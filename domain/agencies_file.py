"""The one reader of the agencies file (``ADUAN_AGENCIES``): its YAML for each of its
readers (the agencies, the deadlines of ``sla:``, the PPID offices); an unreadable or
malformed file is one clear error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from domain.config_errors import AgenciesFileError


def read_agencies_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: cannot read {path}: {exc.strerror}") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: {path} is not valid YAML: {exc}") from exc
