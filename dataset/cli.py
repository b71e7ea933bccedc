"""The ``ruchina`` command: one library call per command (a method of
``ruchina.Repository``, or for the installed package's releases the function it calls),
no logic of its own: it parses options and prints.

Library errors (RuchinaError) become one line on stderr and exit 1 (2 for usage);
findings at error severity exit 1.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ruchina.errors import RuchinaError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

repo_option = click.option(
    "--repo",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The ruchina repository (default: the current directory).",
)
format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json for machines.",
)


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def reports_errors(command):
    """Turn a library error into one line and the right exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RuchinaError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ruchina")
def cli() -> None:
    """ruchina: a versioned dataset of news coverage of Russia-China summits.

    Curators build, validate and release the dataset from seeds/; anyone can
    list the shipped releases with `ruchina info` and load them from Python.
    """


@cli.command()
@repo_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build directory (default: REPO/_build).")
@click.option("--rebuild", is_flag=True, help="Build even when the build is current (nothing it is made from changed).")
@format_option
@reports_errors
def build(repo: Path | None, out: Path | None, rebuild: bool, output_format: str) -> None:
    """Build every table from seeds/ into the build directory."""
    from ruchina.repository import Repository

    repository = Repository.find(repo)
    with _progress(output_format) as progress:
        result = repository.build(out=out, progress=progress, rebuild=rebuild)
    manifest = result.manifest
    if output_format == "json":
        click.echo(json.dumps({"path": str(result.path), "up_to_date": result.up_to_date,
                               "reused_tables": result.reused_tables,
                               "manifest": json.loads(manifest.to_json())}, indent=2))
        return
    console = _console()
    verb = "kept the current" if result.up_to_date else "built"
    console.print(f"{verb} [bold]{manifest.version}[/] candidate in {result.path} ({result.decision.bump})")
    if result.up_to_date:
        console.print("  nothing it is made from changed (seeds, code, libraries, accepted findings, releases); "
                      "--rebuild builds anyway")
    elif result.reused_tables:
        console.print("  only accepted findings or releases changed: the last build's tables, findings marked again; "
                      "--rebuild builds anyway")
    for name, rows in result.rows.items():
        console.print(f"  {name}: {rows} rows, {manifest.tables[name].bytes:,} bytes")
    for reason in result.decision.reasons:
        console.print(f"  - {reason}")


@cli.command()
@repo_option
@click.option("--release", "release_version", default=None, help="Validate this release instead of the build.")
@click.option("--build-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Validate this build directory (default: REPO/_build).")
@click.option("--changed", is_flag=True,
              help="Check only the seeds changed since the latest release (or --base), against the whole corpus.")
@click.option("--base", default=None, help="With --changed: a git reference to compare seeds/ with (e.g. origin/main).")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--recheck", is_flag=True,
              help="Run every check again even on a build this code made and checked (whose findings are its report).")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="text for people, json for machines, markdown for CI job summaries.")
@reports_errors
def validate(repo: Path | None, release_version: str | None, build_dir: Path | None, changed: bool, base: str | None,
             strict: bool, recheck: bool, output_format: str) -> None:
    """Run the schemas and every quality check; exit 1 on unaccepted errors."""
    from ruchina.repository import Repository

    repository = Repository.find(repo)
    if base and not changed:
        raise click.UsageError("--base goes with --changed")
    # As before: --changed ignores --release and --build-dir, --release wins over --build-dir (the library refuses both)
    report = repository.validate(changed=changed, base=base, release=None if changed else release_version,
                                 build_dir=None if changed or release_version else build_dir,
                                 recheck=recheck, strict=strict)
    _emit_report(report, output_format)
    sys.exit(EXIT_OK if report.passed else EXIT_FINDINGS)


@cli.command()
@repo_option
@click.option("--dry-run", is_flag=True, help="Say what would be released, write nothing.")
@format_option
@reports_errors
def release(repo: Path | None, dry_run: bool, output_format: str) -> None:
    """Freeze the build as dataset/releases/<version>/ (version decided by the build)."""
    from ruchina.repository import Repository

    result = Repository.find(repo).release(dry_run=dry_run)
    if output_format == "json":
        click.echo(json.dumps({"version": result.version, "path": str(result.path), "dry_run": dry_run,
                               "bump": result.bump, "reasons": result.reasons}, indent=2))
        return
    verb = "would release" if dry_run else "released"
    console = _console()
    console.print(f"{verb} [bold]{result.version}[/] ({result.bump}) at {escape(str(result.path))}")
    console.print("why this version: " + escape("; ".join(result.reasons)))
    console.print("CHANGELOG entry:" if not dry_run else "CHANGELOG entry it would write:")
    for line in result.changes:
        console.print(f"  - {escape(line)}")


@cli.command()
@repo_option
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD), over what the file says.")
@click.option("--url", default=None, help="The article's address, over what the file says.")
@click.option("--outlet", default=None, help="The publisher, over what the file says.")
@click.option("--title", default=None, help="The headline, over what the file says.")
@click.option("--dry-run", is_flag=True, help="Check and report, write nothing.")
@format_option
@reports_errors
def add(repo: Path | None, files: tuple[Path, ...], date, url, outlet, title, dry_run: bool, output_format: str) -> None:
    """Add article files (text, markdown with front matter, or a saved web page) to seeds/."""
    from ruchina.repository import Repository

    result = Repository.find(repo).add(files, dry_run=dry_run, date=date, url=url, outlet=outlet, title=title)
    report = result.report
    if output_format == "json":
        payload = json.loads(report.to_json())
        payload["added"] = [{"file": a.source, "seed": a.seed_path, "article_id": a.article_id} for a in result.added]
        payload["dry_run"] = dry_run
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        console = _console()
        for added in result.added:
            verb = "would add" if dry_run else "added"
            console.print(f"{verb} {escape(added.source)} as {escape(added.seed_path)}"
                          + (f": “{escape(added.article.title)}”" if added.article.title else ""))
        _print_report(report)
    sys.exit(EXIT_OK if report.valid else EXIT_FINDINGS)


@cli.command()
@click.option("--repo", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The repository whose release or build to report on (default: the installed package's releases).")
@click.option("--release", "release_version", default=None, help="Report on this release (default: the latest).")
@click.option("--build-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Report on this build directory instead of a release.")
@click.option("--format", "output_format", type=click.Choice(["html", "md", "json"]), default="html", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@reports_errors
def report(repo: Path | None, release_version: str | None, build_dir: Path | None, output_format: str,
           out: Path | None) -> None:
    """The quality report of a release or build: HTML to read, Markdown for CI, JSON for machines."""
    from ruchina.publish.report import render_report

    # --build-dir wins over --release (the library refuses them together)
    rendered = render_report(_releases(repo), output_format, release=None if build_dir else release_version,
                             build_dir=build_dir, out=out)
    if out:
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(rendered.text)


@cli.command()
@repo_option
@click.argument("old_version")
@click.argument("new_version")
@format_option
@reports_errors
def diff(repo: Path | None, old_version: str, new_version: str, output_format: str) -> None:
    """What changed between two releases: rows added, removed and changed, schema changes, new findings."""
    from ruchina.publish.changelog import diff_releases

    result = diff_releases(_releases(repo), old_version, new_version)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    console = _console()
    console.print(f"[bold]{old_version} → {new_version}[/]")
    for line in result.changes:
        console.print(f"  - {escape(line)}")


@cli.command()
@click.option("--repo", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="List this repository's releases instead of the installed package's.")
@format_option
@reports_errors
def info(repo: Path | None, output_format: str) -> None:
    """List the shipped releases and their tables' row counts."""
    from ruchina.repository import release_summaries

    store = _releases(repo)
    releases = [{"version": r.version, "date": r.date, "tables": r.rows} for r in release_summaries(store)]
    if output_format == "json":
        click.echo(json.dumps({"releases": releases}, indent=2))
        return
    table = Table(title=f"ruchina releases in {store.root}")
    table.add_column("version")
    table.add_column("date")
    table.add_column("tables (rows)")
    for entry in releases:
        table.add_row(entry["version"], entry["date"] or "",
                      ", ".join(f"{name} {rows}" for name, rows in entry["tables"].items()))
    _console().print(table)


def _releases(repo: Path | None):
    """The releases of the repository at ``repo``, or without it the installed package's."""
    from ruchina.read.loader import installed_store
    from ruchina.repository import Repository

    return Repository.find(repo).releases if repo else installed_store()


def _emit_report(report, output_format: str) -> None:
    if output_format == "json":
        click.echo(report.to_json())
    elif output_format == "markdown":
        from ruchina.checks.report import report_to_markdown

        click.echo(report_to_markdown(report))
    else:
        _print_report(report)


#: A terminal shows this many findings of each check (rich prints ~1,500 a second: the
#: 40,000 findings of a 100,000-article corpus took 25 s); the other formats list all.
TEXT_FINDINGS_PER_CHECK = 50


def _print_report(report) -> None:
    """Findings grouped by check, each with its records, message and quoted evidence."""
    console = _console()
    status = "[green]valid[/]" if report.valid else "[red]invalid[/]"
    counts = ", ".join(f"{n} {severity}" for severity, n in sorted(report.counts().items())) or "no findings"
    console.print(f"{escape(report.target)}: {status} ({counts})")
    colours = {"error": "red", "warning": "yellow", "info": "blue"}
    by_check: dict[str, list] = {}
    for finding in report.findings:
        by_check.setdefault(finding.check, []).append(finding)
    for check, findings in by_check.items():
        console.rule(f"[bold]{check}[/] ({len(findings)})", align="left")
        # Unaccepted findings first (a stable sort): they are what a curator must act on.
        for f in sorted(findings, key=lambda finding: finding.accepted)[:TEXT_FINDINGS_PER_CHECK]:
            # Everything quoted from articles is escaped: "[b]" in an article must not style the terminal.
            accepted = f" [dim](accepted: {escape(f.accepted_reason or '')})[/]" if f.accepted else ""
            console.print(f"[{colours[f.severity]}]{f.severity}[/] [bold]{f.finding_id}[/]  "
                          f"{escape(', '.join(f.record_ids))}{accepted}")
            console.print(f"  {escape(f.message)}")
            if f.evidence:
                console.print(f"  [dim]{escape(f.evidence[:400])}[/]")
        if len(findings) > TEXT_FINDINGS_PER_CHECK:
            console.print(f"… and {len(findings) - TEXT_FINDINGS_PER_CHECK:,} more {check} findings: "
                          "--format json or --format markdown lists every one")


class _progress:
    """A rich progress bar on a terminal, silence elsewhere (CI logs, JSON output)."""

    def __init__(self, output_format: str):
        self.enabled = output_format == "text" and sys.stderr.isatty()
        self.bar = None
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(stage, total=total)
        self.bar.update(self.tasks[stage], completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def main() -> None:
    _without_data_synthesis()
    cli(prog_name="ruchina")


def _without_data_synthesis() -> None:
    """pandera's pandas backend imports hypothesis, when it is installed (the test extra
    installs it), for data synthesis (`schema.example()`), which no command does: 0.10-0.13 s
    of every command that validates a table, a twentieth of `ruchina add`. A command is a
    process of its own: there pandera runs as it does without its optional strategies
    (None in sys.modules makes `import hypothesis` raise ImportError).

    Only here, in the command's entry point, never in ruchina.Repository: a library must
    not take a module away from the program that imports it (its own hypothesis tests,
    pandera's ``schema.example()``). A Python caller who wants the 0.1 s can do the same
    before importing pandera."""
    sys.modules.setdefault("hypothesis", None)


if __name__ == "__main__":
    main()
