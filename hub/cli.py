"""`antenne hub …`: run the hub and manage it (antennes, enrolment codes, publication).

Every command takes `--db URL` (a SQLAlchemy URL such as
`postgresql+psycopg://user@host:5432/antenne`, or a SQLite file for development) and brings
the hub's schema up to date first. Heavy imports stay inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from hub.db import HubDatabase

CONTEXT = "Hub"
# More workers than this is a typo: each holds its own connections to PostgreSQL.
MAX_WORKERS = 64
# Files larger than this are no register (100 000 members take about 10 MB) and no governance
# file a person wrote: refused before they are read into memory.
MAX_REGISTER_BYTES = 256 * 1024 * 1024
MAX_GOVERNANCE_BYTES = 16 * 1024 * 1024


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("hub", help="the cooperative's central sync hub")
    commands = parser.add_subparsers(dest="hub_command", required=True, metavar="ACTION")

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite file of the hub")
        return sub

    serve = with_db(commands.add_parser("serve", help="serve the hub's API (uvicorn)"))
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8400, help="port to listen on")
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    serve.set_defaults(handler=_serve)

    migrate = with_db(commands.add_parser("migrate", help="bring the hub's schema up to date"))
    migrate.set_defaults(handler=_migrate)

    antenna = commands.add_parser("antenna", help="manage antennes")
    antenna_commands = antenna.add_subparsers(dest="antenna_command", required=True)
    add = with_db(antenna_commands.add_parser("add", help="add an antenne"))
    add.add_argument("--slug", required=True)
    add.add_argument("--name", required=True)
    add.set_defaults(handler=_antenna_add)

    enroll = with_db(
        commands.add_parser("enroll", help="print a one-time enrolment code (valid 24 h)")
    )
    enroll.add_argument("--antenna", required=True, metavar="SLUG")
    enroll.set_defaults(handler=_enroll)

    publish = with_db(
        commands.add_parser(
            "publish",
            help="publish hub-authoritative data to every kiosk",
            description=PUBLISH_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    publish.add_argument("kind", choices=("content", "governance"))
    publish.add_argument("file", type=Path, help="the JSON file (see above)")
    publish.set_defaults(handler=_publish)

    tags = commands.add_parser("tags", help="the skills taxonomy the kiosks' skills board uses")
    tags_commands = tags.add_subparsers(dest="tags_command", required=True)
    tags_publish = with_db(
        tags_commands.add_parser(
            "publish",
            help="publish the sectors and skills (JSON) to every kiosk",
            description=TAGS_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    tags_publish.add_argument("file", type=Path, metavar="FILE.json")
    tags_publish.set_defaults(handler=_tags_publish)

    importing = commands.add_parser("import", help="import the cooperative's registers")
    import_commands = importing.add_subparsers(dest="import_command", required=True)
    members = with_db(
        import_commands.add_parser(
            "members",
            help="the member register (CSV): upserted by member number",
            description=MEMBERS_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    members.add_argument("file", type=Path, metavar="FILE.csv")
    members.add_argument(
        "--dry-run", action="store_true", help="print what would change, write nothing"
    )
    members.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when others are invalid (each is still printed)",
    )
    members.set_defaults(handler=_import_members)

    device = commands.add_parser("device", help="enrolled kiosks: list, reset a flagged one")
    device_commands = device.add_subparsers(dest="device_command", required=True)
    listing = with_db(device_commands.add_parser("list", help="every enrolled kiosk, as JSON"))
    listing.set_defaults(handler=_device_list)
    reset = with_db(
        device_commands.add_parser(
            "reset",
            help="a kiosk flagged as copied: switch the copy off first, then clear the flag",
        )
    )
    reset.add_argument("--device", required=True, metavar="ID")
    reset.set_defaults(handler=_device_reset)

    restore = with_db(
        commands.add_parser(
            "restore-mark",
            help="after restoring a backup: new epoch, kiosks re-send what they kept",
        )
    )
    restore.set_defaults(handler=_restore_mark)

    mail = commands.add_parser("mail", help="the e-mails the hub owes people about sessions")
    mail_commands = mail.add_subparsers(dest="mail_command", required=True)
    send = with_db(
        mail_commands.add_parser(
            "send",
            help="send what is queued over SMTP (ANTENNE_HUB_SMTP_* settings, packaging/hub.md)",
        )
    )
    send.set_defaults(handler=_mail_send)

    from hub import agenda_cli

    agenda_cli.add_commands(commands, with_db, open_hub=_open, known=_known)


PUBLISH_HELP = """\
content: {"content_page": [rows], "journey_step": [rows]}; rows without an id are keyed by
their slug (and language).

governance: the bodies, their links, mandates and meetings, in a format written by hand
(docs/examples/governance.json is a complete one):

  {"bodies":   [{"slug", "kind", "name": {"fr", "nl", "en"}, "purpose": {...},
                 "rules": {"quorum", "majority", "proxy_cap", "support_threshold", ...},
                 "parent": SLUG, "antenne": SLUG, "position": N}],
   "links":    [{"from": SLUG, "to": SLUG, "kind": "elects|reports to|appoints|advises"}],
   "mandates": [{"member": MEMBER_NUMBER, "body": SLUG, "role", "start": "YYYY-MM-DD",
                 "end": "YYYY-MM-DD"}],
   "meetings": [{"body": SLUG, "starts_at": "2027-01-14T18:00+01:00", "key", "ends_at",
                 "place", "online_url", "status": "planned|held|cancelled",
                 "title": {...}, "agenda": [{"fr", "nl", "en"}],
                 "minutes": TEXT or "minutes_url": URL}]}

Every problem is printed with its place in the file, and nothing is written while there is
one. Publishing the same file again changes nothing.
"""


TAGS_HELP = """\
The skills taxonomy (docs/examples/skill_tags.json is the demo's):

  {"sectors": [{"slug": SLUG, "label": {"fr", "nl", "en"},
                "skills": [{"slug": SLUG, "label": {"fr", "nl", "en"}}]}]}

Slugs: 1 to 64 of a-z, 0-9 and -, each once in the file; every label in the three languages,
at most 80 characters. Every problem is printed with its place in the file, and nothing is
written while there is one. A tag left out of the file is retired (posts keep it); publishing
the same file again changes nothing.
"""


MEMBERS_HELP = """\
The member register: a CSV file, UTF-8 (with or without a byte-order mark), separated by ;
or , (read from the header line), one member a line under a header naming its columns, in
any order (case, spaces and hyphens ignored):

  member_number      required; letters, digits, . / - (at most 32): the row's key
  first_name         required
  last_name          required
  email              optional; a member a kiosk registered with this e-mail is merged
  phone              optional
  language           optional; fr, nl or en (fr for a new member)
  antenne            optional; the antenne's slug (antenne hub antenna add)
  member_since       optional; ISO date YYYY-MM-DD
  shareholder_since  optional; ISO date YYYY-MM-DD

An empty optional cell leaves what the hub knows. Every bad row is printed (its line and
field) and nothing is written, unless --skip-invalid. Members reach the kiosks with the next
sync; e-mail and phone only the kiosks of the member's own antenne. Importing the same file
again changes nothing.
"""


def _open(url: str) -> HubDatabase:
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from hub.db import HubDatabase
    from hub.migrate import upgrade_hub

    try:
        database = HubDatabase(url)
        upgrade_hub(database)
    except (ArgumentError, DBAPIError) as error:
        # A mistyped URL, a file that is no database, a server that refuses: one line.
        raise _invalid(
            "Cannot open the hub's database {url}: {reason}",
            url=url,
            reason=str(getattr(error, "orig", None) or error).splitlines()[0],
        ) from error
    return database


def _migrate(args: argparse.Namespace) -> int:
    _open(args.db).dispose()
    print("hub schema up to date")
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.addresses import check_host, check_port
    from hub.main import create_app
    from hub.settings import ENV_PREFIX, HubSettings

    check_host(args.host)
    check_port(args.port)
    if not 1 <= args.workers <= MAX_WORKERS:
        raise _invalid("Run 1 to {maximum} workers.", maximum=MAX_WORKERS)
    _open(args.db).dispose()
    # The other settings (body limits, schema versions…) come from `ANTENNE_HUB_*` variables,
    # with one worker as with several.
    os.environ[ENV_PREFIX + "DB_URL"] = args.db
    if args.workers > 1:
        uvicorn.run(
            "hub.main:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            proxy_headers=True,
        )
    else:
        uvicorn.run(
            create_app(HubSettings.from_env()),
            host=args.host,
            port=args.port,
            proxy_headers=True,
        )
    return 0


def _antenna_add(args: argparse.Namespace) -> int:
    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.enrolment import add_antenna

    database = _open(args.db)
    try:
        with database.transaction() as session:
            antenna = _known(
                lambda: add_antenna(
                    session, slug=args.slug, name=args.name, clock=HybridClock(HUB_ORIGIN)
                )
            )
            print(f"antenne {antenna.slug} added: {antenna.id}")
    finally:
        database.dispose()
    return 0


def _enroll(args: argparse.Namespace) -> int:
    from hub.service.enrolment import new_enrolment_code

    database = _open(args.db)
    try:
        with database.transaction() as session:
            code = _known(lambda: new_enrolment_code(session, antenna_slug=args.antenna))
    finally:
        database.dispose()
    print(f"One-time enrolment code for {args.antenna}, valid 24 hours: {code}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    import sys

    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.governance import GovernanceFileError, load, publish_governance
    from hub.service.publish import PUBLISHABLE, publish_rows

    try:
        text = _read(args.file, MAX_GOVERNANCE_BYTES).decode("utf-8-sig")
    except ValueError as error:
        raise _invalid(
            "{file} cannot be read as UTF-8 text: {error}", file=args.file, error=error
        ) from error
    database = _open(args.db)
    clock = HybridClock(HUB_ORIGIN)
    try:
        with database.transaction() as session:
            if args.kind == "governance":
                try:
                    published = publish_governance(session, load(text), clock=clock)
                except GovernanceFileError as error:
                    for problem in error.problems:
                        print(f"{args.file}, {problem}", file=sys.stderr)
                    raise _invalid(
                        "{count} problem(s) in {file}: nothing published",
                        count=len(error.problems),
                        file=args.file,
                    ) from error
                print(f"published {published.summary()}")
                return 0
            try:
                data = json.loads(text)
            except ValueError as error:
                raise _invalid(
                    "{file} cannot be read as JSON: {error}", file=args.file, error=error
                ) from error
            if not isinstance(data, dict):
                raise _invalid("{file} must hold an object of entity lists", file=args.file)
            allowed = PUBLISHABLE[args.kind]
            unknown = sorted(set(data) - allowed)
            if unknown:
                raise _invalid(
                    "{kind} cannot publish {entities} (allowed: {allowed})",
                    kind=args.kind,
                    entities=", ".join(unknown),
                    allowed=", ".join(sorted(allowed)),
                )
            total = 0
            for entity, rows in data.items():
                total += _known(lambda e=entity, r=rows: publish_rows(session, e, r, clock=clock))
    finally:
        database.dispose()
    print(f"{total} row(s) published")
    return 0


def _tags_publish(args: argparse.Namespace) -> int:
    import sys

    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.skill_tags import (
        MAX_FILE_BYTES,
        TaxonomyFileError,
        publish_taxonomy,
        read_taxonomy,
    )

    raw = _read(args.file, MAX_FILE_BYTES)
    # The hub's database is opened (and checked) before the file is: a wrong `--db` is one
    # line, whatever the file holds.
    database = _open(args.db)
    try:
        try:
            tags = read_taxonomy(raw)
        except TaxonomyFileError as error:
            if len(error.problems) == 1:
                raise _invalid(
                    "{file}, {problem}: nothing published",
                    file=args.file,
                    problem=error.problems[0],
                ) from error
            for problem in error.problems:
                print(f"{args.file}, {problem}", file=sys.stderr)
            raise _invalid(
                "{count} problem(s) in {file}: nothing published",
                count=len(error.problems),
                file=args.file,
            ) from error
        with database.transaction() as session:
            published = publish_taxonomy(session, tags, clock=HybridClock(HUB_ORIGIN))
    finally:
        database.dispose()
    print(f"published {published.summary()}")
    return 0


def _import_members(args: argparse.Namespace) -> int:
    import sys

    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.members import (
        RegisterError,
        by_line,
        plan_import,
        read_register,
        write_import,
    )

    try:
        rows, problems = read_register(_read(args.file, MAX_REGISTER_BYTES))
    except RegisterError as error:
        raise _invalid("{file}: {reason}", file=args.file, reason=str(error)) from error
    database = _open(args.db)
    try:
        with database.transaction() as session:
            plan = plan_import(session, rows, clock=HybridClock(HUB_ORIGIN))
            bad = by_line([*problems, *plan.problems])
            for line in bad:
                print(f"{args.file}, {line}", file=sys.stderr)
            if bad and not args.skip_invalid:
                raise _invalid(
                    "{count} invalid row(s) in {file}: nothing written (correct them, or "
                    "import the others with --skip-invalid)",
                    count=len(bad),
                    file=args.file,
                )
            would = "would merge" if args.dry_run else "merged"
            for number, person in plan.merged:
                print(f"{would} member {number} into person {person} (same e-mail, a kiosk's)")
            for number in plan.erased:
                print(f"member {number}: erased on request at a kiosk, not imported again")
            if not args.dry_run:
                write_import(session, plan)
    finally:
        database.dispose()
    skipped = len(bad)
    print(
        ("dry run, nothing written: " if args.dry_run else "")
        + plan.summary()
        + (f", {skipped} invalid row(s) skipped" if skipped else "")
    )
    return 0


def _restore_mark(args: argparse.Namespace) -> int:
    from hub.service.meta import rotate_epoch

    database = _open(args.db)
    try:
        with database.transaction() as session:
            epoch = rotate_epoch(session, reason="restore-mark")
    finally:
        database.dispose()
    print(f"new epoch {epoch}: restart the hub; kiosks will re-send what they kept")
    return 0


def _mail_send(args: argparse.Namespace) -> int:
    from hub.mailer import send_queued
    from hub.settings import ENV_PREFIX, HubSettings

    environ = {**os.environ, ENV_PREFIX + "DB_URL": args.db}
    try:
        settings = HubSettings.from_env(environ)
    except RuntimeError as error:
        raise _invalid("{reason}", reason=str(error)) from error
    if not settings.smtp_host or not settings.mail_from:
        raise _invalid(
            "Set {prefix}SMTP_HOST and {prefix}MAIL_FROM to send the hub's mail.",
            prefix=ENV_PREFIX,
        )
    database = _open(args.db)
    try:
        report = send_queued(database, settings)
    finally:
        database.dispose()
    print(
        f"{report.sent} sent, {report.retried} to try again later, {report.failed} given up, "
        f"{report.uncertain} cut off between sending and recording (not sent again)"
    )
    return 0


def _device_list(args: argparse.Namespace) -> int:
    from hub.service.enrolment import list_devices

    database = _open(args.db)
    try:
        with database.transaction() as session:
            devices = [
                {
                    "device": str(device.id),
                    "antenna": slug,
                    "enrolled_at": device.enrolled_at.isoformat(),
                    "last_seen_at": None
                    if device.last_seen_at is None
                    else device.last_seen_at.isoformat(),
                    "schema_version": device.schema_version,
                    "revoked": device.revoked_at is not None,
                    "copy_detected_at": None
                    if device.clone_detected_at is None
                    else device.clone_detected_at.isoformat(),
                }
                for device, slug in list_devices(session)
            ]
    finally:
        database.dispose()
    for row in devices:
        print(json.dumps(row))
    return 0


def _device_reset(args: argparse.Namespace) -> int:
    from hub.service.enrolment import reset_device

    database = _open(args.db)
    try:
        with database.transaction() as session:
            device = _known(lambda: reset_device(session, args.device))
            print(
                f"device {device.id} reset: the next kiosk that syncs with its key goes on "
                "(the copy must be off)"
            )
    finally:
        database.dispose()
    return 0


def _read(path: Path, limit: int) -> bytes:
    """A file's bytes, or one line saying why not (missing, a folder, too large)."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise _invalid(
            "{file} cannot be read: {reason}", file=path, reason=error.strerror or error
        ) from error
    if len(data) > limit:
        raise _invalid(
            "{file} is larger than {megabytes} MB: not a file this command reads",
            file=path,
            megabytes=limit // (1024 * 1024),
        )
    return data


def _known(action: Any) -> Any:
    from hub.service import HubError

    try:
        return action()
    except HubError as error:
        raise _invalid("{message}", message=error.message) from error


def _invalid(source: str, **params: Any) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, QT_TRANSLATE_NOOP("Hub", source), params))
