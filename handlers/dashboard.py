"""``/dasbor`` in a staff group or the supervisors' chat: the bot sends the person, in
a private chat, a one-time link to the dashboard (ten minutes, single use). Staff log
in to their own agency's view (the group's agency, and only if its admin allowlist
admits them); the supervisors' chat gives the view of every agency. A group shared by
several agencies gives no login: the dashboard would not know whose tickets to show."""

from __future__ import annotations

from domain.dashboard.access import Role, Viewer
from handlers.context import Turn
from storage import dashboard

COMMANDS = ("/dasbor", "/dashboard")


def _viewer(turn: Turn) -> Viewer | None:
    message, services = turn.message, turn.services
    sender = message.sender
    name = (sender.display_name or sender.username or sender.user_id)[:128]
    supervisors = {services.agencies.supervisors_chat_id, services.sla.escalation_chat_id}
    if message.chat_id in {c for c in supervisors if c}:
        return Viewer(sender.user_id, name, Role.SUPERVISOR)
    agency = services.agencies.by_staff_chat(message.chat_id)
    if agency is None or not agency.allows(sender.user_id):
        return None
    return Viewer(sender.user_id, name, Role.STAFF, agency.code)


async def handle_login(turn: Turn) -> None:
    t = turn.staff_t
    base = turn.services.dashboard_url
    if not base:
        turn.reply(t("dash-login-off"))
        return
    viewer = _viewer(turn)
    if viewer is None:
        turn.reply(t("dash-login-refused"))
        return
    token = await dashboard.issue_login(turn.session, viewer, turn.now)
    link = f"{base.rstrip('/')}/dasbor/masuk?t={token}"
    turn.send(
        turn.message.channel,
        turn.message.sender.user_id,  # a private chat: the person's own id
        t("dash-login-link", link=link, minutes=10),
        purpose="dashboard_login",
    )
    turn.reply(t("dash-login-sent"))
