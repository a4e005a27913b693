"""The skills benchmarks' board: the demo antenne (2 000 people) with 20 000 live posts, built
once into out/ with plain inserts (the triggers fill the full-text index as they would)."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import OUT, ROOT

POSTS = 20_000
MEMBERS = 2_000
# Words members write about their skills, besides the demo's sentences.
_WORDS = (
    "comptabilité factures TVA devis budget tableur Excel formules graphiques site web WordPress "
    "référencement photo portrait mariage reportage retouche Lightroom montage vidéo Premiere "
    "son mixage podcast micro éclairage scène régie tournée diffusion subvention dossier "
    "traduction anglais néerlandais relecture écriture article newsletter réseaux Instagram "
    "couture patron retouches menuiserie bois atelier animation groupe prise de parole "
    "facturation prix tarif droits d'auteur contrat boekhouding facturen website fotografie "
    "vertaling subsidie naaien houtbewerking bookkeeping invoices photography translation "
    "grants sewing woodwork pricing copyright illustration affiche logo identité visuelle"
)
VOCABULARY = _WORDS.split()


def skills_db() -> Path:
    """The database, built the first time (about a minute on a 2-core machine)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"skills-{POSTS}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for leftover in OUT.glob(tmp.name + "*"):
        leftover.unlink()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "demo",
            "--db",
            str(tmp),
            "--members",
            str(MEMBERS),
            "--seed",
            "1",
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    _add_posts(tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    return path


def _add_posts(path: Path) -> None:
    from sqlalchemy import insert, select

    from app.clock import HybridClock, uuid7
    from db.demo_data import catalogue
    from db.engine import Database, sqlite_url
    from db.models import Person
    from db.models.skills import SkillPost, SkillPostTag, SkillTag

    rng = random.Random(18)
    database = Database(sqlite_url(path), clock=HybridClock("bench"))
    today = date.today()
    now = datetime.now(UTC)
    with database.transaction() as session:
        people = list(session.execute(select(Person.id, Person.antenna_id, Person.language)).all())
        tags = dict(session.execute(select(SkillTag.slug, SkillTag.id)).all())
        skills = [slug for slug in tags if slug in catalogue.SKILL_TEXTS]
        posts = []
        links = []
        for index in range(POSTS):
            person_id, antenna_id, language = rng.choice(people)
            language = language if language in ("fr", "nl", "en") else "fr"
            kind = "offer" if rng.random() < 0.6 else "need"
            chosen = rng.sample(skills, rng.randint(1, 3))
            offer, need = catalogue.SKILL_TEXTS[chosen[0]]
            title = (offer if kind == "offer" else need)[language]
            words = " ".join(rng.sample(VOCABULARY, rng.randint(4, 14)))
            description = catalogue.SKILL_DESCRIPTIONS[kind][index % 2][language]
            created = now - timedelta(minutes=index)
            post_id = uuid7()
            posts.append(
                {
                    "id": post_id,
                    "person_id": person_id,
                    "antenna_id": antenna_id,
                    "kind": kind,
                    "title": title,
                    "description": f"{description} {words}",
                    "language": language,
                    "modality": rng.choice(("in_person", "online", "either")),
                    "level": rng.choice(("first_steps", "confirmed", "expert")),
                    "availability": "",
                    "other_tag": "",
                    "expires_on": today + timedelta(days=rng.randint(1, 180)),
                    "confirmed_on": today - timedelta(days=rng.randint(0, 120)),
                    "hidden": False,
                    "hidden_reason": "",
                    "hidden_at": None,
                    "created_at": created,
                    "updated_at": created,
                    "hlc": "",
                    "origin": "bench",
                    "deleted_at": None,
                }
            )
            links.extend(
                {
                    "id": uuid7(),
                    "post_id": post_id,
                    "tag_id": tags[slug],
                    "created_at": created,
                    "updated_at": created,
                    "hlc": "",
                    "origin": "bench",
                    "deleted_at": None,
                }
                for slug in chosen
            )
        session.execute(insert(SkillPost.__table__), posts)
        session.execute(insert(SkillPostTag.__table__), links)
    database.dispose()
