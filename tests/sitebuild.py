"""Helpers for the site tests: copy the fixture project and build it with the real `mkdocs build`."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site"


def copy_fixture(target: Path, **plugin_options) -> Path:
    """A copy of the fixture project in target; plugin options are written into its mkdocs.yml."""
    shutil.copytree(FIXTURE, target)
    if plugin_options:
        config_path = target / "mkdocs.yml"
        config = yaml.safe_load(config_path.read_text())
        config["plugins"] = ["search", {"timeline": plugin_options}]
        config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    return target


def build(project: Path, site_dir: Path, strict: bool = True) -> Path:
    """Build in this process, as `mkdocs build --strict` does; raises on failure."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def build_command(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run the `mkdocs build --strict` command itself, for what a user sees on the terminal."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def read(site: Path, relative: str) -> str:
    return (site / relative).read_text(encoding="utf-8")
