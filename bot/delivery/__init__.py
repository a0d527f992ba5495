"""The delivery worker: sends what the outbox owes.

- **Order**: only the oldest pending message of a chat is ever handed out, and a chat
  with a send in flight is skipped, so each chat receives its messages in order; a
  message waiting for a retry holds back the later ones to the same chat
  (:mod:`.worker`).
- **Flood control**: a :class:`bot.pacing.Pacer` per channel books every send against
  the limits of the bot as a whole, of the chat and of its kind; a 429's
  ``retry_after`` holds the chat (and delays the row) for as long as asked. Different
  chats are sent to concurrently, within those limits (:mod:`.sending`).
- **Failures**: transient ones (5xx, timeouts, network, 429) are retried with
  exponential backoff and jitter; after ``max_attempts`` the message is dead-lettered.
  403 marks the chat unreachable; 400 is permanent; a migrated group is followed
  (:mod:`.outcomes`). Every dead letter is reported to the supervisors' chat (unless
  that chat is the one failing), and an unreachable staff group gets its own alert
  (:mod:`.alerts`). Each failed attempt and dead letter is a line in the log, at most
  one a minute per chat (:mod:`.operator_log`).
- **Crash window**: the send happens outside any transaction and is recorded right
  after the platform answers, in a short transaction shared with the other sends that
  finished meanwhile (group commit, :mod:`.recorder`); the chat counts as in flight
  until then. A crash between the two (kill -9) resends those messages after the
  restart: at-least-once, with at most the in-flight messages doubled. Telegram has no
  idempotency key to do better.
- **Several processes**: on PostgreSQL only the holder of an advisory lock delivers
  (see :class:`storage.leadership.Leadership`), so the limits hold for the bot as a whole.
"""

from bot.delivery.outcomes import MAX_ATTEMPTS, backoff_seconds
from bot.delivery.worker import DELIVERY_LOCK_KEY, LEADERSHIP_RETRY, MAX_IN_FLIGHT, DeliveryWorker

__all__ = [
    "DELIVERY_LOCK_KEY",
    "LEADERSHIP_RETRY",
    "MAX_ATTEMPTS",
    "MAX_IN_FLIGHT",
    "DeliveryWorker",
    "backoff_seconds",
]
