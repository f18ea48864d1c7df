"""`vaguewords serve`: the JSON API on a real uvicorn server, its bad inputs, and the page in a
real headless Chromium.

One server (two worker processes, uploads up to 1 MB, a class lexicon) is started for the module with the real
command, on a free port, with its own empty TMPDIR; the last tests read its log and stop it with
Ctrl-C (SIGINT).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from vaguewords.cli import app
from vaguewords.documents import read_document

UPLOAD_LIMIT_MB = 1
JSON_LIMIT = 2_000_000
SECRET = "Zanzibar-quartz-7731"  # pasted below; must never reach the server's log
PASTED = (
    f"Robust guarantees will be provided in stages. {SECRET} "
    "The council will act soon, where appropriate. <script>alert(1)</script> "
    "<img src=x onerror=\"document.title='pwned'\"> Relevant stakeholders will be consulted "
    "in due course."
)
ACCESS_LINE = re.compile(
    r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ 127\.0\.0\.1:\d+ "(GET|POST|PUT) \S+ HTTP/1\.1" \d{3}'
)


class Server:
    def __init__(
        self,
        process: subprocess.Popen,
        url: str,
        log: Path,
        tmpdir: Path,
        opened: Path,
        class_options: list[str],
    ) -> None:
        self.process, self.url, self.log, self.tmpdir = process, url, log, tmpdir
        self.opened, self.class_options = opened, class_options


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    tmpdir = root / "tmp"
    tmpdir.mkdir()
    log = root / "stderr.log"
    lexicon = root / "class_words.csv"  # a class's own settings: one more term, one ignored
    lexicon.write_text(
        "term,category,pos,leaves_open,explanation\n"
        "game-changer,reassurance,,how,Promises a big effect without saying which.\n",
        encoding="utf-8",
    )
    class_options = ["--lexicon", str(lexicon), "--ignore", "significant"]
    opened = root / "opened.txt"  # --open runs $BROWSER: here a command that notes the address
    browser = (
        f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.argv[2])\" {opened} %s"
    )
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONUNBUFFERED": "1", "BROWSER": browser}
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "vaguewords.cli", "serve", "--port", "0", "--workers", "2",
             "--limit", f"max_file_bytes={UPLOAD_LIMIT_MB}MB", "--open", *class_options],
            stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=root,
        )  # fmt: skip
    line = _read_line(process, timeout=180)
    match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
    assert match, f"no address announced: {line!r} / {log.read_text(errors='replace')[-2000:]}"
    yield Server(process, match.group(1), log, tmpdir, opened, class_options)
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    lines: list[str] = []
    reader = threading.Thread(
        target=lambda: lines.append(process.stdout.readline().decode()), daemon=True
    )
    reader.start()
    reader.join(timeout)
    return lines[0] if lines else ""


def regular_files(folder: Path) -> list[Path]:
    """Files under ``folder`` (the reader's forkserver keeps only a socket there)."""
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as client:
        yield client


def cli_json(server: Server, *arguments: str) -> str:
    """What the command prints with the server's class settings (lexicon, ignore)."""
    result = CliRunner().invoke(app, [*arguments, *server.class_options, "--format", "json"])
    assert result.exit_code == 0, result.output
    return result.stdout


# ============================================================================ the API


def test_open_opens_the_announced_address(server):
    for _ in range(100):
        if server.opened.exists() and server.opened.read_text():
            break
        time.sleep(0.1)
    assert server.opened.read_text() == server.url


def test_the_faces_hold_no_analysis_logic():
    """cli.py and web/ call the library layer; they never import the analysis modules."""
    import ast

    package = Path(__file__).resolve().parent.parent / "vaguewords"
    analysis = {"slots", "clauses", "component", "findings", "lexicon"}  # model: plain data
    for path in [package / "cli.py", *sorted((package / "web").glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module.split(".")[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("vaguewords.")
        }
        assert not imported & analysis, (path.name, imported & analysis)


def test_check_answers_exactly_what_the_cli_prints(client, server):
    text = (EXAMPLES / "peace_plan.txt").read_text(encoding="utf-8")
    response = client.post("/api/check", json={"text": text})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.text == cli_json(server, "check", text)
    assert len(response.json()["findings"]) >= 5


def test_score_answers_exactly_what_the_cli_prints(client, server):
    text = (EXAMPLES / "student_summary.txt").read_text(encoding="utf-8")
    response = client.post("/api/score", json={"text": text})
    assert response.status_code == 200, response.text
    assert response.text == cli_json(server, "score", text)
    assert 0 <= response.json()["score"] <= 100 and response.json()["checklist"]


def test_compare_answers_what_score_compare_prints(client, server):
    draft, revised = EXAMPLES / "summary_draft.txt", EXAMPLES / "summary_revised.txt"
    response = client.post(
        "/api/compare",
        json={"draft": draft.read_text(encoding="utf-8"), "revised": revised.read_text("utf-8")},
    )
    assert response.status_code == 200, response.text
    served = response.json()
    printed = json.loads(cli_json(server, "score", "--compare", str(draft), str(revised)))
    assert (served["before"]["source"], served["after"]["source"]) == ("draft", "revised")
    for side in ("before", "after"):
        served[side]["source"] = printed[side]["source"]
    assert served == printed
    assert served["change"] > 0


def test_the_class_settings_apply_to_the_page(client):
    text = "This significant plan is a game-changer and robust."
    found = [f["text"] for f in client.post("/api/check", json={"text": text}).json()["findings"]]
    assert "game-changer" in found and "robust" in found and "significant" not in found


def test_a_rubric_in_the_request_changes_the_score(client):
    text = (EXAMPLES / "student_summary.txt").read_text(encoding="utf-8")
    plain = client.post("/api/score", json={"text": text}).json()
    weighted = client.post(
        "/api/score", json={"text": text, "rubric": {"density": {"half_score_at": 1}}}
    ).json()
    assert weighted["formula"]["half_score_at"] == 1
    assert weighted["score"] < plain["score"]


@pytest.mark.parametrize("name", ["field_trip_letter.docx", "climate_policy.pdf", "peace_plan.txt"])
def test_an_upload_is_read_like_the_file_on_disk(client, server, name):
    path = EXAMPLES / name
    response = client.post(
        "/api/file",
        content=path.read_bytes(),
        headers={"Content-Type": "application/octet-stream", "X-Filename": name},
    )
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["source"] == name
    assert data["text"] == read_document(path).text
    assert regular_files(server.tmpdir) == []  # nothing was spooled to disk


def test_a_short_request_does_not_wait_for_a_long_one(client, server):
    """Two workers: a long text on one does not hold a one-sentence text back."""
    long_text = "\n\n".join([(EXAMPLES / "peace_plan.txt").read_text("utf-8")] * 60)  # ~12k words
    finished: dict[str, float] = {}

    def post(name: str, text: str) -> None:
        with httpx.Client(base_url=server.url, timeout=300) as own:
            assert own.post("/api/check", json={"text": text}).status_code == 200
        finished[name] = time.perf_counter()

    long_thread = threading.Thread(target=post, args=("long", long_text))
    long_thread.start()
    time.sleep(0.5)
    post("short", "Robust plans will follow soon.")
    long_thread.join()
    assert finished["short"] < finished["long"]


# ============================================================================ bad input

JSON = {"Content-Type": "application/json"}
OCTETS = {"Content-Type": "application/octet-stream"}


@pytest.mark.parametrize(
    ("path", "body", "headers", "status", "message"),
    [
        ("/api/check", json.dumps({"text": ""}), JSON, 422, "text: no text to analyse"),
        ("/api/score", json.dumps({"text": " \n\t "}), JSON, 422, "text: no text to analyse"),
        ("/api/check", json.dumps({}), JSON, 400, 'missing "text"'),
        ("/api/check", json.dumps({"text": 3}), JSON, 400, '"text" must be a string'),
        ("/api/check", json.dumps(["text"]), JSON, 400, "must be a JSON object"),
        ("/api/check", "{text: 1", JSON, 400, "not valid JSON"),
        ("/api/check", b"\xff\xfe{", JSON, 400, "not valid JSON"),
        ("/api/check", "text=hello", {"Content-Type": "application/x-www-form-urlencoded"},
         415, "send JSON"),
        ("/api/check", json.dumps({"text": "x"}), {"Content-Type": "text/plain"}, 415, "send JSON"),
        ("/api/compare", json.dumps({"draft": "Robust plans."}), JSON, 400, 'missing "revised"'),
        ("/api/compare", json.dumps({"draft": "", "revised": "x"}), JSON, 422, "draft: no text"),
        ("/api/score", json.dumps({"text": "Robust.", "rubric": {"weights": {"whom": 1}}}), JSON,
         400, "unknown key weights.whom"),
        ("/api/score", json.dumps({"text": "Robust.", "rubric": [1]}), JSON, 400,
         '"rubric" must be an object'),
        ("/api/check", "x" * (JSON_LIMIT + 1), JSON, 413, "over the limit of"),
        ("/api/file", b"Robust plans.", {**OCTETS, "X-Filename": "notes.rtf"}, 415,
         "notes.rtf: unsupported file type"),
        ("/api/file", b"Robust plans.", OCTETS, 400, "missing X-Filename"),
        ("/api/file", b"Robust plans.", {"Content-Type": "multipart/form-data; boundary=x",
         "X-Filename": "a.txt"}, 415, "not a form"),
        ("/api/file", b"", {**OCTETS, "X-Filename": "empty.txt"}, 422, "empty.txt: the file is empty"),
        ("/api/file", b"   \n\n ", {**OCTETS, "X-Filename": "blank.txt"}, 422,
         "blank.txt: no text to analyse"),
        ("/api/file", b"PK\x03\x04 not a zip", {**OCTETS, "X-Filename": "letter.docx"}, 422,
         "letter.docx: not a readable Word document"),
        ("/api/file", b"%PDF-1.4 broken", {**OCTETS, "X-Filename": "scan.pdf"}, 422,
         "scan.pdf: not a readable PDF"),
        ("/api/file", b"\x00\x01\x02" * 100, {**OCTETS, "X-Filename": "blob.txt"}, 422,
         "blob.txt: looks like a binary file"),
        ("/api/file", b"x" * (UPLOAD_LIMIT_MB * 1_000_000 + 1), {**OCTETS, "X-Filename": "big.txt"},
         413, "big.txt: the upload is larger, over the limit max_file_bytes = 1 MB"),
        ("/api/check", json.dumps({"text": "Robust plans. " * 21_429}), JSON, 413,
         "text: it has 300,006 characters, over the limit max_text_chars = 300000"),
        ("/api/file", b"Robust.", {**OCTETS, "X-Filename": "..%2F..%2Fetc%2Fpasswd.docx"}, 422,
         "passwd.docx: not a readable Word document"),
        ("/api/nothing", b"", JSON, 404, "/api/nothing: not found"),
        ("/api/check", b'{"text": "Robust \\ud800 plans."}', JSON, 400, "not valid Unicode"),
        ("/api/check", b'{"text": "Robust.", "source": "\\udfff"}', JSON, 400, "not valid Unicode"),
    ],
)  # fmt: skip
def test_bad_requests_get_one_line_of_json(client, path, body, headers, status, message):
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert message in error and "\n" not in error and "Traceback" not in error


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("bomb.docx", lambda hostile, path: hostile.docx_bomb(path, 120_000_000)),
        ("laughs.docx", lambda hostile, path: hostile.billion_laughs_docx(path)),
        ("stream.pdf", lambda hostile, path: hostile.pdf_stream_bomb(path, 60_000_000)),
        ("nested.html", lambda hostile, path: hostile.nested_html(path, 50_000)),
    ],
)
def test_a_hostile_upload_is_one_line_and_the_server_goes_on(client, tmp_path, name, build):
    """Files built to hurt (benchmarks/hostile.py) are refused by the library's reading limits."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import hostile

    data = build(hostile, tmp_path / name).read_bytes()
    assert len(data) < UPLOAD_LIMIT_MB * 1_000_000  # small on the wire; the harm is inside
    began = time.perf_counter()
    response = client.post("/api/file", content=data, headers={**OCTETS, "X-Filename": name})
    assert time.perf_counter() - began < 60
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error.startswith(f"{name}: ") and "\n" not in error
    after = client.post("/api/check", json={"text": "Robust plans will follow soon."})
    assert after.status_code == 200


def test_a_chunked_body_over_the_limit_is_cut_off(client):
    def chunks():
        for _ in range(UPLOAD_LIMIT_MB * 16):  # 1,048,576 bytes
            yield b"y" * 65536

    response = client.post(
        "/api/file", content=chunks(), headers={**OCTETS, "X-Filename": "stream.txt"}
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413 and "over the limit" in response.json()["error"]


def test_get_on_the_api_is_refused_in_json(client):
    response = client.get("/api/check")
    assert response.status_code == 405 and response.json()["error"] == (
        "/api/check: method not allowed"
    )


# ============================================================================ the page


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data


def test_the_page_has_no_inline_script_and_every_asset_is_served_here(client):
    response = client.get("/")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "default-src 'none'" in policy
    parser = Tags()
    parser.feed(response.text)
    assert parser.script_text.strip() == ""
    assert not [name for _, attrs in parser.tags for name in attrs if name.startswith("on")]
    assets = [
        attrs.get("src") or attrs.get("href")
        for tag, attrs in parser.tags
        if tag in ("script", "link", "img")
    ]
    assert len(assets) >= 3
    for asset in assets:
        assert asset.startswith("/static/"), asset  # nothing from another origin
        served = client.get(asset)
        assert served.status_code == 200, asset
        text = served.text.replace("http://www.w3.org/2000/svg", "")  # a namespace, not a fetch
        assert "http://" not in text and "https://" not in text
    javascript = client.get("/static/app.js").text
    assert "innerHTML" not in javascript and "insertAdjacentHTML" not in javascript
    assert "eval(" not in javascript and "document.write" not in javascript


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no Chromium on this machine (apt-get install -y chromium); the page could not be "
            "checked in a browser"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install '.[dev]'); no browser test")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.browser
def test_the_page_in_headless_chromium(browser, server):
    page = browser.new_page()
    dialogs: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(server.url)
    page.fill("#text", PASTED)
    page.focus("#check-button")
    page.keyboard.press("Enter")  # the button works from the keyboard
    page.wait_for_selector("#score-card .score-number", timeout=60_000)

    marks = page.eval_on_selector_all(
        "#marked-text mark", "marks => marks.map(m => [m.className, m.firstChild.textContent])"
    )
    assert {text.lower() for _, text in marks} >= {"robust", "in stages", "soon", "in due course"}
    assert {cls for cls, _ in marks} >= {"reassurance", "vague_timing"}
    assert page.text_content("#score-card .score-number").strip()[0].isdigit()
    assert page.locator("#findings article").count() == len(marks)
    first = page.text_content("#f-1")
    assert "who:" in first and "how:" in first and "when:" in first and "?" in first
    assert page.locator("#checklist li").count() >= 1

    # What was pasted is shown as text, never run or parsed as HTML.
    shown = page.text_content("#marked-text")
    assert "<script>alert(1)</script>" in shown and '<img src=x onerror="' in shown
    assert page.locator("#marked-text script, #marked-text img, #findings img").count() == 0
    assert dialogs == [] and page.title() != "pwned"
    assert not [p for p in problems if "Content Security Policy" in p], problems

    # Printed: the form goes, the score, the marked text and the panels stay.
    page.emulate_media(media="print")
    assert not page.is_visible("#check-form") and not page.is_visible(".tabs")
    assert page.is_visible("#score-card") and page.is_visible("#marked-text")
    assert page.is_visible("#f-1")
    page.emulate_media(media="screen")

    # The compare tab, reached with the arrow key.
    page.focus("#tab-check")
    page.keyboard.press("ArrowRight")
    assert page.is_visible("#panel-compare") and not page.is_visible("#panel-check")
    page.fill("#draft", (EXAMPLES / "summary_draft.txt").read_text("utf-8"))
    page.fill("#revised", (EXAMPLES / "summary_revised.txt").read_text("utf-8"))
    page.click("#compare-button")
    page.wait_for_selector("#compare-lists h3", timeout=60_000)
    assert "points" in page.text_content("#compare-scores")
    assert "Now specific" in page.text_content("#compare-lists")
    page.close()


@pytest.mark.browser
def test_the_page_shows_a_refusal_as_one_line(browser, server):
    page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto(server.url)
    page.fill("#text", "   ")
    page.click("#check-button")
    assert "Paste a text" in page.text_content("#check-status")
    page.set_input_files(
        "#file",
        files=[{"name": "broken.docx", "mimeType": "application/octet-stream", "buffer": b"PK.."}],
    )
    from playwright.sync_api import expect

    # (wait_for_function would evaluate a string, which the page's CSP rightly refuses)
    expect(page.locator("#check-status")).to_contain_text("not a readable", timeout=60_000)
    assert "not a readable Word document" in page.text_content("#check-status")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the phone's screen
    page.close()


# ============================================================================ the log and Ctrl-C


def test_only_request_lines_are_logged(client, server):
    client.post("/api/check", json={"text": PASTED})
    client.post(
        "/api/file",
        content=f"Plans {SECRET}.".encode(),
        headers={**OCTETS, "X-Filename": f"{SECRET}.txt"},
    )
    time.sleep(0.5)
    lines = server.log.read_text(encoding="utf-8", errors="replace").splitlines()
    assert lines
    assert [line for line in lines if not ACCESS_LINE.match(line)] == []
    assert SECRET not in "\n".join(lines)
    assert regular_files(server.tmpdir) == []


def test_ctrl_c_stops_the_server_cleanly(server):
    server.process.send_signal(signal.SIGINT)
    out, _ = server.process.communicate(timeout=60)
    assert server.process.returncode == 0
    assert out.decode().strip().endswith("vaguewords: stopped")
    assert "Traceback" not in server.log.read_text(encoding="utf-8", errors="replace")


def test_a_port_in_use_is_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"vaguewords: error: 127.0.0.1:{port}: cannot listen there")
    assert result.stderr.count("\n") == 1


# ============================================================================ the benchmark's parts


def test_the_benchmark_pastes_200_word_summaries_of_whole_sentences():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import serve as benchmark

    texts, _ = benchmark.summaries(12)
    assert len(texts) == 12 and len(set(texts)) == 12
    for text in texts:
        assert 180 <= len(text.split()) <= 320, len(text.split())
        assert text.rstrip()[-1] in ".!?\"'"
    assert benchmark.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95) == 10
    assert benchmark.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.50) == 5


def test_a_missing_model_is_one_line_before_listening():
    result = CliRunner().invoke(
        app, ["serve", "--port", "0", "--workers", "1", "--model", "xx_none"]
    )
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("vaguewords: error: spaCy model 'xx_none' is not installed")
    assert result.stderr.count("\n") == 1 and "serving" not in result.stdout
