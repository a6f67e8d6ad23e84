"""The limits every submission runs under, whichever engine runs it."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..time_limit import CALL_SECONDS


@dataclass(frozen=True)
class Limits:
    cell_timeout: float = 60.0
    notebook_timeout: float = 300.0
    memory_mb: int = 2048
    file_size_mb: int = 100
    max_value_bytes: int = 5_000_000
    max_payload_bytes: int = 20_000_000
    max_output_bytes: int = 10_000_000  # printed output beyond this is counted, reported and thrown away
    max_items: int = 200_000
    call_timeout: float = CALL_SECONDS  # each call of a student's function, the notebook's check's limit too
    max_attempts: int = 3
    max_notebook_bytes: int = 50_000_000

    def key(self) -> dict:
        return asdict(self)
