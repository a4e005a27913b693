"""Run by `test_keyboard.py` in a process of its own, under a private X display (Xvfb): a
QApplication cannot leave the offscreen platform the other UI tests use, and offscreen cannot
show Qt Virtual Keyboard.

`python tests/ui/keyboard_probe.py DB WxH LANGUAGE SCREEN...` prints one JSON line a screen:
where the keyboard, the field typed in and the first thing found are, in the window's
coordinates, large text on, the keyboard open over the screen's first field.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(db: str, size_text: str, language: str, screens: list[str]) -> None:
    from app.application import open_context
    from app.config import load_config
    from ui.screenshots import Renderer, virtual_display

    width, height = (int(part) for part in size_text.split("x"))
    with virtual_display((width, height)):
        config = load_config(None, db_path=Path(db), virtual_keyboard=False)
        context = open_context(config)
        renderer = Renderer(config, context)
        try:
            for screen in screens:
                renderer.show(screen, language=language, size=(width, height), large_text=True)
                renderer.open_keyboard(screen)
                report = renderer.keyboard_report()
                top_bar = renderer.window.top_bar.isVisible()
                renderer.forget()
                print(json.dumps({"screen": screen, "top_bar": top_bar, **report}), flush=True)
        finally:
            renderer.close()
            context.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
    # What was asked is printed: the interpreter's teardown of Qt's objects is not tested here.
    sys.stdout.flush()
    os._exit(0)
