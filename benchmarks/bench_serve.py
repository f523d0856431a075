"""How fast `mkdocs serve` shows an edit to one event file on a 10,000-event site, against a full build.

It drives MkDocs's own serve rebuild path (the `builder` of mkdocs.commands.serve: a fresh config per
rebuild, plugin instances kept across rebuilds, `build(..., dirty=...)`) in a child process, without the
HTTP server: initial build, then edit one event's title and rebuild, twice. Both modes are measured:

* `mkdocs serve`          - the plugin's on_serve puts its rebuilder in front of MkDocs's builder: a
                             rebuild whose changes are all edited or added event files is a dirty build
                             of the pages they changed (search index merged); anything else, a full build.
* `mkdocs serve --dirty`  - MkDocs skips pages whose File reports no change; the plugin reports, per
                             generated page, whether anything it shows changed since the previous build.

Each rebuild is checked: the edited title must appear on the event's page and on its year page.

    python benchmarks/bench_serve.py               # 10,000 events
    python benchmarks/bench_serve.py --events 2000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_site import make_project  # noqa: E402

SERVE_LOOP = r"""
import json, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site_dir, event_file, dirty = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4] == "dirty"
serve_url = "http://127.0.0.1:8000/"

def get_config():
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.site_url = serve_url
    return config

def builder(config=None):
    started, cpu = time.perf_counter(), time.process_time()
    build(config or get_config(), serve_url=serve_url, dirty=dirty)
    return time.perf_counter() - started, time.process_time() - cpu

class Server:  # what on_serve sees of MkDocs's LiveReloadServer: its builder, called on each change
    def __init__(self):
        self.builder = lambda: build(get_config(), serve_url=serve_url, dirty=dirty)

    def watch(self, path, *args, **kwargs):
        pass

def rebuild(server):
    started, cpu = time.perf_counter(), time.process_time()
    server.builder()
    return time.perf_counter() - started, time.process_time() - cpu

config = get_config()
config.plugins.on_startup(command="serve", dirty=dirty)
times = {"full": builder(config), "rebuilds": []}
server = config.plugins.on_serve(Server(), config=config, builder=None)
original = event_file.read_text()
event_id = event_file.stem
for number in (1, 2):
    title = f"Edited title number {number}"
    event_file.write_text(original.replace("title: ", f"title: {title} ", 1))
    times["rebuilds"].append(rebuild(server))
    page = Path(site_dir, "events", event_id, "index.html").read_text()
    year = event_file.parent.name
    year_page = Path(site_dir, "years", year, "index.html").read_text()
    times.setdefault("checks", []).append(title in page and title in year_page)
config.plugins.on_shutdown()
print(json.dumps(times))
"""


def measure(config_path: Path, site_dir: Path, event_file: Path, mode: str) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-c", SERVE_LOOP, str(config_path), str(site_dir), str(event_file), mode],
        capture_output=True, text=True, env=env,
    )
    if result.returncode != 0:
        raise SystemExit(f"serve loop ({mode}) failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="timeline-serve-") as folder:
        root = Path(folder)
        config_path = make_project(root, args.events)
        event_file = sorted((root / "events").rglob("*.yaml"))[args.events // 2]
        for mode, command in (("full", "mkdocs serve"), ("dirty", "mkdocs serve --dirty")):
            times = measure(config_path, root / f"site-{mode}", event_file, mode)
            (full, full_cpu), (best, best_cpu) = times["full"], min(times["rebuilds"])
            ok = "edit shown" if all(times["checks"]) else "EDIT NOT SHOWN"
            print(f"{command:<22} {args.events} events: full build {full:6.2f} s (cpu {full_cpu:.2f} s), rebuild after "
                  f"editing one event {best:6.2f} s (cpu {best_cpu:.2f} s); rebuild/full = {best / full:.2f} "
                  f"(cpu {best_cpu / full_cpu:.2f}) ({ok})", flush=True)


if __name__ == "__main__":
    main()
