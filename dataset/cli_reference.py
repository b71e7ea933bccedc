"""docs/cli.md, generated from the click commands of the CLI: every command, its help, its
arguments and its options with their values and defaults. Regenerate with
``python -m ruchina.cli_reference``; a test fails when the committed file is out of date.

The one module besides ``ruchina.__main__`` that imports the CLI (tests/test_architecture.py
allows it): it documents the commands and is run, never imported by the library. What it
reads of click is the commands' own declarations (names, types, defaults, help), not
click's help formatter, so the page does not change with click's version.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

REFERENCE_PATH = Path("docs") / "cli.md"


def _text(text: str) -> str:
    """Help text as Markdown shows it: ``<version>`` is not an HTML tag."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(text: str) -> str:
    return _text(" ".join(text.split())).replace("|", "\\|")


def _value(param: click.Parameter) -> str:
    """What the parameter takes: a flag, one of its choices, a file, a directory, text."""
    if isinstance(param, click.Option) and param.is_flag:
        return "flag"
    kind = param.type
    if isinstance(kind, click.Choice):
        return ", ".join(f"`{choice}`" for choice in kind.choices)
    if isinstance(kind, click.Path):
        return "directory" if not kind.file_okay else "file" if not kind.dir_okay else "path"
    return {"text": "text", "integer": "integer", "float": "number"}.get(kind.name, kind.name)


def _default(param: click.Parameter) -> str:
    if isinstance(param, click.Argument):
        return "required" if param.required else "—"
    if param.is_flag:
        return "off"
    return f"`{param.default}`" if isinstance(param.default, (str, int, float)) else "—"


def _help(command: click.Command) -> str:
    return inspect.cleandoc(command.help or "")


def _summary(command: click.Command) -> str:
    """The first paragraph of a command's help."""
    return _help(command).partition("\n\n")[0]


def _argument_name(param: click.Argument) -> str:
    name = param.name.upper() + ("..." if param.nargs == -1 else "")
    return name if param.required else f"[{name}]"


def _parameter_rows(command: click.Command) -> list[str]:
    rows = ["| argument or option | takes | default | what it does |", "|---|---|---|---|"]
    for param in command.params:
        if isinstance(param, click.Argument):
            how_many = " (one or more)" if param.nargs == -1 else ""
            rows.append(f"| `{_argument_name(param)}` | {_value(param)}{how_many} | {_default(param)} | |")
        else:
            names = ", ".join(f"`{name}`" for name in param.opts + param.secondary_opts)
            rows.append(f"| {names} | {_value(param)} | {_default(param)} | {_cell(param.help or '')} |")
    rows.append("| `-h`, `--help` | flag | off | Show the command's help and exit. |")
    return rows


def render_cli_reference(group: click.Group) -> str:
    """The Markdown reference of ``group``'s commands, in the order they are defined."""
    lines = [
        "# The `ruchina` command",
        "",
        "Generated from the click commands in `dataset/cli.py` by `python -m ruchina.cli_reference`; "
        "do not edit by hand. Each command is one library call: a method of `ruchina.Repository` "
        "(`dataset/repository.py`), or for the installed package's releases the function it calls.",
        "",
        _text(_help(group)),
        "",
        "```",
        "ruchina [OPTIONS] COMMAND [ARGS]...",
        "```",
        "",
        "| option | what it does |",
        "|---|---|",
    ]
    lines += [f"| {', '.join(f'`{name}`' for name in param.opts)} | {_cell(param.help or '')} |"
              for param in group.params]
    lines += ["| `-h`, `--help` | Show the help and exit. |", "",
              "Exit codes: 0 ok; 1 findings at error severity, a refused input or another error, "
              "printed as one line; 2 a usage error.", ""]
    lines += ["| command | what it does |", "|---|---|"]
    lines += [f"| [`{name}`](#ruchina-{name}) | {_cell(_summary(command))} |"
              for name, command in group.commands.items()]
    for name, command in group.commands.items():
        arguments = " ".join(_argument_name(p) for p in command.params if isinstance(p, click.Argument))
        lines += ["", f"## ruchina {name}", "", _text(_help(command)), "", "```",
                  f"ruchina {name} [OPTIONS]" + (f" {arguments}" if arguments else ""), "```", ""]
        lines += _parameter_rows(command)
    return "\n".join(lines) + "\n"


def main() -> None:
    from ruchina.cli import cli

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_cli_reference(cli), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
