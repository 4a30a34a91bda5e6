"""`python -m bench [--quick]`: print the benchmark tables (markdown) with the ratios that matter.

Every number is a median of interleaved runs made in this one process, side by side.
--quick is CI's smoke run: tiny sizes and one repeat, to show the benchmark runs (its
numbers mean nothing).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform

from bench import decode, listing, regenerate
from bench.timing import medians


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny sizes, one repeat")
    args = parser.parse_args()
    quick = args.quick

    print(f"# avido-client benchmarks{' (smoke run: numbers meaningless)' if quick else ''}\n")
    print(
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"`make bench{'-smoke' if quick else ''}`\n"
    )

    # 1. Decode
    repeats = 3 if quick else 300
    text = decode.page_text()
    decode.check(text)
    decoded = medians(decode.contenders(text), repeats=repeats)
    floor = decoded["json.loads (floor)"]
    ours = decoded["avido_client"]
    sdk = decoded["avido 1.7.0 SDK"]
    print(
        f"## Decode: a 100-test page ({len(text) / 1000:,.0f} kB of JSON) into models, median of {repeats}\n"
    )
    print("| contender | median | × json.loads |")
    print("| --- | ---: | ---: |")
    for name, seconds in decoded.items():
        print(f"| {name} | {ms(seconds)} | {seconds / floor:.2f}× |")
    print(
        f"\nTargets: avido_client within 3.0× of json.loads: {verdict(ours / floor <= 3.0)} "
        f"({ours / floor:.2f}×); the SDK at least 10× slower than avido_client: "
        f"{verdict(sdk / ours >= 10)} ({sdk / ours:.1f}×).\n"
    )

    # 2. List everything
    runs, delay, repeats = (300, 0.025, 1) if quick else (2000, 0.025, 25)
    with listing.slow_server(runs, delay) as base_url, listing.contenders(base_url, runs) as contenders:
        listed = medians(contenders, repeats=repeats, warmup=1)
    floor = listing.floor_seconds(runs, delay)
    ours = listed[next(name for name in listed if "asyncio_all" in name)]
    sdk = listed["avido 1.7.0 SDK auto-pager"]
    print(
        f"## List everything: {runs:,} runs in pages of {listing.PAGE} from 127.0.0.1, "
        f"{delay * 1000:.0f} ms a request, median of {repeats}\n"
    )
    print("| contender | median | × floor | SDK time ÷ this |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| floor: first page, then rounds of {listing.CONCURRENCY} | {ms(floor)} | 1.00× | |")
    for name, seconds in listed.items():
        print(f"| {name} | {ms(seconds)} | {seconds / floor:.2f}× | {sdk / seconds:.1f}× |")
    print(
        f"\nTargets: asyncio_all within 2× of the floor: {verdict(ours / floor <= 2.0)} "
        f"({ours / floor:.2f}×); at least 5× faster than the SDK: {verdict(sdk / ours >= 5)} "
        f"({sdk / ours:.1f}×).\n"
    )

    # 3. Regenerate
    repeats = 1 if quick else 5
    generated = medians(
        {"make generate": regenerate.make_generate}, repeats=repeats, warmup=0 if quick else 1
    )
    print(f"## Regenerate: `make generate` with the environment set up, median of {repeats}\n")
    print(f"{generated['make generate']:.2f} s\n")

    if not quick:
        summary = {"decode": decoded, "listing": listed, "floor": floor, "generate": generated}
        print("<!-- raw medians (seconds): " + json.dumps(summary) + " -->")


if __name__ == "__main__":
    main()
