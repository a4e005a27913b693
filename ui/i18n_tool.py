"""Translation sources: `python -m ui.i18n_tool update|compile|check` (the Makefile's `i18n`).

`update` runs `pyside6-lupdate` over `ui/` and `app/` (Qt's `tr()`, `translate()` and
`QT_TRANSLATE_NOOP`, which `app/` uses from `app.errors` without importing Qt) into
`ui/resources/i18n/antenne_<lang>.ts`; `compile` runs `pyside6-lrelease` into the `.qm` files the
kiosk loads; `check` fails when a source string lacks a finished translation; `typography` puts
a narrow no-break space (U+202F) before `; : ! ?` and inside « » in every French translation, the
Qt catalogue's and the gettext ones' (`app/**/locale/fr`), where a space or a no-break space was,
and writes every plural's count the reader's way (`%Ln`: 20 050, 20.050, 20,050) in the three Qt
catalogues.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The source tree's catalogues: this tool rewrites them in a checkout, never in an install.
I18N_DIR = ROOT / "ui" / "resources" / "i18n"
SOURCE_DIRS = ("ui", "app")
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}
REQUIRED = ("fr", "nl")
NARROW_NBSP = "\u202f"
# A space (plain, no-break or narrow) before a French high mark, or inside guillemets.
_SPACE_BEFORE_MARK = re.compile(r"[ \u00a0\u202f]+([;:!?»])")
_SPACE_AFTER_GUILLEMET = re.compile(r"«[ \u00a0\u202f]+")
# A plural's count as written in the source ("%n post(s)"): Qt puts the bare digits there.
_BARE_COUNT = re.compile(r"%n")
# lupdate writes some spaces as character references.
_SPACE_ENTITY = re.compile(r"&#(?:x(?:a0|202f)|160|8239);", re.IGNORECASE)


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"antenne_{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"antenne_{language}.qm"


def source_files() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(
            path
            for path in (ROOT / folder).rglob("*.py")
            if "__pycache__" not in path.parts and path.name != "i18n_tool.py"
        )
    return files


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def update(languages: Sequence[str] = tuple(LANGUAGES), *, folder: Path = I18N_DIR) -> None:
    """Add new source strings to the .ts files in `folder` (as unfinished), drop removed ones."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    for language in languages:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-source-language",
                "en_GB",
                "-target-language",
                LANGUAGES[language],
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(ts_path(language, folder)),
            ],
            check=True,
            cwd=ROOT,
        )


def compile_qm(languages: Sequence[str] = tuple(LANGUAGES), *, out: Path = I18N_DIR) -> None:
    """Compile the .ts files into .qm files in `out`.

    Each file is written beside its target and renamed over it: a running kiosk (or test) has
    its `.qm` memory-mapped by QTranslator, and rewriting that file in place would change the
    catalogue under it mid-lookup (messages fall back to English) or truncate it (SIGBUS).
    """
    for language in languages:
        target = qm_path(language, out)
        partial = target.with_name(f".{target.name}.partial")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(partial)],
            check=True,
        )
        partial.replace(target)


def unfinished(language: str) -> list[str]:
    """`context: source` of every message without a finished translation in `language`."""
    tree = ET.parse(ts_path(language))
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                missing.append(f"{name}: {source}")
                continue
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            if not all(text.strip() for text in texts):
                missing.append(f"{name}: {source}")
    return missing


def french_spaces(text: str) -> str:
    """`text` with a narrow no-break space wherever French puts a space before `; : ! ?` and `»`
    or after `«`. A mark glued to what precedes it (14:00, https://, clé;valeur) stays glued."""
    text = _SPACE_BEFORE_MARK.sub(NARROW_NBSP + r"\1", text)
    return _SPACE_AFTER_GUILLEMET.sub("«" + NARROW_NBSP, text)


def localized_counts(text: str) -> str:
    """`text` with each plural's count (`%n`) written by the reader's locale (`%Ln`): "20 050
    annonces", not "20050 annonces"."""
    return _BARE_COUNT.sub("%Ln", text)


def _house_text(text: str, *, french: bool) -> str:
    text = localized_counts(text)
    return french_spaces(_SPACE_ENTITY.sub(_space, text)) if french else text


def _space(match: re.Match[str]) -> str:
    return "\u00a0" if match.group(0).lower() in {"&#xa0;", "&#160;"} else NARROW_NBSP


def gettext_catalogues(language: str) -> list[Path]:
    """The gettext catalogues (`.po`) of `language` in the source tree."""
    return sorted((ROOT / "app").glob(f"**/locale/{language}/LC_MESSAGES/*.po"))


def ts_translations(language: str, folder: Path = I18N_DIR) -> list[str]:
    """Every translated text (each plural form apart) of the Qt catalogue of `language`."""
    texts: list[str] = []
    for translation in ET.parse(ts_path(language, folder)).getroot().iter("translation"):
        forms = translation.findall("numerusform")
        if forms:
            texts.extend(form.text or "" for form in forms)
        else:
            texts.append(translation.text or "")
    return texts


def _msgstr_lines(lines: list[str]) -> list[int]:
    """The indices of the lines holding a translation (`msgstr` and its continuation lines), the
    header's (`msgid ""` followed right away by its `msgstr`) left out."""
    found = []
    in_msgstr = False
    for index, line in enumerate(lines):
        if line.startswith("msgstr"):
            in_msgstr = index == 0 or lines[index - 1] != 'msgid ""'
            if in_msgstr:
                found.append(index)
        elif in_msgstr and line.startswith('"'):
            found.append(index)
        else:
            in_msgstr = False
    return found


def po_translations(path: Path) -> list[str]:
    """Every translation line of a gettext catalogue, the header left out."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [lines[index].partition('"')[2] for index in _msgstr_lines(lines)]


def typography(folder: Path = I18N_DIR) -> list[Path]:
    """Apply `french_spaces` to every French translation and `localized_counts` to every
    translation; returns the files it changed (the
    `.qm` and `.mo` are to be compiled afterwards)."""
    changed = []
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        text = ts.read_text(encoding="utf-8")
        french = language == "fr"

        def house(match: re.Match[str], french: bool = french) -> str:
            return match.group(1) + _house_text(match.group(2), french=french)

        fixed = re.sub(r"(<(?:translation|numerusform)\b[^>]*>)([^<]*)(?=<)", house, text)
        if fixed != text:
            ts.write_text(fixed, encoding="utf-8")
            changed.append(ts)
    for po in gettext_catalogues("fr"):
        text = po.read_text(encoding="utf-8")
        fixed = _fix_po(text)
        if fixed != text:
            po.write_text(fixed, encoding="utf-8")
            changed.append(po)
    return changed


def _fix_po(text: str) -> str:
    lines = text.split("\n")
    for index in _msgstr_lines(lines):
        head, _, rest = lines[index].partition('"')
        lines[index] = head + '"' + french_spaces(rest)
    return "\n".join(lines)


def check() -> int:
    problems = {language: unfinished(language) for language in REQUIRED}
    for language, missing in problems.items():
        for item in missing:
            print(f"{language}: untranslated: {item}", file=sys.stderr)
    return 1 if any(problems.values()) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_tool")
    parser.add_argument("command", choices=("update", "compile", "check", "typography"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_qm()
    elif args.command == "typography":
        for path in typography():
            print(f"rewrote {path.relative_to(ROOT)}")
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
