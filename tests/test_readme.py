"""The README's two commands stay true: the test command is the one CI runs."""

import re

from tests.conftest import REPO_ROOT


def _bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.S)


def test_ci_runs_the_readme_test_command_word_for_word():
    readme_commands = [line for block in _bash_blocks((REPO_ROOT / "README.md").read_text()) for line in block.splitlines()]
    ci_lines = [line for line in (REPO_ROOT / ".ci/run").read_text().splitlines() if line and not line.startswith(("#", "set ", "cd ", "export "))]
    assert ci_lines == [readme_commands[1]]


def test_readme_build_command_builds_the_example_site_strictly():
    first = _bash_blocks((REPO_ROOT / "README.md").read_text())[0].strip()
    assert first == "pip install . && timeline validate events && mkdocs build --strict"
