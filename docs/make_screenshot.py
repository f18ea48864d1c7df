"""Take docs/serve.png: the page of `vaguewords serve` after checking examples/student_summary.txt.

    python docs/make_screenshot.py          # needs Chromium (/usr/bin/chromium) and playwright

Starts the real server on a free port, pastes the summary, presses the button and takes the
screenshot in headless Chromium.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or sys.exit("make_screenshot.py: no chromium on PATH")
    server = subprocess.Popen(
        [sys.executable, "-m", "vaguewords.cli", "serve", "--port", "0", "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO,
    )  # fmt: skip
    try:
        line = server.stdout.readline().decode()
        url = re.search(r"serving (http://\S+/)", line).group(1)
        text = (REPO / "examples" / "student_summary.txt").read_text(encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(url)
            page.fill("#text", text)
            page.click("#check-button")
            page.wait_for_selector("#score-card .score-number", timeout=120_000)
            page.evaluate("window.scrollTo(0, 0)")
            out = REPO / "docs" / "serve.png"
            # The entry, the score, the checklist, the marked text and the first panels.
            page.screenshot(
                path=str(out), full_page=True, clip={"x": 0, "y": 0, "width": 1000, "height": 1750}
            )
            browser.close()
        print(f"wrote {out.relative_to(REPO)}")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
