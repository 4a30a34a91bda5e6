"""`python -m bench [--quick]`: the benchmark tables (markdown), each target stated beside its figure.

Every figure is measured in this one run, side by side with its floor: contenders run
interleaved, and each row gives min / median / max; ratios are of medians. `--quick` is
CI's smoke run: toy sizes and a repeat or two, to show every benchmark runs (its numbers
mean nothing, and no target is judged).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
from collections.abc import Callable

from bench import calls, clients, decode, imports, listing, memory, regenerate
from bench.timing import Stats, measure


class Report:
    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.verdicts: list[tuple[str, bool]] = []

    def table(
        self, rows: dict[str, Stats], floor: str, extra: dict[str, Callable[[Stats], str]] | None = None
    ) -> None:
        extra = extra or {}
        print("| contender | min / median / max (ms) | × floor |" + "".join(f" {name} |" for name in extra))
        print("| --- | ---: | ---: |" + " ---: |" * len(extra))
        for name, stats in rows.items():
            cells = "".join(f" {column(stats)} |" for column in extra.values())
            print(f"| {name} | {stats.ms()} | {stats.ratio(rows[floor]):.2f}× |{cells}")
        print()

    def target(self, text: str, value: float, limit: float, *, at_least: bool = False) -> None:
        met = value >= limit if at_least else value <= limit
        self.verdicts.append((text, met))
        verdict = "(smoke run: not judged)" if self.quick else ("met" if met else "MISSED")
        bound = "at least" if at_least else "at most"
        print(f"- Target: {text}: **{value:.2f}×** ({bound} {limit:g}×): {verdict}")


# Each body's targets (ratios to json.loads): the default install, the fast extra.
DECODE_TARGETS = {"page": (1.8, 1.2), "eval": (1.6, 1.0)}
# A whole call's target (ratio to httpx + json.loads), default install.
CALL_TARGETS = {"tests": 1.5, "eval": 1.15}
SECTIONS = ("decode", "calls", "import", "listing", "fresh", "memory", "regenerate")


def decode_section(report: Report, quick: bool) -> None:
    for body in decode.bodies(3 if quick else 100):
        decode.check(body)
        small = len(body.content) < 10_000
        repeats = 3 if quick else (1000 if small else 300)
        # A small body takes microseconds: each run times 20 decodes in a row (figures per decode).
        batch = 20 if small and not quick else 1
        decoded = measure(decode.contenders(body), repeats=repeats, warmup=1 if quick else 10, batch=batch)
        size = f"{len(body.content):,} bytes" if small else f"{len(body.content) / 1000:,.0f} kB"
        runs = f"{repeats} runs of {batch} decodes" if batch > 1 else f"{repeats} runs"
        print(f"## Decode: {body.title} ({size}) from bytes into models, {runs}\n")
        report.table(decoded, decode.FLOOR)
        floor, default, extra = decoded[decode.FLOOR], decoded[decode.DEFAULT], decoded[decode.EXTRA]
        strict = decoded[decode.STRICT]
        default_limit, extra_limit = DECODE_TARGETS["eval" if body.operation.page is None else "page"]
        report.target(
            f"{body.title}: default install within {default_limit}× of json.loads",
            default.ratio(floor),
            default_limit,
        )
        report.target(
            f"{body.title}: the fast extra within {extra_limit}× of json.loads",
            extra.ratio(floor),
            extra_limit,
        )
        report.target(
            f"{body.title}: SDK strict validation ÷ default install",
            strict.ratio(default),
            1.0,
            at_least=True,
        )
        report.target(
            f"{body.title}: SDK strict validation ÷ the fast extra", strict.ratio(extra), 1.0, at_least=True
        )
        print()


def calls_section(report: Report, quick: bool) -> None:
    with listing.listing_server(100, 0.0) as base_url:
        for case, (title, _, _) in calls.CASES.items():
            repeats = 3 if quick else (200 if case == "tests" else 1000)
            with calls.contenders(base_url, case) as contenders:
                timed = measure(contenders, repeats=repeats, warmup=1 if quick else 20)
            print(f"## A whole call: {title} from 127.0.0.1, server in its own process, {repeats} runs\n")
            report.table(timed, calls.FLOOR)
            limit = CALL_TARGETS[case]
            report.target(
                f"{title}: a whole call, default install, within {limit}× of httpx + json.loads",
                timed[calls.DEFAULT].ratio(timed[calls.FLOOR]),
                limit,
            )
            print()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="smoke run: toy sizes, one repeat")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run, of: {', '.join(SECTIONS)}",
    )
    arguments = parser.parse_args()
    quick, only = arguments.quick, set(arguments.only.split(","))
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"no such section: {', '.join(sorted(unknown))}")
    report = Report(quick)

    print(f"# avido-client benchmarks{' (smoke run: numbers meaningless)' if quick else ''}\n")
    print(
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"`make bench{'-smoke' if quick else ''}`. Times are min / median / max; ratios are of medians.\n"
    )

    # 1. Decode, and a whole call ----------------------------------------------------------------
    if "decode" in only:
        decode_section(report, quick)
    if "calls" in only:
        calls_section(report, quick)

    # 1b. Import -----------------------------------------------------------------------------------
    if "import" in only:
        import_section(report, quick)
    if "listing" in only:
        listing_section(report, quick)
    if "fresh" in only:
        fresh_section(report, quick)
    if "memory" in only:
        memory_section(report, quick)
    if "regenerate" in only:
        regenerate_section(quick)

    missed = [text for text, met in report.verdicts if not met]
    if not quick:
        print(
            f"{len(report.verdicts) - len(missed)} of {len(report.verdicts)} targets met"
            + (f"; missed: {', '.join(missed)}" if missed else ".")
        )


def import_section(report: Report, quick: bool) -> None:
    repeats = 2 if quick else 30
    imported = measure(imports.contenders(), repeats=repeats, warmup=1)
    print(f"## Import: a fresh interpreter each time, {repeats} runs\n")
    report.table(
        imported,
        imports.FLOOR,
        {"added to the floor (ms)": lambda s: f"{(s.median - imported[imports.FLOOR].median) * 1000:,.1f}"},
    )
    ours_added = imported[imports.OURS].median - imported[imports.FLOOR].median
    sdk_added = imported[imports.SDK].median - imported[imports.FLOOR].median
    report.target(
        "the SDK's import ÷ avido_client's, each less the bare interpreter",
        sdk_added / ours_added,
        2.0,
        at_least=True,
    )
    print()


def listing_section(report: Report, quick: bool) -> None:
    total, delay = (300, 0.025) if quick else (2000, 0.025)
    with listing.listing_server(total, delay) as base_url:
        for kind, repeats in [("runs", 2 if quick else 15), ("tests", 1 if quick else 15)]:
            with listing.contenders(base_url, kind, total) as contenders:
                listed = measure(contenders, repeats=repeats, warmup=1)
                in_flight = listing.most_in_flight(
                    base_url, contenders[next(n for n in contenders if " list_all" in n)]
                )
            names = list(listed)
            floor_name, ours_async, _, ours_sync, sdk_default, _ = names
            print(
                f"## List everything: {total:,} {kind} in pages of {listing.PAGE}, "
                f"{delay * 1000:.0f} ms a request, server in its own process, {repeats} runs\n"
            )
            sdk_stats = listed[sdk_default]

            def sdk_over(stats: Stats, sdk_stats: Stats = sdk_stats) -> str:
                return f"{sdk_stats.median / stats.median:.1f}×"

            report.table(listed, floor_name, {"SDK default ÷ this": sdk_over})
            report.target(
                f"{kind}: alist_all within 1.3× of the httpx-only floor",
                listed[ours_async].ratio(listed[floor_name]),
                1.3,
            )
            report.target(
                f"{kind}: alist_all at least 4× faster than the SDK's pager",
                listed[sdk_default].ratio(listed[ours_async]),
                4.0,
                at_least=True,
            )
            if kind == "runs":
                report.target(
                    "runs: list_all within 2.0× of the floor",
                    listed[ours_sync].ratio(listed[floor_name]),
                    2.0,
                )
                report.target(
                    f"list_all requests in flight at once (server's count: {in_flight})",
                    in_flight,
                    8,
                    at_least=True,
                )
            print()


def fresh_section(report: Report, quick: bool) -> None:
    """A fresh client: against a server that answers at once, so the client's cost shows."""
    with listing.listing_server(100, 0.0) as base_url:
        repeats = 3 if quick else 100
        fresh = measure(clients.contenders(base_url), repeats=repeats, warmup=1)
    print(
        f"## A fresh client and its first request (a one-run page from 127.0.0.1, no delay), {repeats} runs\n"
    )
    report.table(fresh, "httpx.Client() + one request")
    report.target(
        "httpx.Client() + one request ÷ avido_client client + first request",
        fresh["httpx.Client() + one request"].ratio(fresh["avido_client client + first request"]),
        5.0,
        at_least=True,
    )
    print()


def memory_section(report: Report, quick: bool) -> None:
    small, large = (1_000, 3_000) if quick else (10_000, 100_000)
    print(f"## Memory: the peak while walking {small:,} and {large:,} runs\n")
    print("tracemalloc's peak during the walk (pages of 100 from a server answering at once), each walk")
    print("in a fresh interpreter.\n")
    print("| walker | one page held | peak, " + f"{small:,} runs | peak, {large:,} runs | peak ÷ one page |")
    print("| --- | ---: | ---: | ---: | ---: |")
    bounded = True
    with listing.listing_server(small, 0.0) as few_url, listing.listing_server(large, 0.0) as many_url:
        for walker in ("list_all", "alist_all"):
            few, many = memory.measure(few_url, small, walker), memory.measure(many_url, large, walker)
            pages = many["peak_mib"] / many["page_mib"]
            print(
                f"| {walker} (default concurrency {listing.CONCURRENCY}) | {many['page_mib']:.2f} MiB | "
                f"{few['peak_mib']:.2f} MiB | {many['peak_mib']:.2f} MiB | {pages:.1f} |"
            )
            bounded = bounded and many["peak_mib"] <= 1.25 * few["peak_mib"]
    print()
    report.verdicts.append(("memory bounded", bounded))
    verdict = "(smoke run: not judged)" if quick else ("met" if bounded else "MISSED")
    print(
        f"- Target: the peak does not grow with the listing: {large:,} runs within 1.25× of "
        f"{small:,}, for both walkers: {verdict}\n"
    )


def regenerate_section(quick: bool) -> None:
    repeats = 1 if quick else 5
    generated = measure(
        {"make generate": regenerate.make_generate}, repeats=repeats, warmup=0 if quick else 1
    )
    print(f"## Regenerate: `make generate` with the environment set up, {repeats} runs\n")
    print(f"{generated['make generate'].ms()} ms\n")


if __name__ == "__main__":
    main()
