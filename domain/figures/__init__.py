"""Figures: how the service performs, per agency and for the regency, over a period.

Pure rules only: periods, working-time durations and whether targets were met (from
the SLA calendar, never wall-clock days), percentiles, and the figures' arithmetic.
The queries live in :mod:`storage.figures`."""
