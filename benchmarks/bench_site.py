"""How long `mkdocs build` takes, and how much memory it needs, for timelines of 1k, 10k and 100k events.

Each size is generated into a temporary project and built in a child process, whose peak resident memory
(maxrss) is read from wait4. As a yardstick, the same 1k events are also built with every event page in the
navigation (the `nav_events: true` option), which makes the build quadratic; the ratio is printed.

    python benchmarks/bench_site.py                  # 1000, 10000, 100000 and the nav alternative at 1000
    python benchmarks/bench_site.py --sizes 1000 10000 --no-alternative
    python benchmarks/bench_site.py --sizes 100000 --option timelinejs=false   # without the TimelineJS export
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

STATUSES = ["happened"] * 8 + ["scheduled", "target"]
WORDS = (
    "summit talks treaty visit election protest agreement sanctions pipeline trade border council "
    "minister president parliament court ruling vote deal launch crisis ceasefire report budget"
).split()
BUILD = "import sys; from mkdocs.commands.build import build; from mkdocs.config import load_config; " \
        "build(load_config(sys.argv[1], site_dir=sys.argv[2]))"


@dataclass
class Result:
    label: str
    events: int
    seconds: float
    peak_mib: float
    user_seconds: float = 0.0
    system_seconds: float = 0.0

    def line(self) -> str:
        per_event = self.seconds / self.events * 1000 if self.events else 0.0
        return (f"{self.label:<28} {self.events:>8} events  {self.seconds:8.2f} s  {per_event:6.2f} ms/event  "
                f"user {self.user_seconds:6.2f} s  sys {self.system_seconds:5.2f} s  peak {self.peak_mib:7.1f} MiB")


def event_document(number: int, rng: random.Random, names: dict[str, list[str]]) -> dict:
    year = 1990 + number % 35
    precision = rng.random()
    date: object = year
    if precision > 0.15:
        date = f"{year}-{rng.randint(1, 12):02d}"
    if precision > 0.35:
        date = f"{date}-{rng.randint(1, 28):02d}"
    title = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize() + f" {number}"
    document = {
        "id": f"e{number:06d}",
        "title": title,
        "date": date,
        "status": rng.choice(STATUSES),
        "summary": f"The **{rng.choice(WORDS)}** was reported by [a source](https://example.com/{number}). " * 2,
        "actors": rng.sample(names["actors"], 2),
        "places": rng.sample(names["places"], 1),
        "tags": rng.sample(names["tags"], 2),
        "sources": [{"title": "Example report", "url": f"https://example.com/{number}", "quote": title}],
    }
    return document


def make_project(root: Path, count: int, nav_events: bool = False, options: dict | None = None) -> Path:
    """A project with `count` event files and a mkdocs.yml; returns the path of mkdocs.yml."""
    rng = random.Random(count)
    names = {
        "actors": [f"Actor {i}" for i in range(max(40, count // 25))],
        "places": [f"Place {i}" for i in range(max(20, count // 100))],
        "tags": [f"tag-{i}" for i in range(30)],
    }
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "about.md").write_text("# About\n\nA generated benchmark timeline.\n")
    for number in range(count):
        document = event_document(number, rng, names)
        folder = root / "events" / str(document["date"])[:4]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{document['id']}.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    config = {
        "site_name": f"Benchmark {count}",
        "theme": {"name": "material", "font": False},
        "plugins": ["search", {"timeline": {"nav_events": nav_events, **(options or {})}}],
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def build_in_child(config_path: Path, site_dir: Path) -> tuple[float, float, float, float]:
    """Build in a fresh interpreter; return wall seconds, peak resident memory (MiB), user and system seconds.

    CPU times are reported too because wall time on a shared machine depends on its load; system time is
    mostly MkDocs creating a folder and a file per page.
    """
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", BUILD, str(config_path), str(site_dir)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    stderr = child.stderr.read().decode() if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"build of {config_path} failed:\n{stderr[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime  # Linux: maxrss in KiB


def run(label: str, count: int, nav_events: bool = False, options: dict | None = None) -> Result:
    with tempfile.TemporaryDirectory(prefix=f"timeline-bench-{count}-") as folder:
        root = Path(folder)
        config_path = make_project(root, count, nav_events, options)
        seconds, peak, user, system = build_in_child(config_path, root / "site")
    result = Result(label, count, seconds, peak, user, system)
    print(result.line(), flush=True)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--no-alternative", action="store_true", help="skip the event-pages-in-nav yardstick")
    parser.add_argument("--alternative-size", type=int, default=1000)
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a timeline plugin option for every build, e.g. timelinejs=false (YAML value)")
    args = parser.parse_args(argv)
    options = {name: yaml.safe_load(value) for name, value in (item.split("=", 1) for item in args.option)}
    label = "event pages out of nav" + "".join(f", {item}" for item in args.option)
    results = [run(label, size, options=options) for size in args.sizes]
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = (last.seconds / first.seconds) / (last.events / first.events)
        print(f"growth {first.events} -> {last.events}: time x{last.seconds / first.seconds:.1f} for events "
              f"x{last.events / first.events:.0f} (1.0 per event = linear; measured {growth:.2f})")
    if not args.no_alternative:
        size = args.alternative_size
        alternative = run("event pages in nav", size, nav_events=True, options=options)
        ours = next((r for r in results if r.events == size), None) or run(label, size, options=options)
        print(f"ratio at {size} events: the in-nav build takes {alternative.seconds / ours.seconds:.1f}x the wall "
              f"time and {alternative.user_seconds / max(ours.user_seconds, 1e-9):.1f}x the user CPU time of the "
              f"out-of-nav build")


if __name__ == "__main__":
    main()
