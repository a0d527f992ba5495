"""Every catalog message is used somewhere: named as a string in the code or a template,
referenced by another message, or one of a family the code builds its key for at run
time — each such family is listed here, and each listing is checked to still be in the
code, so the list cannot keep a dead family alive. A message under a listed family is
taken as used (the family's members are not enumerated)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.language.catalogs import shapes

ROOT = Path(__file__).resolve().parents[2]
CODE = ("bot", "domain", "handlers", "storage", "knowledge_base")

# Key families built at run time: the literal start of the key as the code writes it
# (f"status-{…}", "dash-event-" + …, t("fig-kind-" ~ kind) in a template). Each must
# occur in the code followed by "{" (f-string), or closed and then "+" or "~".
DYNAMIC_PREFIXES = (
    "attachment-full", "attachment-kept", "attachment-noun-", "contact-", "dash-col-",
    "dash-event-", "dash-privacy-", "dash-pub-outcome-", "dash-pub-state-", "delivery-",
    "fig-col-", "fig-kind-", "info-ask-", "info-invalid-", "kind-", "ppid-ask-",
    "ppid-channel-", "ppid-digest-objection", "ppid-digest-request", "ppid-exemption-",
    "ppid-exemption-short-", "ppid-form-", "ppid-ground-", "ppid-ground-short-", "ppid-kind-",
    "ppid-month-", "ppid-month-short-", "ppid-objection-answered-", "ppid-reg-",
    "ppid-reg-obj-", "ppid-reg-verdict-", "ppid-requester-", "ppid-status-objection-",
    "ppid-verdict-", "public-period-", "sla-escalation-title-", "sla-stage-", "smalltalk-",
    "staff-action-", "status-", "status-list-title-",
)  # fmt: skip
# Endings the code adds to a key it names: an information request's own words
# (handlers.cards.worded: "<key>-info") and a reply signed by its sender
# (handlers.staff.actions: key += "-signed").
DYNAMIC_ENDINGS = ("-info", "-signed")


def code_text() -> str:
    return "\n".join(
        path.read_text(encoding="utf-8")
        for folder in CODE
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in (".py", ".html")
    )


def named(key: str, code: str) -> bool:
    return re.search(rf"[\"']{re.escape(key)}[\"']", code) is not None


def test_every_listed_key_family_is_still_built_by_the_code() -> None:
    code = code_text()
    stale = [
        prefix
        for prefix in DYNAMIC_PREFIXES
        if not re.search(rf"[\"']{re.escape(prefix)}(\{{|[\"']\s*[+~])", code)
    ]
    assert stale == [], f"no longer built at run time, remove from the list: {stale}"
    for ending in DYNAMIC_ENDINGS:
        assert ending in code


def test_every_catalog_message_is_used_somewhere() -> None:
    code = code_text()
    messages = shapes("id")
    referenced = {name for shape in messages.values() for name in shape.references}
    used = {key for key in messages if named(key, code) or key in referenced}
    used |= {key for key in messages if key.startswith(DYNAMIC_PREFIXES)}
    for _ in range(3):  # "-info" of a "-signed" key, …
        used |= {key + ending for key in used for ending in DYNAMIC_ENDINGS} & messages.keys()
    unused = sorted(messages.keys() - used)
    assert unused == [], f"in the catalogs but used nowhere (remove, or list its family): {unused}"
