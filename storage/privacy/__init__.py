"""Personal data (UU 27/2022): finding everything held on one resident, exporting it,
anonymising it on request, and the retention policy that anonymises and deletes on
its own.

A resident is a :class:`~storage.models.Contact` (one per channel). Their personal data
is the contact's name, username and phone, their conversation state, the words and
places of their tickets (description, address, pin, photos, the requester details of an
information request, rating comment, objection texts), the raw updates they sent
(inbox) and the messages sent to them (outbox). Anonymising keeps every ticket, its
code, agency, kind, status, dates and working-time figures, so the service's figures
do not change.
"""
