#!/usr/bin/env python3
"""Drives Gevinst's web application in real headless Chromium (Selenium + chromedriver), as municipal staff
would: log in, write a proposal with a driver, watch totals and payback update, save, run into a conflict
from a second session and merge, submit, approve as another user, take a snapshot, change the proposal and
see the diff, import the markdown catalogue and save two drafts, load the follow-up report and change a
colour, download every document type, and check that another administration's drafts stay hidden through
the pages and the API. Saves a 1366x768 screenshot of each page.

Run by Tests/GevinstServerTests/BrowserTests.swift (GEVINST_TEST_BROWSER=1), which starts `gevinst serve` and
creates the users. Arguments: --base http://127.0.0.1:PORT --seeds DIR --artifacts DIR --password PASSWORD.
Exits 0 when every step passed; prints each step as it goes.
"""

import argparse
import json
import os
import sys
import time
import traceback
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ARGS = None
SHOTS = []


def step(text):
    print("step:", text, flush=True)


def fail(text):
    raise AssertionError(text)


def expect(condition, text):
    if not condition:
        fail(text)


def browser():
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-gpu")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--window-size=1366,768")
    options.add_argument("--lang=da")
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(candidate):
            options.binary_location = candidate
            break
    driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
    service = Service(executable_path=driver_path) if driver_path else Service()
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_window_size(1366, 768)
    # The window's size includes no browser chrome in a screenshot, but headless Chromium takes some of it for
    # the window frame; fix the page's viewport itself at 1366x768.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
    driver.implicitly_wait(0)
    return driver


def wait(driver, seconds=15):
    """Waits that ride over a page being replaced (a redraw, a redirect) while they look."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))


def visit(driver, path):
    driver.get(ARGS.base + path)
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "main")))


def shot(driver, name, at=None):
    """A screenshot of the viewport (1366x768): at the top of the page, or with the element `at` (CSS) at the
    top of the window."""
    elements = driver.find_elements(By.CSS_SELECTOR, at) if at else []
    if elements:
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -8)", elements[0])
    else:
        driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.2)
    path = os.path.join(ARGS.artifacts, name + ".png")
    driver.save_screenshot(path)
    SHOTS.append(path)


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def set_value(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.clear()
    element.send_keys(value)


def choose(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    Select(element).select_by_value(value)


def click(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def submit_button(driver, form_css=None, name=None, value=None, text=None):
    selector = (form_css + " " if form_css else "") + "button[type=submit]"
    if name:
        selector += "[name='%s']" % name
    if value:
        selector += "[value='%s']" % value
    buttons = driver.find_elements(By.CSS_SELECTOR, selector)
    if text:
        buttons = [b for b in buttons if b.text.strip() == text]
    expect(buttons, "no button %s %s" % (selector, text or ""))
    return buttons[0]


def login(driver, user):
    visit(driver, "/login")
    set_value(driver, "username", user)
    set_value(driver, "password", ARGS.password)
    click(driver, submit_button(driver, "form.login"))
    wait(driver).until(lambda d: "/login" not in d.current_url)
    expect(user in driver.find_element(By.CSS_SELECTOR, "header.banner").text, "the banner names %s" % user)


def logout(driver):
    click(driver, submit_button(driver, "form.logout"))
    wait(driver).until(lambda d: "/login" in d.current_url)


def cookie_header(driver):
    return "; ".join("%s=%s" % (c["name"], c["value"]) for c in driver.get_cookies())


def http(driver, method, path, body=None, headers=None):
    """A request with the browser's cookies; returns (status, bytes, content type)."""
    request = urllib.request.Request(ARGS.base + path, method=method, data=body)
    request.add_header("Cookie", cookie_header(driver))
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


def preview_text(driver, selector):
    """The preview's text at `selector`; the preview is replaced as answers to earlier keystrokes arrive, so
    an element found a moment ago may be gone: read again."""
    for _ in range(50):
        try:
            elements = driver.find_elements(By.CSS_SELECTOR, "#preview-body " + selector)
            return elements[0].text if elements else ""
        except StaleElementReferenceException:
            time.sleep(0.1)
    return ""


def wait_preview(driver, selector, predicate, what, seconds=20):
    """Waits until the preview's text at `selector` satisfies `predicate`; fails naming `what` and the text."""
    try:
        wait(driver, seconds).until(lambda d: predicate(preview_text(d, selector)))
    except TimeoutException:
        fail("%s: the preview shows %r" % (what, preview_text(driver, selector)))


def proposal_id_from_url(driver):
    parts = driver.current_url.split("?")[0].split("#")[0].rstrip("/").split("/")
    for index, part in enumerate(parts):
        if part == "proposals" and index + 1 < len(parts) and parts[index + 1].isdigit():
            return int(parts[index + 1])
    fail("not on a proposal page: " + driver.current_url)


def take_transition(driver, proposal_id, name, comment=None):
    visit(driver, "/proposals/%d/review" % proposal_id)
    forms = driver.find_elements(By.XPATH, "//form[input[@name='transition' and @value='%s']]" % name)
    expect(forms, "the review page offers %s" % name)
    form = forms[0]
    if comment is not None:
        area = form.find_element(By.TAG_NAME, "textarea")
        area.send_keys(comment)
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    expect(button.is_enabled(), "the %s button is enabled; page says: %s" % (name, form.text))
    click(driver, button)
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice")))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--seeds", default=None, help="the seed documents; without them the import and follow-up steps are skipped")
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--password", required=True)
    ARGS = parser.parse_args()
    os.makedirs(ARGS.artifacts, exist_ok=True)

    anne = browser()
    bo = browser()
    try:
        run(anne, bo)
    except Exception:
        for driver, name in ((anne, "failure-anne"), (bo, "failure-second")):
            try:
                driver.save_screenshot(os.path.join(ARGS.artifacts, name + ".png"))
                print("on failure,", name, "was at", driver.current_url, flush=True)
            except Exception:
                pass
        traceback.print_exc()
        raise
    finally:
        anne.quit()
        bo.quit()
    print("screenshots:", " ".join(sorted(SHOTS)))
    print("all steps passed")


def run(anne, bo):
    step("log in as the author anne")
    visit(anne, "/login")
    shot(anne, "01-login")
    login(anne, "anne")

    step("create a proposal with a staff driver and watch totals and payback update")
    visit(anne, "/proposals/new")
    expect(anne.find_element(By.ID, "f-title").get_attribute("required") is not None, "the title is required")
    set_value(anne, "f-code", "UD90")
    set_value(anne, "f-title", "Digital sagsbehandling i borgercentret")
    choose(anne, "f-submittingAdministration", "Socialforvaltningen")
    # The years decide the grid's columns; changing one redraws the editor with what was typed.
    set_value(anne, "f-firstYear", "2026")
    anne.find_element(By.ID, "f-code").click()
    wait(anne, 20).until(lambda d: d.find_elements(By.ID, "f-line-1-y-2026"))
    wait(anne, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    set_value(anne, "f-lastYear", "2031")
    anne.find_element(By.ID, "f-code").click()
    wait(anne, 20).until(lambda d: d.find_elements(By.ID, "f-line-1-y-2031") and not d.find_elements(By.ID, "f-line-1-y-2032"))
    expect(anne.find_element(By.ID, "f-title").get_attribute("value") == "Digital sagsbehandling i borgercentret",
           "the redraw keeps what was typed")
    set_value(anne, "f-line-0-label", "Færre årsværk")
    set_value(anne, "f-line-1-label", "Systemudvikling")
    choose(anne, "f-line-1-block", "implementation")
    set_value(anne, "f-line-1-y-2026", "3.000")
    set_value(anne, "f-line-1-y-2027", "1.000")
    wait(anne).until(lambda d: "4.000" in preview_text(d, "table"))
    details = anne.find_elements(By.CSS_SELECTOR, "details.line-details")[0]
    if details.get_attribute("open") is None:
        click(anne, details.find_element(By.TAG_NAME, "summary"))
    choose(anne, "f-line-0-driver", "staff")
    wait(anne).until(lambda d: d.find_element(By.ID, "f-line-0-staff-fte").is_displayed())
    expect(anne.find_element(By.ID, "f-line-0-y-2026").get_attribute("readonly") is not None,
           "amounts of a driver line are read-only")
    set_value(anne, "f-line-0-staff-fte", "4")
    set_value(anne, "f-line-0-staff-annualCost", "500.000")
    set_value(anne, "f-line-0-share-2026", "0,5")
    for year in range(2027, 2032):
        set_value(anne, "f-line-0-share-%d" % year, "1")
    # 4 FTE × 500.000 kr.: -1.000 in 2026, then -2.000; with 3.000 + 1.000 invested the cumulative net is
    # 2.000, 1.000, -1.000: paid back in year 3.
    wait_preview(anne, "dd[data-payback=total]", lambda text: text == "3 år", "the payback is 3 år")
    wait_preview(anne, "tr[data-row=net]", lambda text: "2.000 -1.000 -2.000" in text, "the net row reads 2.000 -1.000 -2.000 …")
    wait_preview(anne, ".driver-results", lambda text: "4 årsværk × 500.000 kr." in text, "the formula is shown")
    shot(anne, "03-editor", at="table.grid")
    click(anne, submit_button(anne, "#editor", name="action", value="save"))
    wait(anne).until(lambda d: "/proposals/" in d.current_url and "/new" not in d.current_url and "/edit" not in d.current_url)
    proposal = proposal_id_from_url(anne)
    expect("UD90" in heading(anne), "the proposal page shows the new proposal")
    expect("-1.000" in anne.find_element(By.CSS_SELECTOR, "table.figures").text, "Tabel 1 shows the driver's -1.000")
    shot(anne, "04-proposal")
    shot(anne, "04-proposal-tabel", at="table.figures")

    step("a second author saves meanwhile: the first save becomes a conflict, merged field by field")
    login(bo, "bo")
    visit(anne, "/proposals/%d/edit" % proposal)
    visit(bo, "/proposals/%d/edit" % proposal)
    set_value(bo, "f-title", "Digital sagsbehandling i borgercentrene")
    click(bo, submit_button(bo, "#editor", name="action", value="save"))
    wait(bo).until(lambda d: "/edit" not in d.current_url)
    set_value(anne, "f-summary", "Sagsbehandlingen digitaliseres, så der bruges færre årsværk.")
    click(anne, submit_button(anne, "#editor", name="action", value="save"))
    wait(anne).until(lambda d: "Konflikt" in heading(d))
    shot(anne, "05-conflict")
    expect(anne.find_element(By.CSS_SELECTOR, "input[name='choice.title'][value=theirs]").is_selected(),
           "the title someone else changed is suggested from their version")
    expect(anne.find_element(By.CSS_SELECTOR, "input[name='choice.summary'][value=mine]").is_selected(),
           "my summary is suggested from my version")
    click(anne, submit_button(anne, "form#merge"))
    wait(anne).until(lambda d: "/proposals/%d" % proposal in d.current_url and "Konflikt" not in heading(d))
    expect("borgercentrene" in heading(anne), "the merge keeps the other author's title")
    expect("færre årsværk" in anne.find_element(By.ID, "document").text, "the merge keeps my summary")

    step("submit as the author; approve as the finance reviewer")
    take_transition(anne, proposal, "submit")
    expect("Indsendt" in anne.find_element(By.TAG_NAME, "main").text, "the status reads Indsendt")
    logout(bo)
    login(bo, "finn")
    take_transition(bo, proposal, "approve")
    visit(bo, "/proposals/%d/review" % proposal)
    shot(bo, "06-review")
    expect("Godkendt" in bo.find_element(By.CSS_SELECTOR, "dl.summary-list").text, "approved")

    step("take a snapshot at the committee reading")
    visit(bo, "/catalogue")
    set_value(bo, "snapshot-name", "SUD 1. behandling")
    choose(bo, "snapshot-stage", "first-reading")
    click(bo, submit_button(bo, "form[action='/snapshots']"))
    wait(bo).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice")))
    shot(bo, "07-catalogue")

    step("return the proposal, change it, and see what changed since the snapshot")
    take_transition(bo, proposal, "return", comment="Skriv gevinsten i 2031 ind som 2.500.")
    visit(anne, "/proposals/%d/edit" % proposal)
    set_value(anne, "f-line-0-staff-fte", "5")
    wait(anne, 20).until(lambda d: "-2.500" in preview_text(d, "tr[data-row=permanent]"))
    click(anne, submit_button(anne, "#editor", name="action", value="save"))
    wait(anne).until(lambda d: "/edit" not in d.current_url)
    links = anne.find_elements(By.CSS_SELECTOR, "form.compare button[type=submit]")
    expect(links, "the version history offers a comparison")
    click(anne, links[0])
    wait(anne).until(EC.presence_of_element_located((By.ID, "diff")))
    shot(anne, "08-diff", at="#diff")
    diff = anne.find_element(By.ID, "diff").text
    expect("-2.500" in diff and "-2.000" in diff, "the diff shows the permanent total from -2.000 to -2.500: %s" % diff[:300])
    visit(anne, "/proposals/%d" % proposal)
    shot(anne, "04-proposal-history", at="#history")
    visit(bo, "/catalogue")
    changes = bo.find_element(By.CSS_SELECTOR, "ul.change-list").text
    expect("UD90" in changes, "the catalogue lists UD90 as changed since the snapshot: %s" % changes)
    shot(bo, "07-catalogue-changes", at="ul.change-list")

    if ARGS.seeds:
        import_markdown_seed(anne)
        follow_up_seed(bo)
    else:
        print("skipped: the import and follow-up steps need the seed documents (GEVINST_SEEDS)", flush=True)
    downloads_and_access(anne, bo, proposal)


def import_markdown_seed(anne):
    step("import the markdown catalogue and save two proposals as drafts")
    visit(anne, "/import")
    seed = os.path.join(ARGS.seeds, "003_2c93b4891c97f09c.txt")
    anne.find_element(By.ID, "import-file").send_keys(seed)
    click(anne, submit_button(anne, "form[action='/import']"))
    wait(anne, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result-heading")))
    boxes = anne.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=choose]")
    expect(len(boxes) >= 20, "the catalogue yields its proposals: %d" % len(boxes))
    shot(anne, "09-import")
    click(anne, boxes[0])
    click(anne, boxes[1])
    click(anne, submit_button(anne, "form[action='/import/save']"))
    wait(anne, 30).until(lambda d: "/proposals" in d.current_url)
    notice = anne.find_element(By.CSS_SELECTOR, ".notice").text
    expect("2" in notice, "two drafts saved: %s" % notice)
    visit(anne, "/proposals?status=draft")
    rows = anne.find_element(By.CSS_SELECTOR, "table.list").text
    expect("BU01" in rows and "BU02" in rows, "the two drafts are listed")
    shot(anne, "10-proposals")
    step("import the catalogue again: the two saved proposals are named as already in Gevinst")
    visit(anne, "/import")
    anne.find_element(By.ID, "import-file").send_keys(seed)
    click(anne, submit_button(anne, "form[action='/import']"))
    wait(anne, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result-heading")))
    notes = anne.find_elements(By.XPATH, "//th[@scope='row']/p[contains(., 'Findes allerede i Gevinst')]")
    expect(len(notes) == 2, "the two saved proposals are named as stored: %d" % len(notes))
    links = notes[0].find_elements(By.CSS_SELECTOR, "a[href^='/proposals/']")
    expect(len(links) == 1 and "Kladde" in links[0].text, "a link to the stored draft: %s" % notes[0].text)
    shot(anne, "10b-import-again")
    step("import the catalogue with the follow-up table appended: its proposals are offered, the table named as left out")
    mixed = os.path.join(ARGS.artifacts, "katalog-med-bilag.txt")
    with open(mixed, "wb") as out:
        for name in ("003_2c93b4891c97f09c.txt", "002_eeecf9889c8af98a.txt"):
            with open(os.path.join(ARGS.seeds, name), "rb") as part:
                out.write(part.read())
    visit(anne, "/import")
    anne.find_element(By.ID, "import-file").send_keys(mixed)
    click(anne, submit_button(anne, "form[action='/import']"))
    wait(anne, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result-heading")))
    boxes = anne.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=choose]")
    expect(len(boxes) >= 20, "the catalogue's proposals are offered: %d" % len(boxes))
    page = anne.find_element(By.TAG_NAME, "main").text
    expect("a follow-up table of 63 rows" in page, "the follow-up table is named as left out")
    shot(anne, "10c-import-with-appendix")


def follow_up_seed(bo):
    step("load the follow-up report and change a colour")
    logout(bo)
    login(bo, "carl")
    visit(bo, "/follow-up")
    set_value(bo, "upload-period", "December 2024")
    bo.find_element(By.ID, "upload-file").send_keys(os.path.join(ARGS.seeds, "002_eeecf9889c8af98a.txt"))
    click(bo, submit_button(bo, "form[action='/follow-up/upload']"))
    wait(bo, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.board")))
    summary = bo.find_element(By.CSS_SELECTOR, "table.compact").text
    expect("56" in summary and "I alt" in summary, "the summary counts 56 green: %s" % summary[-200:])
    shot(bo, "11-follow-up")
    status = Select(bo.find_element(By.ID, "record-0-status"))
    before = bo.find_element(By.ID, "row-0").text
    status.select_by_value("not-implemented-as-intended")
    set_value(bo, "record-0-reason", "Projektet er sat i bero")
    click(bo, bo.find_element(By.CSS_SELECTOR, "form#record-0 button[type=submit]"))
    wait(bo).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice-success")))
    confirmed = bo.find_elements(By.CSS_SELECTOR, "#row-0 td")[1].text
    expect("Rød" in confirmed, "the confirmed colour reads Rød: %s (the row was: %s)" % (confirmed[:200], before[:200]))
    shot(bo, "12-follow-up-board", at="table.board")


def downloads_and_access(anne, bo, proposal):
    step("download every document type")
    # The proposal page and the catalogue link to the server's document API, which the session cookie opens.
    visit(anne, "/proposals/%d" % proposal)
    links = [a.get_attribute("href") for a in anne.find_elements(By.CSS_SELECTOR, "#downloads a")]
    for kind in ("docx", "xlsx", "pdf", "html", "csv"):
        expect(any(("/api/proposals/%d/document?format=%s" % (proposal, kind)) in link for link in links),
               "the proposal page links the %s download: %s" % (kind, links))
    downloads = [
        ("/api/proposals/%d/document?format=docx" % proposal, b"PK"),
        ("/api/proposals/%d/document?format=xlsx" % proposal, b"PK"),
        ("/api/proposals/%d/document?format=html" % proposal, b"<!DOCTYPE html>"),
        ("/api/proposals/%d/document?format=csv" % proposal, b"PK"),
        ("/api/proposals/%d/document?format=pdf" % proposal, b"%PDF"),
        ("/proposals/export?format=xlsx", b"PK"),
        ("/proposals/export?format=csv", b"\xef\xbb\xbf"),
        ("/api/catalogue?format=docx", b"PK"),
    ]
    if ARGS.seeds:
        downloads += [
            ("/follow-up/report?period=December%202024&format=xlsx", b"PK"),
            ("/follow-up/report?period=December%202024&format=docx", b"PK"),
            ("/follow-up/report?period=December%202024&format=html", b"<!DOCTYPE html>"),
        ]
    for path, magic in downloads:
        status_code, body, kind = http(bo if "follow-up" in path else anne, "GET", path)
        expect(status_code == 200, "%s answers %d: %s" % (path, status_code, body[:200]))
        expect(body.startswith(magic), "%s starts with %r (got %r, %s)" % (path, magic, body[:16], kind))
        print("  downloaded", path, len(body), "bytes", kind)

    step("another administration's author sees neither the draft nor its API")
    visit(anne, "/proposals/%d" % proposal)
    expect("Sendt retur" in anne.find_element(By.TAG_NAME, "main").text or "Kladde" in anne.find_element(By.TAG_NAME, "main").text,
           "the proposal is back in drafting")
    logout(bo)
    login(bo, "ole")
    visit(bo, "/proposals/%d" % proposal)
    expect("adgang" in heading(bo), "the page refuses: %s" % heading(bo))
    visit(bo, "/proposals")
    expect("UD90" not in bo.find_element(By.TAG_NAME, "main").text, "the list does not show the draft")
    status_code, _, _ = http(bo, "GET", "/api/proposals/%d" % proposal)
    expect(status_code == 403, "GET /api/proposals/%d answers 403, not %d" % (proposal, status_code))
    status_code, _, _ = http(bo, "PUT", "/api/proposals/%d" % proposal, body=b"{}",
                             headers={"If-Match": "\"1\"", "Content-Type": "application/json"})
    expect(status_code == 403, "PUT /api/proposals/%d answers 403, not %d" % (proposal, status_code))
    visit(bo, "/proposals/%d/edit" % proposal)
    expect("adgang" in heading(bo), "the editor refuses too")

    step("the administrator's page")
    logout(bo)
    login(bo, "ada")
    visit(bo, "/admin")
    shot(bo, "13-admin")
    step("the dashboard with the round's proposals")
    visit(bo, "/")
    shot(bo, "02-dashboard")
    charts = bo.find_elements(By.CSS_SELECTOR, "main svg")
    expect(charts, "the dashboard draws its charts")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, TimeoutException) as error:
        print("FAILED:", error, file=sys.stderr, flush=True)
        sys.exit(1)
