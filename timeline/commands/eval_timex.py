"""`timeline eval-timex DIR`: score the tagger on a TimeML corpus as TempEval-3 Task A does."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(name="eval-timex")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--misses", "show_misses", type=int, default=50, show_default=True,
              help="How many misses to list (0: none, -1: all).")
def command(directory: Path | None, show_misses: int) -> None:
    """Tag every .tml file under DIRECTORY (default: ../shared/data/tempeval3) and score against its gold TIMEX3."""
    from timeline.temporal.evaluation import default_corpus, evaluate

    score = evaluate(directory or default_corpus())
    summary = score.summary()
    click.echo(f"gold timexes {summary['documents_gold']}, system timexes {summary['system']}")
    for kind in ("strict", "relaxed"):
        click.echo(f"{kind:8} P {summary[kind + '_precision']:6.2%}  R {summary[kind + '_recall']:6.2%}  "
                   f"F1 {summary[kind + '_f1']:6.2%}")
    click.echo(f"type F1  {summary['type_f1']:6.2%}")
    click.echo(f"value F1 {summary['value_f1']:6.2%}")
    misses = score.misses if show_misses < 0 else score.misses[:show_misses]
    if misses:
        click.echo(f"\nmisses ({len(misses)} of {len(score.misses)}):")
    for miss in misses:
        click.echo(f"{miss.document}\t{miss.kind}\tgold={_describe(miss.gold)}\tsystem={_describe(miss.system)}")


def _describe(timex) -> str:
    if timex is None:
        return "-"
    mod = f" {timex.mod}" if timex.mod else ""
    return f"{timex.text!r} {timex.type} {timex.value}{mod}"
