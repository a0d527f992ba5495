"""Agency staff at work in their Telegram group: the ticket card's buttons, replies
relayed to the resident, internal notes, templates and the ``/tiket`` and ``/cari``
commands. Entry point: :func:`handlers.staff.router.handle_staff`."""
