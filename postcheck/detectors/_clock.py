"""Post times in the council's own clock: the late-night window and the
meeting calendar are local, while posts may carry UTC (``Z``) or no offset
(taken as local time)."""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo


def local_time(moment: datetime, timezone: str) -> datetime:
    """``moment`` in ``timezone``; a naive time is read as already local."""
    zone = ZoneInfo(timezone)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def in_window(clock: time, start: time, end: time) -> bool:
    """Whether ``clock`` is in [start, end), a window that may wrap midnight."""
    if start <= end:
        return start <= clock < end
    return clock >= start or clock < end
