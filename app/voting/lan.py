"""The phone ballot page, served by the kiosk on the room's network (FastAPI + uvicorn).

One address per one-time code, `/v/<code>`: GET shows the ballot, POST casts it; the pictures of
its projects, small JPEGs, are `/v/<code>/p/<n>` (answered only while the code works). Plain HTML
that works without JavaScript, in French, Dutch or English from the phone's Accept-Language,
large targets, high contrast, a few kilobytes. Nothing else answers: no documentation, no
OpenAPI schema, no static files. Every answer carries strict security headers and is never
cached. Each client address is rate limited, and more strictly for codes that do not work.

Texts are gettext messages (domain `ballot`, English sources marked `N_`) compiled with Babel
into `app/voting/locale/<lang>/LC_MESSAGES/`; see `app/voting/locale/README.md`.
"""

from __future__ import annotations

import html
import random
import time
import uuid
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from app import log
from app.errors import KnownError
from app.lan_server import LanServer, RateLimiter, shown_host
from app.voting.phrases import N_, grade_word, pick_language, t
from app.voting.slots import OBJECTION_MAX
from app.voting.texts import option_text, vote_text
from app.voting.types import CLOSED, VoteInfo

if TYPE_CHECKING:
    from app.context import AppContext

MAX_BODY = 8 * 1024
MAX_FIELDS = 200
CODE_CHARS = frozenset("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


# -- The page --------------------------------------------------------------------------------

STYLE = """
body{font:20px/1.45 system-ui,sans-serif;margin:0;background:#FBF7F0;color:#1D1B26}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
.level{display:inline-block;color:#fff;border-radius:.4rem;padding:.2rem .6rem;font-weight:700}
.information{background:#1F5FAD}.consultation{background:#1E7A3C}
.concertation{background:#9A5B00}.codecision{background:#6B3FC9}
fieldset{border:2px solid #5C5866;border-radius:.6rem;margin:1rem 0;padding:.5rem 1rem}
legend{font-weight:700;padding:0 .3rem}
label.c{display:flex;align-items:center;gap:.8rem;min-height:56px;border-bottom:1px solid #ddd}
input[type=radio],input[type=checkbox]{width:32px;height:32px;flex:none}
select,textarea{font:inherit;min-height:56px;width:100%;margin:.3rem 0 .8rem}
button{font:inherit;font-weight:700;min-height:64px;width:100%;border:0;border-radius:.6rem;
background:#0B5C6B;color:#fff;margin:1rem 0}
button:focus,input:focus,select:focus{outline:4px solid #B7410E;outline-offset:2px}
.error{border:3px solid #B42318;color:#B42318;padding:.6rem;border-radius:.6rem;font-weight:700}
.done{font-size:2rem;color:#1E7A3C;font-weight:700}
.muted{color:#5C5866}table{border-collapse:collapse;width:100%}
td,th{padding:.3rem;text-align:center}th[scope=row]{text-align:left}
.d{display:block;color:#5C5866;font-size:.9rem;line-height:1.35}
label.c img,.o img{flex:none;margin-left:auto;border-radius:.4rem;object-fit:cover}
.o{display:flex;gap:.8rem;align-items:center;margin:.4rem 0}
.named{border:3px solid #9A5B00;padding:.6rem;border-radius:.6rem;font-weight:700}
"""

LEVELS = {
    "information": N_("Information"),
    "consultation": N_("Consultation: your answer is advisory"),
    "concertation": N_("Concertation"),
    "codecision": N_("Co-decision: the result binds"),
}
YOUR_VOTE = N_("Your vote")
YOUR_ANSWER = N_("Your answer")
I_CONSENT = N_("I consent")
I_OBJECT = N_("I object")
WHY_OBJECT = N_("If you object, why?")
CHOOSE_ONE = N_("Choose one")
RANK_OPTIONS = N_("Rank the options, best first")
CHOICE_RANK = N_("Choice {rank}")
CAST_MY_VOTE = N_("Cast my vote")
SECRET_ONCE = N_("Your vote is secret. This code works once.")
NAMED_ONCE = N_("This code works once.")
NOT_SECRET = N_("This vote is not secret: your name and your choice will be in the minutes.")
# The phone page's pictures: small, so forty phones on one Wi-Fi load them at once.
PICTURE_SIDE = 320
PICTURE_SHOWN = (96, 72)
MOTION_LABELS = {"yes": N_("Yes"), "no": N_("No"), "abstain": N_("Abstain")}


def _page(language: str, title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="referrer" content="no-referrer"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><main>{body}</main></body></html>"
    )


def _money(amount: int, currency: str, language: str) -> str:
    """Whole amounts of money as the language writes them, without cents ("1 000 €")."""
    from babel import Locale
    from babel.numbers import format_currency

    locale = Locale.parse({"fr": "fr_BE", "nl": "nl_BE", "en": "en"}[language])
    pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    return str(
        format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    )


def _picture(vote: VoteInfo, code: str, index: int) -> str:
    if not vote.options[index].has_picture:
        return ""
    width, height = PICTURE_SHOWN
    # Decorative: the project's name is written beside it.
    return (
        f'<img src="/v/{html.escape(code)}/p/{index}" alt="" width="{width}" '
        f'height="{height}" loading="lazy">'
    )


def _label(vote: VoteInfo, index: int, language: str) -> str:
    """An option's name in the phone's language (the vote's own where it has none), escaped;
    the form posts its index, never this text."""
    return html.escape(option_text(vote.options[index], language).label)


def _description(vote: VoteInfo, index: int, language: str) -> str:
    text = option_text(vote.options[index], language).description
    return f'<span class="d">{html.escape(text)}</span>' if text else ""


def _described(vote: VoteInfo, code: str, order: list[int], language: str) -> str:
    """The options' descriptions and pictures, for ballots whose options sit in lists."""
    return "".join(
        f'<p class="o"><span><b>{_label(vote, i, language)}</b>'
        f"{_description(vote, i, language)}</span>{_picture(vote, code, i)}</p>"
        for i in order
        if vote.options[i].description or vote.options[i].has_picture
    )


def _fields(vote: VoteInfo, language: str, order: list[int], code: str = "") -> str:
    options = vote.options
    method = vote.method

    def label(index: int) -> str:
        return _label(vote, index, language)

    def description(index: int) -> str:
        return _description(vote, index, language)

    parts: list[str] = []
    if method == "motion":
        parts.append(f"<fieldset><legend>{t(language, YOUR_VOTE)}</legend>")
        for choice in ("yes", "no", "abstain"):
            parts.append(
                f'<label class="c"><input type="radio" name="choice" value="{choice}" required>'
                f"{t(language, MOTION_LABELS[choice])}</label>"
            )
        parts.append("</fieldset>")
    elif method == "consent":
        parts.append(f"<fieldset><legend>{t(language, YOUR_ANSWER)}</legend>")
        parts.append(
            '<label class="c"><input type="radio" name="consent" value="yes" required>'
            f"{t(language, I_CONSENT)}</label>"
            '<label class="c"><input type="radio" name="consent" value="no">'
            f"{t(language, I_OBJECT)}</label>"
            f'<label for="why">{t(language, WHY_OBJECT)}</label>'
            f'<textarea id="why" name="why" maxlength="{OBJECTION_MAX}" rows="3"></textarea>'
            "</fieldset>"
        )
    elif method == "plurality":
        parts.append(f"<fieldset><legend>{t(language, CHOOSE_ONE)}</legend>")
        for i in order:
            parts.append(
                f'<label class="c"><input type="radio" name="choice" value="{i}" required>'
                f"<span>{label(i)}{description(i)}</span>"
                f"{_picture(vote, code, i)}</label>"
            )
        parts.append("</fieldset>")
    elif method in ("irv", "schulze"):
        parts.append(_described(vote, code, order, language))
        parts.append(f"<fieldset><legend>{t(language, RANK_OPTIONS)}</legend>")
        for rank in range(1, len(options) + 1):
            parts.append(
                f'<label for="r{rank}">{t(language, CHOICE_RANK, rank=rank)}</label>'
                f'<select id="r{rank}" name="r{rank}"><option value="">—</option>'
            )
            parts.extend(f'<option value="{i}">{label(i)}</option>' for i in order)
            parts.append("</select>")
        parts.append("</fieldset>")
    elif method == "mj":
        grades = vote.grades
        for i in order:
            parts.append(f"<fieldset><legend>{label(i)}</legend>")
            if options[i].description or options[i].has_picture:
                parts.append(f'<p class="o">{description(i)}{_picture(vote, code, i)}</p>')
            for g in reversed(range(len(grades))):
                parts.append(
                    f'<label class="c"><input type="radio" name="g{i}" value="{g}" required>'
                    f"{html.escape(grade_word(grades[g], language))}</label>"
                )
            parts.append("</fieldset>")
    elif method in ("approval", "pb"):
        legend = N_("Tick every option you approve")
        if method == "pb":
            legend = N_("Tick the projects you support, within the budget of {budget}")
        budget = _money(vote.budget or 0, vote.currency, language)
        parts.append(f"<fieldset><legend>{t(language, legend, budget=budget)}</legend>")
        for i in order:
            cost = ""
            if method == "pb":
                price = _money(options[i].cost or 0, vote.currency, language)
                cost = f' <span class="muted">({html.escape(price)})</span>'
            parts.append(
                f'<label class="c"><input type="checkbox" name="o" value="{i}">'
                f"<span>{label(i)}{cost}{description(i)}</span>"
                f"{_picture(vote, code, i)}</label>"
            )
        parts.append("</fieldset>")
    elif method == "score":
        parts.append(_described(vote, code, order, language))
        top = vote.max_score
        for i in order:
            parts.append(f'<label for="s{i}">{label(i)}</label><select id="s{i}" name="s{i}">')
            parts.extend(f'<option value="{s}">{s}</option>' for s in range(top + 1))
            parts.append("</select>")
    return "".join(parts)


def ballot_page(vote: VoteInfo, code: str, language: str, error: str = "") -> str:
    e = html.escape
    texts = vote_text(vote, language)
    order = list(range(len(vote.options)))
    if vote.method not in ("motion", "consent"):
        random.SystemRandom().shuffle(order)  # shuffled for each voter
    body = [
        f'<p><span class="level {e(vote.level)}">{t(language, LEVELS[vote.level])}</span></p>',
        f"<h1>{e(texts.title)}</h1>",
    ]
    if texts.question:
        body.append(f"<p>{e(texts.question)}</p>")
    if error:
        body.append(f'<p class="error" role="alert">{error}</p>')
    if not vote.secret:
        body.append(f'<p class="named" role="note">{t(language, NOT_SECRET)}</p>')
    body.append(f'<form method="post" action="/v/{e(code)}">')
    body.append(_fields(vote, language, order, code))
    body.append(f'<button type="submit">{t(language, CAST_MY_VOTE)}</button></form>')
    body.append(f'<p class="muted">{t(language, SECRET_ONCE if vote.secret else NAMED_ONCE)}</p>')
    return _page(language, texts.title, "".join(body))


def message_page(language: str, title: str, text: str, *, done: bool = False) -> str:
    heading = f'<p class="done">{title}</p>' if done else f"<h1>{title}</h1>"
    return _page(language, title, f'{heading}<p role="status">{text}</p>')


# -- Reading a form into a ballot -------------------------------------------------------------


class FormError(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _index(value: str, options: int) -> int:
    if not value.isdigit() or int(value) >= options:
        raise ValueError(value)
    return int(value)


def ballot_from_form(
    vote: VoteInfo, form: Mapping[str, list[str]], language: str
) -> dict[str, Any]:
    """The engine's ballot from the posted form; `FormError` with a translated message."""
    labels = [o.label for o in vote.options]
    n = len(labels)

    def one(name: str) -> str:
        values = form.get(name, [])
        if len(values) > 1:
            raise FormError(t(language, N_("This form was not filled in as expected.")))
        return values[0] if values else ""

    try:
        if vote.method == "motion":
            choice = one("choice")
            if choice not in MOTION_LABELS:
                raise FormError(t(language, N_("Please choose yes, no or abstain.")))
            return {"choice": choice}
        if vote.method == "consent":
            consent = one("consent")
            if consent == "yes":
                return {"objection": None}
            why = " ".join(one("why").split())
            if consent != "no" or not why:
                raise FormError(t(language, N_("To object, please say why.")))
            if len(why) > OBJECTION_MAX:
                raise FormError(t(language, N_("Please say why in at most 500 characters.")))
            return {"objection": why}
        if vote.method == "plurality":
            choice = one("choice")
            if not choice:
                raise FormError(t(language, N_("Please choose one option.")))
            return {"ranking": [labels[_index(choice, n)]]}
        if vote.method in ("irv", "schulze"):
            ranking = [labels[_index(v, n)] for r in range(1, n + 1) if (v := one(f"r{r}"))]
            if not ranking:
                raise FormError(t(language, N_("Please rank at least one option.")))
            if len(set(ranking)) != len(ranking):
                raise FormError(t(language, N_("Each option can be ranked only once.")))
            return {"ranking": ranking}
        if vote.method == "mj":
            grades: dict[str, int] = {}
            for i, label in enumerate(labels):
                value = one(f"g{i}")
                if value:
                    grades[label] = _index(value, len(vote.grades))
            if not grades:
                raise FormError(t(language, N_("Please grade the options.")))
            return {"grades": grades}
        if vote.method in ("approval", "pb"):
            chosen = sorted({_index(v, n) for v in form.get("o", [])})
            if vote.method == "pb":
                cost = sum(vote.options[i].cost or 0 for i in chosen)
                budget = vote.budget or 0
                if cost > budget:
                    raise FormError(
                        t(
                            language,
                            N_(
                                "Your projects cost {cost} in all, more than the budget of "
                                "{budget}. Take out projects worth at least {excess}."
                            ),
                            cost=_money(cost, vote.currency, language),
                            budget=_money(budget, vote.currency, language),
                            excess=_money(cost - budget, vote.currency, language),
                        )
                    )
            return {"approve": [labels[i] for i in chosen]}
        if vote.method == "score":
            scores = {}
            for i, label in enumerate(labels):
                value = one(f"s{i}")
                if value:
                    scores[label] = _index(value, vote.max_score + 1)
            return {"scores": scores}
    except ValueError as error:
        raise FormError(t(language, N_("This form was not filled in as expected."))) from error
    raise FormError(t(language, N_("This form was not filled in as expected.")))


# -- The application -------------------------------------------------------------------------


def create_app(
    ctx: AppContext,
    *,
    requests_per_minute: int = 120,
    failures_per_minute: int = 10,
) -> FastAPI:
    """The ballot page's application: `/v/<code>` and nothing else."""
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from app.voting import service
    from app.voting.tally import TallyInputError

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    requests = RateLimiter(requests_per_minute, 60.0)
    failures = RateLimiter(failures_per_minute, 60.0)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        client = request.client.host if request.client else "?"
        if not requests.allow(client):
            response: Response = PlainTextResponse("Too many requests.", status_code=429)
        else:
            try:
                response = await call_next(request)
            except Exception:
                # Our bug, logged with its traceback; the phone still gets the headers.
                log.voting.exception("phone ballot page failed")
                response = PlainTextResponse("Server error.", status_code=500)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def plain_errors(_request: Request, error: StarletteHTTPException) -> Response:
        return PlainTextResponse(
            "Not found." if error.status_code == 404 else "Refused.", status_code=error.status_code
        )

    def answer(
        language: str, title: str, text: str, status: int, *, done: bool = False
    ) -> HTMLResponse:
        return HTMLResponse(message_page(language, title, text, done=done), status_code=status)

    def refusal(language: str, error: KnownError) -> HTMLResponse:
        source = error.message.source
        if source == service.BAD_CODE:
            text, status = (
                t(language, N_("This code is not valid. Please check it or ask the facilitator.")),
                404,
            )
        elif source == service.USED_CODE:
            text, status = (
                t(language, N_("This code has already been used: each code works once.")),
                409,
            )
        elif source == CLOSED:
            text, status = t(language, N_("The vote is closed: no more ballots are taken.")), 409
        elif source == service.NAMED_SLIP:
            text, status = (
                t(
                    language,
                    N_(
                        "This vote is not secret: please vote with the code the kiosk showed "
                        "after scanning your badge."
                    ),
                ),
                403,
            )
        else:
            text, status = t(language, N_("Your ballot could not be accepted.")), 400
        return answer(language, t(language, N_("Not accepted")), text, status)

    def well_formed(code: str) -> bool:
        return len(code) == service.CODE_LENGTH and set(code) <= CODE_CHARS

    def client_of(request: Request) -> str:
        return request.client.host if request.client else "?"

    def blocked(request: Request, language: str) -> HTMLResponse | None:
        if failures.allow(client_of(request)):
            return None
        return answer(
            language,
            t(language, N_("Not accepted")),
            t(language, N_("Too many wrong codes. Please wait a minute.")),
            429,
        )

    def vote_or_refusal(code: str, request: Request, language: str) -> VoteInfo | Response:
        """The open vote `code` belongs to, or the response that refuses it."""
        try:
            if not well_formed(code):
                raise KnownError(service.bad_code_message())
            return service.vote_for_code(ctx, code)
        except KnownError as error:
            return blocked(request, language) or refusal(language, error)

    @app.get("/v/{code}", response_class=HTMLResponse)
    def show(code: str, request: Request) -> Response:
        language = pick_language(request.headers.get("accept-language"))
        code = code.upper()
        vote = vote_or_refusal(code, request, language)
        if isinstance(vote, Response):
            return vote
        return HTMLResponse(ballot_page(vote, code, language))

    @lru_cache(maxsize=256)
    def small_picture(vote_id: uuid.UUID, position: int) -> bytes | None:
        # Safe to keep: a vote's pictures are fixed once it is open, and only open votes
        # answer.
        from app.voting.pictures import thumbnail

        data = service.option_picture(ctx, vote_id, position)
        return thumbnail(data, PICTURE_SIDE) if data else None

    @app.get("/v/{code}/p/{index}")
    def picture(code: str, index: str, request: Request) -> Response:
        language = pick_language(request.headers.get("accept-language"))
        vote = vote_or_refusal(code.upper(), request, language)
        if isinstance(vote, Response):
            return vote
        # ASCII digits only: `str.isdigit` also takes "²", which `int` refuses.
        if not (index.isascii() and index.isdigit()) or int(index) >= len(vote.options):
            return PlainTextResponse("Not found.", status_code=404)
        data = small_picture(vote.id, int(index)) if vote.options[int(index)].has_picture else None
        if data is None:
            return PlainTextResponse("Not found.", status_code=404)
        return Response(data, media_type="image/jpeg")

    @app.post("/v/{code}", response_class=HTMLResponse)
    async def cast(code: str, request: Request) -> Response:
        language = pick_language(request.headers.get("accept-language"))
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            return answer(
                language,
                t(language, N_("Not accepted")),
                t(language, N_("This form is too large.")),
                413,
            )
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return answer(
                    language,
                    t(language, N_("Not accepted")),
                    t(language, N_("This form is too large.")),
                    413,
                )
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_cast, code.upper(), body, language, request)

    def _cast(code: str, body: bytes, language: str, request: Request) -> Response:
        try:
            if not well_formed(code):
                raise KnownError(service.bad_code_message())
            vote = service.vote_for_code(ctx, code)
        except KnownError as error:
            return blocked(request, language) or refusal(language, error)
        try:
            form = parse_qs(
                body.decode("utf-8"), keep_blank_values=False, max_num_fields=MAX_FIELDS
            )
        except (UnicodeDecodeError, ValueError):
            # Not a form this page sent: refused, the code still unused (a blank ballot
            # would spend it on what the voter never chose).
            text = t(language, N_("Your ballot could not be accepted."))
            return HTMLResponse(ballot_page(vote, code, language, text), status_code=400)
        try:
            ballot = ballot_from_form(vote, form, language)
            service.cast_with_code(ctx, code, ballot)
        except FormError as error:
            return HTMLResponse(ballot_page(vote, code, language, error.text), status_code=400)
        except TallyInputError:
            text = t(language, N_("This ballot is not valid. Please check your choices."))
            return HTMLResponse(ballot_page(vote, code, language, text), status_code=400)
        except KnownError as error:
            return refusal(language, error)
        log.misc.info("phone ballot cast")
        return answer(
            language,
            t(language, N_("Voted!")),
            t(language, N_("Your ballot is in the box. Thank you! You can close this page.")),
            200,
            done=True,
        )

    return app


# -- Serving ---------------------------------------------------------------------------------


def ballot_url(host: str, port: int, code: str) -> str:
    return f"http://{shown_host(host)}:{port}/v/{code}"


class BallotServer(LanServer):
    """The phone ballot page, served from the kiosk (`app.lan_server.LanServer`)."""

    def __init__(self, ctx: AppContext, *, host: str, port: int, **limits: int) -> None:
        super().__init__(create_app(ctx, **limits), host=host, port=port, name="ballot server")

    def url_for(self, code: str) -> str:
        return ballot_url(self.host, self.port, code)


def serve(
    ctx: AppContext,
    *,
    host: str,
    port: int,
    until_closed: Callable[[], bool] | None = None,
    started: Callable[[], None] | None = None,
) -> None:
    """Serve in the foreground until `until_closed()` says so (checked every second);
    `started()` once phones can connect. Raises `OSError` when it cannot serve."""
    server = BallotServer(ctx, host=host, port=port)
    try:
        server.start()
    except OSError:
        server.stop()
        raise
    if started is not None:
        started()
    try:
        while until_closed is None or not until_closed():
            time.sleep(1.0)
    finally:
        server.stop()
