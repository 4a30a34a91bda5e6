"""Side-by-side timing: contenders run in turn, in a rotating order, so drift hits all alike."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Stats:
    """Seconds per call: the spread of one contender's runs."""

    min: float
    median: float
    max: float

    def ratio(self, other: Stats) -> float:
        """This contender's median over another's (the figure targets are stated in)."""
        return self.median / other.median

    def ms(self) -> str:
        """In milliseconds, to three significant figures or more (a tenth of a millisecond at least)."""
        places = 4 if self.median < 0.0001 else 3 if self.median < 0.001 else 2 if self.median < 0.01 else 1
        return " / ".join(f"{value * 1000:,.{places}f}" for value in (self.min, self.median, self.max))


def measure(
    contenders: dict[str, Callable[[], object]], repeats: int, warmup: int = 1, batch: int = 1
) -> dict[str, Stats]:
    """Each contender's min, median and max over `repeats` interleaved runs, after `warmup` rounds;
    a run of `batch` calls in a row, timed together, for a call too short to time alone (the
    figures are per call)."""
    names = list(contenders)
    for _ in range(warmup):
        for name in names:
            contenders[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(repeats):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for name in order:
            run = contenders[name]
            started = time.perf_counter()
            for _ in range(batch):
                run()
            samples[name].append((time.perf_counter() - started) / batch)
    return {
        name: Stats(min(values), statistics.median(values), max(values)) for name, values in samples.items()
    }
