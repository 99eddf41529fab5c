"""The review page in a real browser: Debian's Chromium driven by Selenium through Debian's
chromedriver (never a downloaded browser or driver).

Skipped, with the reason, where they are missing: `apt-get install chromium
chromium-driver` (Debian/Ubuntu) provides both; `.ci/run` installs them when it can.
`MTFIX_CHROMIUM` and `MTFIX_CHROMEDRIVER` name them elsewhere. `MTFIX_UPDATE_SCREENSHOT=1`
saves the page as docs/review-page.png (shown in the README).
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import ROOT
from mtfix.review.web.app import TOKEN_HEADER, create_app
from mtfix.review.web.command import make_review_server, review_url, serve_in_background
from mtfix.review.web.workspace import Workspace
from review.test_converge import DRAFTS
from review.test_workspace import DRAFT
from review.web_support import ACCEPTED, EDITED, EDITED_TEXT, EXPECTED, REJECTED, draft_folder, open_workspace

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed (pip install '.[test]')"
)
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = (
    os.environ.get("MTFIX_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or ""
)
CHROMEDRIVER = os.environ.get("MTFIX_CHROMEDRIVER") or shutil.which("chromedriver") or ""
pytestmark = pytest.mark.skipif(
    not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)),
    reason="browser tests need Chromium and its driver from the distribution: "
    "apt-get install chromium chromium-driver",
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
)
TOKEN = "browser-test-token"
WAIT_SECONDS = 30  # how long to wait for the page to react (a patience limit, not a speed assertion)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser or driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@contextmanager
def serving(workspace: Workspace) -> Iterator[str]:
    """A review server on a free loopback port; yields the page's address."""
    server = make_review_server(create_app(workspace, TOKEN))
    thread = serve_in_background(server)
    try:
        yield review_url(server, TOKEN)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The review draft served; yields (draft, page address)."""
    draft = draft_folder(tmp_path)
    with serving(open_workspace([draft], tmp_path / "review.jsonl")) as url:
        yield draft, url


def wait(driver, condition, message: str):
    """Until `condition()` holds. The page re-renders after each action, so an element found a
    moment ago may be gone: such a read is tried again, not failed."""
    waiting = WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,))
    return waiting.until(lambda _: condition(), message)


def card(driver, number: int):
    return driver.find_element(By.ID, f"card-0-{number}")


def is_current(driver, number: int) -> bool:
    return "current" in (card(driver, number).get_attribute("class") or "").split()


def status(driver, number: int) -> str:
    return card(driver, number).get_attribute("data-status") or ""


def screenshot_path(tmp_path: Path) -> Path:
    if os.environ.get("MTFIX_UPDATE_SCREENSHOT") == "1":
        return ROOT / "docs" / "review-page.png"
    return tmp_path / "review-page.png"


def test_accept_reject_edit_then_apply(browser, served, tmp_path):
    draft, url = served
    browser.get(url)
    wait(browser, lambda: status(browser, ACCEPTED) == "pending", "the page did not load its state")
    assert browser.find_element(By.ID, "left-total").text == "6"
    # Accept with the button.
    card(browser, ACCEPTED).find_element(By.CSS_SELECTOR, "button.accept").click()
    wait(browser, lambda: status(browser, ACCEPTED) == "accepted", "accept was not recorded")
    # Reject with the keyboard: pick the suggestion in the text, press r.
    browser.find_element(By.CSS_SELECTOR, f'mark.s[data-number="{REJECTED}"]').click()
    browser.find_element(By.TAG_NAME, "body").send_keys("r")
    wait(browser, lambda: status(browser, REJECTED) == "rejected", "r did not reject")
    # Edit the replacement and press Enter.
    box = card(browser, EDITED).find_element(By.CSS_SELECTOR, "textarea.replacement")
    box.clear()
    box.send_keys(EDITED_TEXT, Keys.ENTER)
    wait(browser, lambda: status(browser, EDITED) == "accepted", "the edit was not recorded")
    assert card(browser, EDITED).find_element(By.CSS_SELECTOR, ".edited-text").text == EDITED_TEXT
    assert browser.find_element(By.ID, "left-total").text == "3"
    # Filters: hiding a category hides its cards; showing it brings them back.
    browser.find_element(By.CSS_SELECTOR, '.category-filter[value="word.doubled"]').click()
    assert not card(browser, EDITED).is_displayed()
    browser.find_element(By.CSS_SELECTOR, '.category-filter[value="word.doubled"]').click()
    assert card(browser, EDITED).is_displayed()
    browser.find_element(By.CSS_SELECTOR, "button.apply").click()
    wait(browser, lambda: draft.read_text(encoding="utf-8") == EXPECTED, "the file was not written")
    wait(
        browser,
        lambda: "applied 2 accepted changes" in browser.find_element(By.ID, "message").text,
        "no report",
    )
    wait(browser, lambda: browser.find_element(By.ID, "left-total").text == "4", "the page was not rebuilt")


def test_accept_all_safe_fixes_with_the_keyboard(browser, served):
    draft, url = served
    browser.get(url)
    wait(browser, lambda: status(browser, 1) == "pending", "the page did not load its state")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.SHIFT, "s")
    wait(browser, lambda: browser.find_element(By.ID, "left-total").text == "3", "safe fixes not accepted")
    assert [status(browser, n) for n in range(1, 7)] == [
        "pending",
        "accepted",
        "accepted",
        "pending",
        "pending",
        "accepted",
    ]
    browser.find_element(By.CSS_SELECTOR, "button.apply").click()
    wait(browser, lambda: draft.read_text(encoding="utf-8") != DRAFT, "the file was not written")
    assert draft.read_text(encoding="utf-8") == (
        "Officials in Yellow-stone Village said, the new bridge, which cost 3,000,000 yuan, "
        "will open in June.\n"
        "The the villagers welcomed the the project, and the county praised it.\n"
    )


def test_a_stale_file_is_refused(browser, served):
    draft, url = served
    browser.get(url)
    wait(browser, lambda: status(browser, ACCEPTED) == "pending", "the page did not load its state")
    card(browser, ACCEPTED).find_element(By.CSS_SELECTOR, "button.accept").click()
    wait(browser, lambda: status(browser, ACCEPTED) == "accepted", "accept was not recorded")
    changed = DRAFT.replace("June", "July")
    draft.write_text(changed, encoding="utf-8")
    browser.find_element(By.CSS_SELECTOR, "button.apply").click()
    message = browser.find_element(By.ID, "message")
    wait(browser, lambda: "changed on disk" in message.text, "the stale file was not refused")
    assert "error" in (message.get_attribute("class") or "")
    assert draft.read_text(encoding="utf-8") == changed


def test_a_request_without_the_token_is_refused(browser, served):
    _, url = served
    bare = url.split("?")[0]
    browser.get(bare)
    assert "missing or wrong token" in browser.find_element(By.TAG_NAME, "body").text
    assert not browser.find_elements(By.CSS_SELECTOR, ".card")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(bare, timeout=WAIT_SECONDS)
    assert refused.value.code == 403
    body = json.dumps({"file": 0, "number": 1, "decision": "accept"}).encode()
    request = urllib.request.Request(
        bare + "decide", data=body, headers={"Content-Type": "application/json", TOKEN_HEADER: "guess"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=WAIT_SECONDS)
    assert refused.value.code == 403


def test_screenshot_of_a_review_in_progress(browser, linter, tmp_path, monkeypatch):
    """Two drafts checked with the built-in rules, a few decisions made: the README's picture."""
    monkeypatch.chdir(tmp_path)  # relative names on the page, as a reviewer would type them
    for number, draft in enumerate(DRAFTS, start=1):
        Path(f"report-{number}.txt").write_text(draft, encoding="utf-8")
    workspace = Workspace(["report-1.txt", "report-2.txt"], linter, Path("mtfix-review.jsonl"))
    with serving(workspace) as url:
        browser.get(url)
        wait(browser, lambda: status(browser, 1) == "pending", "the page did not load its state")
        for number, button in ((1, "accept"), (2, "accept"), (3, "reject")):
            card(browser, number).find_element(By.CSS_SELECTOR, f"button.{button}").click()
            wait(browser, lambda n=number: status(browser, n) != "pending", "the decision was not recorded")
        browser.execute_script("window.scrollTo(0, 0); document.querySelector('ol.cards').scrollTop = 0")
        shot = screenshot_path(tmp_path)
        browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_keys_move_between_suggestions_and_decide(browser, served):
    _, url = served
    browser.get(url)
    wait(browser, lambda: is_current(browser, 1), "no suggestion selected")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    wait(browser, lambda: is_current(browser, 2), "j did not move on")
    body.send_keys("k", "a")
    wait(browser, lambda: status(browser, 1) == "accepted", "a did not accept")
    body.send_keys("k", "u")  # a moved on to the next pending suggestion; k goes back, u undecides
    wait(browser, lambda: status(browser, 1) == "pending", "u did not take the decision back")
    assert browser.find_element(By.ID, "left-total").text == "6"
