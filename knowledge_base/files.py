"""Which files make a knowledge base, how one is parsed, and the error raised when it
cannot be used."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (about 15 times faster on a large
# knowledge base), the pure-Python one otherwise. Both resolve tags the same way.
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KB_SUFFIXES = (".yaml", ".yml")


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be loaded; the message says where."""


def kb_files(folder: Path) -> list[Path]:
    """The ``.yaml``/``.yml`` files of the knowledge base (``folder`` may be one file);
    :class:`KnowledgeBaseError` when the folder is missing or cannot be read, which a
    plain listing would take for an empty one."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise KnowledgeBaseError(f"no such folder (looked for {folder.absolute()})")
    unreadable: list[OSError] = []
    found = []
    seen: set[str] = set()  # real folders walked: a link back to a parent loops no more
    for root, folders, names in os.walk(folder, onerror=unreadable.append, followlinks=True):
        seen.add(os.path.realpath(root))
        folders[:] = [f for f in folders if os.path.realpath(Path(root) / f) not in seen]
        found += [Path(root) / name for name in names if Path(name).suffix in KB_SUFFIXES]
    if unreadable:
        where = unreadable[0].filename or folder
        raise KnowledgeBaseError(
            f"cannot read the folder {where}: {unreadable[0].strerror} (the user running "
            f"aduan needs to read it: chmod -R a+rX {folder})"
        )
    return sorted(path for path in found if path.is_file())


def compose_yaml(text: str) -> Any:
    """The node tree (with line marks) of the one YAML document in ``text``, None when empty.

    Text that libyaml rejects is parsed again by the pure-Python parser: it raises the error
    (its messages name the offending character or alias, libyaml's do not) or, where the
    two parsers disagree, accepts what aduan has always accepted."""
    try:
        return yaml.compose(text, Loader=YAML_LOADER)
    except yaml.YAMLError:
        if YAML_LOADER is yaml.SafeLoader:
            raise
        return yaml.compose(text, Loader=yaml.SafeLoader)


def construct_yaml(node: Any) -> Any:
    """The Python value of a node tree from :func:`compose_yaml`, as ``yaml.safe_load``
    builds it."""
    loader = YAML_LOADER("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()
