"""The limits every submission runs under, whichever engine runs it."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..time_limit import CALL_SECONDS, WALL_FACTOR


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

    def extraction_seconds(self, spec: dict) -> float:
        """How long the reading step may take on the clock: each of its calls (one per name read, one per probe
        input, one more for the step) may wait ``WALL_FACTOR`` times ``call_timeout`` (a call is stopped by its CPU
        time, or by the clock when it waits: time_limit), and 30 s for the step itself."""
        calls = 1 + len(spec["names"]) + sum(len(v[1]) for v in spec["probes"].values())
        return self.call_timeout * WALL_FACTOR * calls + 30
