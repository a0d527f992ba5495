"""Deadlines (SLA): working calendars, durations, policies, and the sweep that chases
tickets before and after their deadlines. The calendar, duration and policy modules
are pure: time is always passed in."""
