"""`antenne run` and `antenne screenshot`. No Qt at module level: only inside the handlers,
so `antenne --help` and the domain commands never load Qt."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import add_db_option, cannot_use, check_database, check_output

if TYPE_CHECKING:
    from app.config import Config

SIZE = re.compile(r"^(\d{3,5})x(\d{3,5})$")


def _size(text: str) -> tuple[int, int]:
    match = SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1920x1080")
    return int(match.group(1)), int(match.group(2))


def add_commands(subparsers: Any) -> None:
    run = subparsers.add_parser("run", help="start the kiosk")
    add_db_option(run)
    run.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    run.add_argument(
        "--start-screen", metavar="NAME", help="open this screen instead of the attract screen"
    )
    run.set_defaults(handler=_run)

    shot = subparsers.add_parser("screenshot", help="render a screen to a PNG without a display")
    add_db_option(shot)
    shot.add_argument("--screen", help="screen name (see --list)")
    shot.add_argument("--lang", choices=("fr", "nl", "en"), default="fr")
    shot.add_argument("--size", type=_size, default=(1920, 1080), help="WxH (default 1920x1080)")
    shot.add_argument("--large-text", action="store_true")
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument(
        "--keyboard",
        action="store_true",
        help="with the on-screen keyboard open over the screen's first field (starts Xvfb; with"
        " --all: the screens with a field, at --size)",
    )
    shot.add_argument("--list", action="store_true", help="list the screens and exit")
    shot.add_argument(
        "--all", type=Path, metavar="DIR", help="every screen × fr/nl/en, plus both modes"
    )
    shot.add_argument("out", nargs="?", type=Path, help="the PNG to write")
    shot.set_defaults(handler=_screenshot)


def _check_kiosk_database(config: Config) -> None:
    """Only the embedded database is made (and seeded with the demo) on a kiosk's first start:
    a named one that is not there is a typo (docs/architecture.md, "Errors")."""
    from app.config import default_db_path

    if config.db_path != default_db_path():
        check_database(config.db_path)


def _run(args: argparse.Namespace) -> int:
    from app.config import load_config
    from app.private_files import warn_if_exposed

    config = load_config(args.config, db_path=args.db)
    _check_kiosk_database(config)
    # Logged (on standard error, the kiosk's journal) and shown on the facilitator's panel.
    exposed = warn_if_exposed(config.db_path)
    from ui.app import run

    if args.start_screen is not None:
        from ui.catalogue import screen_catalogue

        if args.start_screen not in screen_catalogue():
            print(f"antenne run: unknown screen {args.start_screen!r}", file=sys.stderr)
            return 2
    return run(
        config,
        windowed=args.windowed,
        start_screen=args.start_screen,
        notices=[exposed] if exposed else [],
    )


def _screenshot(args: argparse.Namespace) -> int:
    if args.list:
        from ui.navigation import discover_screens

        print("\n".join(sorted(discover_screens())))
        return 0
    if args.all is None and (not args.screen or args.out is None):
        print("antenne screenshot: give --screen NAME and OUT.png, or --all DIR", file=sys.stderr)
        return 2
    if args.keyboard:
        # Offscreen cannot show Qt Virtual Keyboard's window: a private X display can.
        from ui.screenshots import has_virtual_display, virtual_display

        if not has_virtual_display():
            print(
                "antenne screenshot: --keyboard needs Xvfb and Qt's xcb libraries (Debian's"
                " xvfb, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0)",
                file=sys.stderr,
            )
            return 2
        with virtual_display(args.size):
            code = _render(args)
        # Everything is written. Qt Virtual Keyboard's QtQuick window, torn down by the
        # interpreter after the QApplication, aborts the process: end it here instead.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _render(args)


def _render(args: argparse.Namespace) -> int:
    from app.application import open_context
    from app.config import load_config
    from ui.screenshots import Renderer

    # The folder `--all` names is made if need be; the one it sits in must exist, like OUT's.
    out: Path = args.out if args.all is None else args.all
    if args.all is None or not args.all.is_dir():
        check_output(out)
    config = load_config(args.config, db_path=args.db, virtual_keyboard=False)
    _check_kiosk_database(config)
    context = open_context(config)
    renderer = Renderer(config, context)
    try:
        if args.all is not None:
            for path in renderer.render_all(args.all, size=args.size, keyboard=args.keyboard):
                print(path)
            return 0
        if args.screen not in renderer.screen_names():
            print(f"antenne screenshot: unknown screen {args.screen!r}", file=sys.stderr)
            return 2
        renderer.render(
            args.screen,
            args.out,
            language=args.lang,
            size=args.size,
            large_text=args.large_text,
            high_contrast=args.high_contrast,
            keyboard=args.keyboard,
        )
        print(args.out)
        return 0
    except OSError as error:
        raise cannot_use(out, error) from error
    finally:
        renderer.close()
        context.db.dispose()
